package vn.bacson.khenthuong.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The campaign as the API shows it: the stored fields plus the window in the business zone and the status
 * computed from the clock. daysLeft counts whole days from today to the deadline's day while the window is open
 * (0 on the last day), null otherwise. publicPostingDays is the effective number of working days of public posting
 * before the council meets (the campaign's own setting or the configured default; 0 = none).
 */
public record CampaignView(
        UUID id,
        String code,
        String title,
        String planNumber,
        LocalDate launchedOn,
        LocalDate congressDate,
        int windowDays,
        List<AwardForm> awardForms,
        CampaignLevel launchedBy,
        OffsetDateTime submissionOpensAt,
        OffsetDateTime submissionDeadline,
        CampaignStatus status,
        Long daysLeft,
        OffsetDateTime createdAt,
        String createdBy,
        int publicPostingDays) {

    public static CampaignView of(Campaign c, Instant now, ZoneId zone, int defaultPublicPostingDays) {
        CampaignStatus status = c.status(now, zone);
        Long daysLeft = status == CampaignStatus.OPEN
                ? ChronoUnit.DAYS.between(
                        LocalDate.ofInstant(now, zone), c.congressDate().plusDays(c.windowDays()))
                : null;
        return new CampaignView(
                c.id(),
                c.code(),
                c.title(),
                c.planNumber(),
                c.launchedOn(),
                c.congressDate(),
                c.windowDays(),
                c.awardForms().stream().sorted().toList(),
                c.launchedBy(),
                at(c.submissionOpensAt(zone), zone),
                at(c.submissionDeadline(zone), zone),
                status,
                daysLeft,
                at(c.createdAt(), zone),
                c.createdBy(),
                c.publicPostingDays(defaultPublicPostingDays));
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
