package vn.bacson.khenthuong.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.AWARD_FORM_NOT_IN_CAMPAIGN;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.BANG_KHEN_GROUND_REQUIRED;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.DISCIPLINED;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.DUPLICATE_NOMINATION;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.MEMBER_DISCIPLINED;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.MISSING_ACHIEVEMENT;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.ON_HOLD;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.UNIT_DISSOLVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.dossier.BangKhenGround;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Nominee;

class NomineeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 5);

    private static final Campaign COMMUNE_CAMPAIGN = campaign(
            CampaignLevel.COMMUNE, EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH));
    private static final Campaign PROVINCE_CAMPAIGN = campaign(
            CampaignLevel.PROVINCE, EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH));

    @Test
    void nomineeMeetingEveryCriterionIsEligible() {
        for (NomineeFixture fixture :
                List.of(NomineeFixture.individual(), NomineeFixture.collective(), NomineeFixture.household())) {
            Set<IneligibilityReason> reasons = reasons(fixture.build());
            assertThat(reasons).as(fixture.type.name()).isEmpty();
            assertThat(NomineeRules.eligibility(reasons)).isEqualTo(Eligibility.ELIGIBLE);
        }
    }

    @Nested
    class Discipline {

        @Test
        void reprimandWithinTwelveMonthsDisqualifies() {
            Nominee n = NomineeFixture.individual()
                    .with(f -> {
                        f.disciplineLevel = DisciplineLevel.KHIEN_TRACH;
                        f.disciplineDecidedOn = LocalDate.of(2025, 3, 1);
                    })
                    .build();
            assertThat(reasons(n)).containsExactly(DISCIPLINED);
        }

        @ParameterizedTest
        @EnumSource(value = DisciplineLevel.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
        void everyLevelFromReprimandUpDisqualifies(DisciplineLevel level) {
            Nominee n = NomineeFixture.individual()
                    .with(f -> {
                        f.disciplineLevel = level;
                        f.disciplineDecidedOn = TODAY.minusMonths(1);
                    })
                    .build();
            assertThat(reasons(n)).containsExactly(DISCIPLINED);
        }

        @Test
        void noDisciplineIsFineEvenWithADate() {
            Nominee n = NomineeFixture.individual()
                    .with(f -> f.disciplineDecidedOn = TODAY.minusMonths(1))
                    .build();
            assertThat(reasons(n)).isEmpty();
        }

        @Test
        void decisionExactlyTwelveMonthsAgoHasLapsed() {
            Nominee n = disciplinedOn(TODAY.minusMonths(12));
            assertThat(reasons(n)).isEmpty();
        }

        @Test
        void decisionTwelveMonthsAgoLessOneDayStillCounts() {
            Nominee n = disciplinedOn(TODAY.minusMonths(12).plusDays(1));
            assertThat(reasons(n)).containsExactly(DISCIPLINED);
        }

        @Test
        void decisionWithoutDateCountsAsInEffect() {
            Nominee n = disciplinedOn(null);
            assertThat(reasons(n)).containsExactly(DISCIPLINED);
        }

        @Test
        void decisionOnALeapDayLapsesOnTheLastDayOfFebruary() {
            // 29/02/2024 + 12 months = 28/02/2025
            Nominee n = disciplinedOn(LocalDate.of(2024, 2, 29));
            assertThat(NomineeRules.reasons(n, COMMUNE_CAMPAIGN, false, false, LocalDate.of(2025, 2, 27)))
                    .containsExactly(DISCIPLINED);
            assertThat(NomineeRules.reasons(n, COMMUNE_CAMPAIGN, false, false, LocalDate.of(2025, 2, 28)))
                    .isEmpty();
        }

        @Test
        void householdIsCheckedLikeAPerson() {
            Nominee n = NomineeFixture.household()
                    .with(f -> {
                        f.disciplineLevel = DisciplineLevel.CANH_CAO;
                        f.disciplineDecidedOn = TODAY.minusMonths(2);
                    })
                    .build();
            assertThat(reasons(n)).containsExactly(DISCIPLINED);
        }

        @Test
        void collectiveIsNotCheckedForPersonalDiscipline() {
            Nominee n = NomineeFixture.collective()
                    .with(f -> {
                        f.disciplineLevel = DisciplineLevel.CANH_CAO;
                        f.disciplineDecidedOn = TODAY.minusMonths(2);
                    })
                    .build();
            assertThat(reasons(n)).isEmpty();
        }

        @Test
        void collectiveWithADisciplinedMemberFails() {
            Nominee n = NomineeFixture.collective()
                    .with(f -> f.memberDisciplined = true)
                    .build();
            assertThat(reasons(n)).containsExactly(MEMBER_DISCIPLINED);
            assertThat(NomineeRules.eligibility(reasons(n))).isEqualTo(Eligibility.INELIGIBLE);
        }

        @Test
        void memberDisciplinedFlagMeansNothingForAnIndividual() {
            Nominee n = NomineeFixture.individual()
                    .with(f -> f.memberDisciplined = true)
                    .build();
            assertThat(reasons(n)).isEmpty();
        }

        private Nominee disciplinedOn(LocalDate decidedOn) {
            return NomineeFixture.individual()
                    .with(f -> {
                        f.disciplineLevel = DisciplineLevel.KHIEN_TRACH;
                        f.disciplineDecidedOn = decidedOn;
                    })
                    .build();
        }
    }

    @Nested
    class Hold {

        @ParameterizedTest
        @EnumSource(value = HoldStatus.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
        void anyHoldMakesTheNomineePendingNotIneligible(HoldStatus hold) {
            Nominee n =
                    NomineeFixture.individual().with(f -> f.holdStatus = hold).build();
            assertThat(reasons(n)).containsExactly(ON_HOLD);
            assertThat(NomineeRules.eligibility(reasons(n))).isEqualTo(Eligibility.PENDING);
        }

        @Test
        void holdWithAnotherReasonIsIneligible() {
            Nominee n = NomineeFixture.individual()
                    .with(f -> {
                        f.holdStatus = HoldStatus.INVESTIGATION;
                        f.emulationContents = Set.of();
                    })
                    .build();
            assertThat(reasons(n)).containsExactlyInAnyOrder(ON_HOLD, MISSING_ACHIEVEMENT);
            assertThat(NomineeRules.eligibility(reasons(n))).isEqualTo(Eligibility.INELIGIBLE);
        }
    }

    @Test
    void duplicateNominationIsAReason() {
        Nominee n = NomineeFixture.individual().build();
        assertThat(NomineeRules.reasons(n, COMMUNE_CAMPAIGN, false, true, TODAY))
                .containsExactly(DUPLICATE_NOMINATION);
    }

    @Test
    void dissolvedUnitIsAReason() {
        Nominee n = NomineeFixture.collective().build();
        assertThat(NomineeRules.reasons(n, COMMUNE_CAMPAIGN, true, false, TODAY))
                .containsExactly(UNIT_DISSOLVED);
    }

    @Nested
    class Achievement {

        @Test
        void noSectionTwoContentIsMissingAchievement() {
            assertThat(reasons(NomineeFixture.individual()
                            .with(f -> f.emulationContents = Set.of())
                            .build()))
                    .containsExactly(MISSING_ACHIEVEMENT);
            assertThat(reasons(NomineeFixture.individual()
                            .with(f -> f.emulationContents = null)
                            .build()))
                    .containsExactly(MISSING_ACHIEVEMENT);
        }

        @Test
        void neitherInitiativeNorDeedIsMissingAchievement() {
            Nominee n = NomineeFixture.individual()
                    .with(f -> {
                        f.initiative = "  ";
                        f.achievementSummary = null;
                    })
                    .build();
            assertThat(reasons(n)).containsExactly(MISSING_ACHIEVEMENT);
        }

        @Test
        void anInitiativeAloneIsEnough() {
            assertThat(reasons(NomineeFixture.individual()
                            .with(f -> f.achievementSummary = "")
                            .build()))
                    .isEmpty();
        }

        @Test
        void aConcreteDeedAloneIsEnough() {
            assertThat(reasons(NomineeFixture.individual()
                            .with(f -> f.initiative = null)
                            .build()))
                    .isEmpty();
        }
    }

    @Nested
    class BangKhenGroundForIndividuals {

        @Test
        void individualWithoutGroundOnCommuneCampaignNeedsOne() {
            Nominee n = bangKhenIndividual(null);
            assertThat(reasons(n, COMMUNE_CAMPAIGN)).containsExactly(BANG_KHEN_GROUND_REQUIRED);
        }

        @Test
        void provinceCampaignGroundDoesNotCountOnACommuneCampaign() {
            Nominee n = bangKhenIndividual(BangKhenGround.PROVINCE_CAMPAIGN);
            assertThat(reasons(n, COMMUNE_CAMPAIGN)).containsExactly(BANG_KHEN_GROUND_REQUIRED);
        }

        @ParameterizedTest
        @EnumSource(value = BangKhenGround.class, names = "PROVINCE_CAMPAIGN", mode = EnumSource.Mode.EXCLUDE)
        void anotherGroundIsFineOnACommuneCampaign(BangKhenGround ground) {
            assertThat(reasons(bangKhenIndividual(ground), COMMUNE_CAMPAIGN)).isEmpty();
        }

        @Test
        void provinceCampaignGroundIsFineOnAProvinceCampaign() {
            assertThat(reasons(bangKhenIndividual(BangKhenGround.PROVINCE_CAMPAIGN), PROVINCE_CAMPAIGN))
                    .isEmpty();
        }

        @Test
        void onAProvinceCampaignTheCampaignItselfIsTheGround() {
            assertThat(reasons(bangKhenIndividual(null), PROVINCE_CAMPAIGN)).isEmpty();
        }

        @Test
        void collectiveMayBeProposedForBangKhenOnACommuneCampaign() {
            Nominee n = NomineeFixture.collective()
                    .with(f -> f.proposedAward = AwardForm.BANG_KHEN_CHU_TICH_TINH)
                    .build();
            assertThat(reasons(n, COMMUNE_CAMPAIGN)).isEmpty();
        }

        @Test
        void householdMayBeProposedForBangKhenOnACommuneCampaign() {
            Nominee n = NomineeFixture.household()
                    .with(f -> f.proposedAward = AwardForm.BANG_KHEN_CHU_TICH_TINH)
                    .build();
            assertThat(reasons(n, COMMUNE_CAMPAIGN)).isEmpty();
        }

        @Test
        void groundIsNotNeededForGiayKhen() {
            assertThat(reasons(NomineeFixture.individual().build(), COMMUNE_CAMPAIGN))
                    .isEmpty();
        }

        private Nominee bangKhenIndividual(BangKhenGround ground) {
            return NomineeFixture.individual()
                    .with(f -> {
                        f.proposedAward = AwardForm.BANG_KHEN_CHU_TICH_TINH;
                        f.bangKhenGround = ground;
                    })
                    .build();
        }
    }

    @Test
    void awardFormTheCampaignDoesNotOfferIsAReason() {
        Campaign giayKhenOnly = campaign(CampaignLevel.COMMUNE, EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA));
        Nominee collective = NomineeFixture.collective()
                .with(f -> f.proposedAward = AwardForm.BANG_KHEN_CHU_TICH_TINH)
                .build();
        assertThat(reasons(collective, giayKhenOnly)).containsExactly(AWARD_FORM_NOT_IN_CAMPAIGN);
        assertThat(reasons(NomineeFixture.collective().build(), giayKhenOnly)).isEmpty();
    }

    @Test
    void everyReasonIsReportedTogether() {
        Campaign giayKhenOnly = campaign(CampaignLevel.COMMUNE, EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA));
        Nominee n = NomineeFixture.individual()
                .with(f -> {
                    f.disciplineLevel = DisciplineLevel.KHIEN_TRACH;
                    f.disciplineDecidedOn = TODAY.minusDays(10);
                    f.holdStatus = HoldStatus.COMPLAINT;
                    f.emulationContents = Set.of();
                    f.proposedAward = AwardForm.BANG_KHEN_CHU_TICH_TINH;
                })
                .build();
        Set<IneligibilityReason> reasons = NomineeRules.reasons(n, giayKhenOnly, true, true, TODAY);
        assertThat(reasons)
                .containsExactlyInAnyOrder(
                        DISCIPLINED,
                        ON_HOLD,
                        DUPLICATE_NOMINATION,
                        MISSING_ACHIEVEMENT,
                        BANG_KHEN_GROUND_REQUIRED,
                        AWARD_FORM_NOT_IN_CAMPAIGN,
                        UNIT_DISSOLVED);
        assertThat(NomineeRules.eligibility(reasons)).isEqualTo(Eligibility.INELIGIBLE);
    }

    @Test
    void eligibilityFollowsTheReasons() {
        assertThat(NomineeRules.eligibility(EnumSet.noneOf(IneligibilityReason.class)))
                .isEqualTo(Eligibility.ELIGIBLE);
        assertThat(NomineeRules.eligibility(EnumSet.of(ON_HOLD))).isEqualTo(Eligibility.PENDING);
        assertThat(NomineeRules.eligibility(EnumSet.of(DUPLICATE_NOMINATION))).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(NomineeRules.eligibility(EnumSet.of(ON_HOLD, UNIT_DISSOLVED)))
                .isEqualTo(Eligibility.INELIGIBLE);
    }

    @Nested
    class Preference {

        @Test
        void womanIsPreferred() {
            assertThat(NomineeRules.preferred(NomineeFixture.individual()
                            .with(f -> f.gender = Gender.FEMALE)
                            .build()))
                    .isTrue();
            assertThat(NomineeRules.preferred(NomineeFixture.individual().build()))
                    .isFalse();
            assertThat(NomineeRules.preferred(NomineeFixture.individual()
                            .with(f -> f.gender = null)
                            .build()))
                    .isFalse();
        }

        @Test
        void collectiveIsPreferredFromSeventyPercentWomen() {
            assertThat(NomineeRules.preferred(collectiveWithWomen(70))).isTrue();
            assertThat(NomineeRules.preferred(collectiveWithWomen(100))).isTrue();
            assertThat(NomineeRules.preferred(collectiveWithWomen(69))).isFalse();
            assertThat(NomineeRules.preferred(collectiveWithWomen(null))).isFalse();
        }

        @Test
        void collectiveIsNotPreferredByAGenderField() {
            Nominee n = NomineeFixture.collective()
                    .with(f -> {
                        f.gender = Gender.FEMALE;
                        f.womenShare = 40;
                    })
                    .build();
            assertThat(NomineeRules.preferred(n)).isFalse();
        }

        @Test
        void sortingPutsPreferredFirstAndKeepsTheRestInOrder() {
            Nominee man = NomineeFixture.individual()
                    .with(f -> f.fullName = "Lý Văn Cường")
                    .build();
            Nominee woman = NomineeFixture.individual()
                    .with(f -> {
                        f.fullName = "Hoàng Thị Dung";
                        f.gender = Gender.FEMALE;
                    })
                    .build();
            Nominee mixed = collectiveWithWomen(50);
            Nominee women = collectiveWithWomen(85);
            List<Nominee> sorted = java.util.stream.Stream.of(man, mixed, woman, women)
                    .sorted(NomineeRules.PREFERRED_FIRST)
                    .toList();
            assertThat(sorted).containsExactly(woman, women, man, mixed);
        }

        private Nominee collectiveWithWomen(Integer share) {
            return NomineeFixture.collective().with(f -> f.womenShare = share).build();
        }
    }

    private static Set<IneligibilityReason> reasons(Nominee nominee) {
        return reasons(nominee, COMMUNE_CAMPAIGN);
    }

    private static Set<IneligibilityReason> reasons(Nominee nominee, Campaign campaign) {
        return NomineeRules.reasons(nominee, campaign, false, false, TODAY);
    }

    static Campaign campaign(CampaignLevel launchedBy, Set<AwardForm> awardForms) {
        return new Campaign(
                UUID.randomUUID(),
                "DH-2025",
                "Thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 8, 20),
                20,
                awardForms,
                launchedBy,
                Instant.parse("2025-07-10T01:00:00Z"),
                "vhxh");
    }
}
