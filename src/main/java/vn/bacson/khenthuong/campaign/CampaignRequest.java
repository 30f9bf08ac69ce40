package vn.bacson.khenthuong.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of POST /api/campaigns. windowDays null = 20; launchedBy null = COMMUNE; congressDate null = not fixed yet;
 * publicPostingDays null = the configured default (app.workflow.public-posting-days).
 */
public record CampaignRequest(
        String code,
        String title,
        String planNumber,
        LocalDate launchedOn,
        LocalDate congressDate,
        Integer windowDays,
        List<AwardForm> awardForms,
        CampaignLevel launchedBy,
        Integer publicPostingDays) {

    /** A request without a public posting setting of its own. */
    public CampaignRequest(
            String code,
            String title,
            String planNumber,
            LocalDate launchedOn,
            LocalDate congressDate,
            Integer windowDays,
            List<AwardForm> awardForms,
            CampaignLevel launchedBy) {
        this(code, title, planNumber, launchedOn, congressDate, windowDays, awardForms, launchedBy, null);
    }
}
