package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.AchievementReport.AchievementRow;

public class AchievementReportRulesTest {

    /** A report as the tests write it: filled unless a test blanks a part. */
    public record Draft(String background, List<AchievementRow> rows, String initiatives, String deeds) {

        public static Draft filled() {
            return new Draft(
                    "Bí thư Chi bộ thôn từ năm 2020.",
                    List.of(new AchievementRow(EmulationContent.KTXH, "Vận động 46 hộ hiến 1.200 m² đất làm đường.")),
                    "Mô hình tổ tự quản đường hoa.",
                    "Ủng hộ 5 triệu đồng xây nhà văn hóa.");
        }

        public Draft withBackground(String text) {
            return new Draft(text, rows, initiatives, deeds);
        }

        public Draft withRows(List<AchievementRow> value) {
            return new Draft(background, value, initiatives, deeds);
        }

        public Draft withInitiatives(String text) {
            return new Draft(background, rows, text, deeds);
        }

        public Draft withDeeds(String text) {
            return new Draft(background, rows, initiatives, text);
        }

        public AchievementReport of(UUID nomineeId, UUID dossierId) {
            return new AchievementReport(
                    nomineeId,
                    dossierId,
                    "Thôn 1",
                    null,
                    null,
                    background,
                    rows,
                    initiatives,
                    deeds,
                    "Trưởng thôn",
                    "Hoàng Văn Thắng",
                    Instant.parse("2025-09-01T02:00:00Z"),
                    "thon1");
        }

        public AchievementReport report() {
            return of(UUID.randomUUID(), UUID.randomUUID());
        }
    }

    @Test
    void aReportWithEveryRequiredSectionIsFilled() {
        AchievementReport report = Draft.filled().report();

        assertThat(AchievementReportRules.missingSections(report)).isEmpty();
        assertThat(AchievementReportRules.isFilled(report)).isTrue();
    }

    @Test
    void anInitiativeOrAConcreteDeedIsEnough() {
        assertThat(AchievementReportRules.isFilled(
                        Draft.filled().withDeeds(null).report()))
                .isTrue();
        assertThat(AchievementReportRules.isFilled(
                        Draft.filled().withInitiatives(null).report()))
                .isTrue();
    }

    @Test
    void neitherInitiativeNorDeedIsMissingAchievement() {
        AchievementReport report =
                Draft.filled().withInitiatives("  ").withDeeds(null).report();

        assertThat(AchievementReportRules.missingSections(report)).containsExactly(ReportSection.INITIATIVE_OR_DEED);
        assertThat(AchievementReportRules.isFilled(report)).isFalse();
    }

    @Test
    void noResultAgainstTheCampaignsContentsIsMissing() {
        assertThat(AchievementReportRules.missingSections(
                        Draft.filled().withRows(List.of()).report()))
                .containsExactly(ReportSection.ACHIEVEMENTS);
        // a row without a result counts for nothing
        assertThat(AchievementReportRules.missingSections(Draft.filled()
                        .withRows(List.of(new AchievementRow(EmulationContent.DAI_HOI, " ")))
                        .report()))
                .containsExactly(ReportSection.ACHIEVEMENTS);
    }

    @Test
    void anEmptyReportListsEverySectionInTheOrderOfTheForm() {
        AchievementReport report = new Draft(null, List.of(), null, null).report();

        assertThat(AchievementReportRules.missingSections(report))
                .containsExactly(
                        ReportSection.BACKGROUND, ReportSection.ACHIEVEMENTS, ReportSection.INITIATIVE_OR_DEED);
    }

    @Test
    void sectionOneMustBeWritten() {
        assertThat(AchievementReportRules.missingSections(
                        Draft.filled().withBackground("\n").report()))
                .containsExactly(ReportSection.BACKGROUND);
    }
}
