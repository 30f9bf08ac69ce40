package vn.bacson.khenthuong.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/** An emulation campaign (phong trào thi đua) and its submission window. */
public record Campaign(
        UUID id,
        String code,
        String title,
        String planNumber,
        LocalDate launchedOn,
        LocalDate congressDate,
        int windowDays,
        Set<AwardForm> awardForms,
        CampaignLevel launchedBy,
        Instant createdAt,
        String createdBy) {

    public static final int DEFAULT_WINDOW_DAYS = 20;

    /** Start of the congress day in the business zone; null while the congress date is not fixed. */
    public Instant submissionOpensAt(ZoneId zone) {
        return congressDate == null ? null : congressDate.atStartOfDay(zone).toInstant();
    }

    /** End of day (23:59:59.999) of congressDate + windowDays in the business zone. */
    public Instant submissionDeadline(ZoneId zone) {
        return congressDate == null
                ? null
                : congressDate
                        .plusDays(windowDays)
                        .atTime(LocalTime.of(23, 59, 59, 999_000_000))
                        .atZone(zone)
                        .toInstant();
    }

    public CampaignStatus status(Instant now, ZoneId zone) {
        if (congressDate == null || now.isBefore(submissionOpensAt(zone))) {
            return CampaignStatus.DRAFT_WINDOW;
        }
        return now.isAfter(submissionDeadline(zone)) ? CampaignStatus.CLOSED : CampaignStatus.OPEN;
    }
}
