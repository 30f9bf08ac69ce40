package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.common.FieldViolation;

class DossierValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    void aCompleteRequestHasNoViolation() {
        assertThat(DossierValidator.validate(request(individual()), true, TODAY))
                .isEmpty();
    }

    @Test
    void missingFieldsArePointedAtByTheirJsonPath() {
        NomineeInput empty = new NomineeInput(
                null, null, "  ", null, null, null, null, null, null, null, null, null, null, null, null, null);
        List<FieldViolation> violations =
                DossierValidator.validate(new DossierRequest(null, " ", List.of(individual(), empty)), true, TODAY);

        assertThat(violations)
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("campaignId", "REQUIRED"),
                        tuple("title", "REQUIRED"),
                        tuple("nominees[1].type", "REQUIRED"),
                        tuple("nominees[1].fullName", "REQUIRED"),
                        tuple("nominees[1].proposedAward", "REQUIRED"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @Test
    void aDossierNeedsAtLeastOneNominee() {
        assertThat(DossierValidator.validate(new DossierRequest(UUID.randomUUID(), "Hồ sơ", List.of()), true, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("nominees", "REQUIRED"));
        assertThat(DossierValidator.validate(new DossierRequest(UUID.randomUUID(), "Hồ sơ", null), true, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("nominees", "REQUIRED"));
    }

    @Test
    void onUpdateTheCampaignMayBeLeftOut() {
        assertThat(DossierValidator.validate(new DossierRequest(null, "Hồ sơ", List.of(individual())), false, TODAY))
                .isEmpty();
    }

    @Test
    void birthYearRunsFrom1900ToThisYear() {
        assertThat(codes(withBirthYear(1899))).containsExactly(tuple("nominees[0].birthYear", "MIN"));
        assertThat(codes(withBirthYear(2026))).containsExactly(tuple("nominees[0].birthYear", "MAX"));
        assertThat(codes(withBirthYear(1900))).isEmpty();
        assertThat(codes(withBirthYear(2025))).isEmpty();
    }

    @Test
    void womenShareIsAPercentage() {
        assertThat(codes(collectiveWithWomenShare(-1))).containsExactly(tuple("nominees[0].womenShare", "MIN"));
        assertThat(codes(collectiveWithWomenShare(101))).containsExactly(tuple("nominees[0].womenShare", "MAX"));
        assertThat(codes(collectiveWithWomenShare(0))).isEmpty();
        assertThat(codes(collectiveWithWomenShare(100))).isEmpty();
    }

    @Test
    void aDisciplineDecisionCannotLieInTheFuture() {
        NomineeInput future = individual(TODAY.plusDays(1), null);
        assertThat(codes(future)).containsExactly(tuple("nominees[0].disciplineDecidedOn", "MAX"));
        assertThat(codes(individual(TODAY, null))).isEmpty();
    }

    @Test
    void tooLongTextsAreRefusedWithSize() {
        String longName = "A".repeat(DossierValidator.MAX_NAME + 1);
        NomineeInput n = new NomineeInput(
                null,
                NomineeType.INDIVIDUAL,
                longName,
                null,
                null,
                null,
                null,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                "x".repeat(DossierValidator.MAX_TEXT + 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(DossierValidator.validate(
                        new DossierRequest(UUID.randomUUID(), "T".repeat(501), List.of(n)), true, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        tuple("title", "SIZE"),
                        tuple("nominees[0].fullName", "SIZE"),
                        tuple("nominees[0].achievementSummary", "SIZE"));
    }

    @Test
    void anUnreadableEmulationContentIsInvalid() {
        Set<EmulationContent> contents = new HashSet<>(Arrays.asList(EmulationContent.KTXH, null));
        assertThat(codes(individual(null, contents)))
                .containsExactly(tuple("nominees[0].emulationContents", "INVALID_VALUE"));
    }

    @Test
    void aMissingNomineeEntryIsRequired() {
        assertThat(DossierValidator.validate(
                        new DossierRequest(UUID.randomUUID(), "Hồ sơ", Arrays.asList(individual(), null)), true, TODAY))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("nominees[1]", "REQUIRED"));
    }

    private static List<org.assertj.core.groups.Tuple> codes(NomineeInput nominee) {
        return DossierValidator.validate(request(nominee), true, TODAY).stream()
                .map(v -> tuple(v.field(), v.code()))
                .toList();
    }

    private static DossierRequest request(NomineeInput nominee) {
        return new DossierRequest(UUID.randomUUID(), "Đề nghị khen thưởng Thôn 1", List.of(nominee));
    }

    private static NomineeInput individual() {
        return individual(null, EnumSet.of(EmulationContent.KTXH));
    }

    private static NomineeInput individual(LocalDate disciplineDecidedOn, Set<EmulationContent> contents) {
        return new NomineeInput(
                null,
                NomineeType.INDIVIDUAL,
                "Nguyễn Văn A",
                1980,
                "Trưởng thôn",
                Gender.MALE,
                null,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                "Hoàn thành xuất sắc nhiệm vụ",
                contents,
                "Sáng kiến",
                disciplineDecidedOn == null ? DisciplineLevel.NONE : DisciplineLevel.KHIEN_TRACH,
                disciplineDecidedOn,
                null,
                HoldStatus.NONE,
                null);
    }

    private static NomineeInput withBirthYear(int year) {
        return new NomineeInput(
                null,
                NomineeType.INDIVIDUAL,
                "Nguyễn Văn A",
                year,
                null,
                null,
                null,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static NomineeInput collectiveWithWomenShare(int share) {
        return new NomineeInput(
                null,
                NomineeType.COLLECTIVE,
                "Chi hội Phụ nữ thôn 1",
                null,
                null,
                null,
                share,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null);
    }
}
