package vn.bacson.khenthuong.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * An emulation campaign (phong trào thi đua) and its submission window. publicPostingDays: working days of public
 * posting before the council meets; null = the configured default (app.workflow.public-posting-days), 0 = none.
 */
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
        String createdBy,
        Integer publicPostingDays) {

    public static final int DEFAULT_WINDOW_DAYS = 20;

    /** A campaign that follows the configured public posting default. */
    public Campaign(
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
        this(
                id,
                code,
                title,
                planNumber,
                launchedOn,
                congressDate,
                windowDays,
                awardForms,
                launchedBy,
                createdAt,
                createdBy,
                null);
    }

    /** Working days of public posting: the campaign's own setting, else {@code configuredDefault}. */
    public int publicPostingDays(int configuredDefault) {
        return publicPostingDays == null ? configuredDefault : publicPostingDays;
    }

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
