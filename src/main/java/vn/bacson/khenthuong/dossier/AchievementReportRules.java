package vn.bacson.khenthuong.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * When an achievement report filled in on the system stands in for an uploaded one: section I written, at least one
 * result against the campaign's contents, and an initiative or a concrete deed. The last two mirror the nominee
 * criterion MISSING_ACHIEVEMENT of the nominee rules (criteria.NomineeRules) (a section II content, and an initiative or a concrete
 * achievement). Pure functions: no database, no clock.
 */
public final class AchievementReportRules {

    private AchievementReportRules() {}

    /** The required sections still blank, in the order of the form; empty when the report is filled. */
    public static List<ReportSection> missingSections(AchievementReport report) {
        List<ReportSection> missing = new ArrayList<>();
        if (isBlank(report.background())) {
            missing.add(ReportSection.BACKGROUND);
        }
        if (report.achievements().stream().allMatch(row -> row.content() == null || isBlank(row.result()))) {
            missing.add(ReportSection.ACHIEVEMENTS);
        }
        if (isBlank(report.initiatives()) && isBlank(report.deeds())) {
            missing.add(ReportSection.INITIATIVE_OR_DEED);
        }
        return missing;
    }

    /** Filled in enough that the nominee needs no uploaded Báo cáo thành tích. */
    public static boolean isFilled(AchievementReport report) {
        return missingSections(report).isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
