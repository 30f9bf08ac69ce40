package vn.bacson.khenthuong.campaign;

import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/campaigns. windowDays null = 20; launchedBy null = COMMUNE; congressDate null = not fixed yet. */
public record CampaignRequest(
        String code,
        String title,
        String planNumber,
        LocalDate launchedOn,
        LocalDate congressDate,
        Integer windowDays,
        List<AwardForm> awardForms,
        CampaignLevel launchedBy) {}
