package vn.bacson.khenthuong.documents;

import java.time.LocalDate;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.dossier.AchievementReport;
import vn.bacson.khenthuong.dossier.Nominee;

/**
 * What a Báo cáo thành tích filled in on the system is drawn up from: the report, its nominee, the proposing
 * unit's name, the campaign with its template set, and the date the report is dated (its last change).
 */
public record AchievementReportData(
        LocalDate date,
        Campaign campaign,
        String templateSet,
        String unitName,
        Nominee nominee,
        AchievementReport report) {}
