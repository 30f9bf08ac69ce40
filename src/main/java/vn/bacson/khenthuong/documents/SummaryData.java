package vn.bacson.khenthuong.documents;

import java.time.LocalDate;
import java.util.List;
import vn.bacson.khenthuong.campaign.Campaign;

/** What a Biểu tóm tắt thành tích is drawn up from: a dossier's nominees (subtitle names it) or a campaign's. */
public record SummaryData(
        LocalDate date,
        Campaign campaign,
        String templateSet,
        String subtitle,
        String fileName,
        List<AwardeeRow> rows) {}
