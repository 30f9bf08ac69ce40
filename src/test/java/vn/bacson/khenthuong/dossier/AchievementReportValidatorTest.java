package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.AchievementReportRequest.RowInput;

class AchievementReportValidatorTest {

    private static final int YEAR = 2025;

    private static AchievementReportRequest request(List<RowInput> rows) {
        return new AchievementReportRequest(
                "Thôn 1, xã Bắc Sơn",
                null,
                "Trưởng thôn",
                "Trưởng thôn từ năm 2019.",
                rows,
                "Mô hình tổ tự quản.",
                null,
                "Trưởng thôn",
                "Hoàng Văn Thắng");
    }

    private static RowInput row(String result) {
        return new RowInput(EmulationContent.KTXH, result);
    }

    @Test
    void aFilledReportHasNoViolation() {
        assertThat(AchievementReportValidator.validate(request(List.of(row("Vận động 46 hộ hiến đất."))), YEAR))
                .isEmpty();
    }

    @Test
    void aHalfWrittenReportMaySaveSoBlankSectionsAreNoInputError() {
        AchievementReportRequest blank =
                new AchievementReportRequest(null, null, null, " ", null, null, null, null, null);

        assertThat(AchievementReportValidator.validate(blank, YEAR)).isEmpty();
    }

    @Test
    void eachRowNeedsItsContentAndAResult() {
        List<FieldViolation> violations = AchievementReportValidator.validate(
                request(List.of(row("Có kết quả"), new RowInput(null, "Có kết quả"), row("  "))), YEAR);

        assertThat(violations)
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        tuple("achievements[1].content", "REQUIRED"), tuple("achievements[2].result", "REQUIRED"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @Test
    void textsHaveTheirLengthLimits() {
        AchievementReportRequest tooLong = new AchievementReportRequest(
                "x".repeat(301),
                null,
                "x".repeat(2001),
                "x".repeat(4001),
                List.of(row("x".repeat(4001))),
                "x".repeat(4001),
                "x".repeat(4001),
                "x".repeat(201),
                "x".repeat(201));

        assertThat(AchievementReportValidator.validate(tooLong, YEAR))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("address", "SIZE"),
                        tuple("duties", "SIZE"),
                        tuple("background", "SIZE"),
                        tuple("achievements[0].result", "SIZE"),
                        tuple("initiatives", "SIZE"),
                        tuple("deeds", "SIZE"),
                        tuple("signerTitle", "SIZE"),
                        tuple("signerName", "SIZE"));
        // at the limit, and counted without the surrounding spaces
        assertThat(AchievementReportValidator.validate(request(List.of(row(" " + "x".repeat(4000) + " "))), YEAR))
                .isEmpty();
    }

    @Test
    void aReportHasAtMostTwentyRows() {
        List<RowInput> rows = new ArrayList<>(Collections.nCopies(21, row("Kết quả")));

        assertThat(AchievementReportValidator.validate(request(rows), YEAR))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("achievements", "SIZE"));
        assertThat(AchievementReportValidator.validate(request(rows.subList(0, 20)), YEAR))
                .isEmpty();
    }

    @Test
    void theFoundingYearLiesBetween1900AndThisYear() {
        for (int year : List.of(1899, 2026)) {
            AchievementReportRequest r =
                    new AchievementReportRequest(null, year, null, null, List.of(), null, null, null, null);
            assertThat(AchievementReportValidator.validate(r, YEAR))
                    .extracting(FieldViolation::field, FieldViolation::code)
                    .containsExactly(tuple("foundedYear", year < 1900 ? "MIN" : "MAX"));
        }
        assertThat(AchievementReportValidator.validate(
                        new AchievementReportRequest(null, 2025, null, null, null, null, null, null, null), YEAR))
                .isEmpty();
    }

    @Test
    void noBodyIsNamed() {
        assertThat(AchievementReportValidator.validate(null, YEAR))
                .extracting(FieldViolation::code)
                .containsExactly("REQUIRED");
    }
}
