package vn.bacson.khenthuong.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.BANG_KHEN_GROUND_REQUIRED;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.DISCIPLINED;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.DUPLICATE_NOMINATION;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.MEMBER_DISCIPLINED;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.ON_HOLD;
import static vn.bacson.khenthuong.dossier.IneligibilityReason.UNIT_DISSOLVED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.criteria.EligibilityService.Assessment;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.unit.Unit;

class EligibilityServiceTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 00:30 on 05/09/2025 in Hanoi, still 04/09 in UTC. */
    private static final Instant NOW = Instant.parse("2025-09-04T17:30:00Z");

    private final CriteriaDatabase db = new CriteriaDatabase();
    private final EligibilityService service = new EligibilityService(
            db.dossiers, db.campaigns, db.units, db.nominees, Clock.fixed(NOW, ZoneOffset.UTC), HANOI);

    private final Unit thon1 = db.unit("thon-1", false);
    private final Unit thon2 = db.unit("thon-2", false);
    private final Campaign campaign = db.campaign("DH-2025", CampaignLevel.COMMUNE);

    @Test
    void writesEachNomineesEligibilityAndReasons() {
        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        UUID good = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID reprimanded = db.nominee(dossier, 2, NomineeFixture.individual().with(f -> {
            f.fullName = "Lý Văn Cường";
            f.disciplineLevel = DisciplineLevel.KHIEN_TRACH;
            f.disciplineDecidedOn = LocalDate.of(2025, 1, 15);
        }));
        UUID collective = db.nominee(dossier, 3, NomineeFixture.collective().with(f -> f.memberDisciplined = true));
        UUID onHold = db.nominee(dossier, 4, NomineeFixture.individual().with(f -> {
            f.fullName = "Hoàng Thị Dung";
            f.holdStatus = HoldStatus.COMPLAINT;
        }));
        UUID withoutGround = db.nominee(dossier, 5, NomineeFixture.individual().with(f -> {
            f.fullName = "Nông Văn Em";
            f.proposedAward = AwardForm.BANG_KHEN_CHU_TICH_TINH;
        }));

        Assessment assessment = service.assess(dossier);

        assertThat(assessment).isEqualTo(new Assessment(1, 3, 1));
        assertThat(assessment.anyEligible()).isTrue();
        assertThat(stored(good).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(stored(good).reasons()).isEmpty();
        assertThat(stored(reprimanded).eligibility()).isEqualTo(Eligibility.INELIGIBLE);
        assertThat(stored(reprimanded).reasons()).containsExactly(DISCIPLINED);
        assertThat(stored(collective).reasons()).containsExactly(MEMBER_DISCIPLINED);
        assertThat(stored(onHold).eligibility()).isEqualTo(Eligibility.PENDING);
        assertThat(stored(onHold).reasons()).containsExactly(ON_HOLD);
        assertThat(stored(withoutGround).reasons()).containsExactly(BANG_KHEN_GROUND_REQUIRED);
    }

    @Test
    void noEligibleNomineeIsReported() {
        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        db.nominee(dossier, 1, NomineeFixture.collective().with(f -> f.memberDisciplined = true));

        Assessment assessment = service.assess(dossier);

        assertThat(assessment).isEqualTo(new Assessment(0, 1, 0));
        assertThat(assessment.anyEligible()).isFalse();
    }

    @Test
    void todayIsTheDateInHanoi() {
        // Decided 05/09/2024: twelve months have run out on 05/09/2025 in Hanoi, though it is still 04/09 in UTC.
        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        UUID lapsed = db.nominee(dossier, 1, NomineeFixture.individual().with(f -> {
            f.disciplineLevel = DisciplineLevel.CANH_CAO;
            f.disciplineDecidedOn = LocalDate.of(2024, 9, 5);
        }));
        UUID stillInEffect = db.nominee(dossier, 2, NomineeFixture.individual().with(f -> {
            f.fullName = "Lý Văn Cường";
            f.disciplineLevel = DisciplineLevel.KHIEN_TRACH;
            f.disciplineDecidedOn = LocalDate.of(2024, 9, 6);
        }));

        service.assess(dossier);

        assertThat(stored(lapsed).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(stored(stillInEffect).reasons()).containsExactly(DISCIPLINED);
    }

    @Test
    void sameNomineeTwiceInOneDossierFailsTheLaterOne() {
        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID second = db.nominee(dossier, 2, NomineeFixture.individual().with(f -> f.fullName = "  nguyễn   VĂN an "));
        UUID sameNameOtherYear =
                db.nominee(dossier, 3, NomineeFixture.individual().with(f -> f.birthYear = 1992));
        UUID sameNameCollective =
                db.nominee(dossier, 4, NomineeFixture.collective().with(f -> f.fullName = "Nguyễn Văn An"));

        Assessment assessment = service.assess(dossier);

        assertThat(stored(first).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(stored(second).reasons()).containsExactly(DUPLICATE_NOMINATION);
        assertThat(stored(sameNameOtherYear).eligibility())
                .as("another person of the same name")
                .isEqualTo(Eligibility.ELIGIBLE);
        assertThat(stored(sameNameCollective).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(assessment).isEqualTo(new Assessment(3, 1, 0));
    }

    @Test
    void missingBirthYearMatchesAnyYearWithinTheDossier() {
        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        db.nominee(dossier, 1, NomineeFixture.individual());
        UUID noYear = db.nominee(dossier, 2, NomineeFixture.individual().with(f -> f.birthYear = null));

        service.assess(dossier);

        assertThat(stored(noYear).reasons()).containsExactly(DUPLICATE_NOMINATION);
    }

    @Test
    void samePersonAlreadyProposedByAnotherUnitInTheCampaignIsADuplicate() {
        UUID earlier = db.dossier(campaign, thon2, DossierStatus.IN_REVIEW);
        db.nominee(earlier, 1, NomineeFixture.individual());
        service.assess(earlier);

        UUID later = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        UUID again = db.nominee(later, 1, NomineeFixture.individual().with(f -> f.fullName = "NGUYỄN VĂN AN"));
        UUID other = db.nominee(later, 2, NomineeFixture.individual().with(f -> f.birthYear = 1975));

        Assessment assessment = service.assess(later);

        assertThat(stored(again).reasons()).containsExactly(DUPLICATE_NOMINATION);
        assertThat(stored(other).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(assessment).isEqualTo(new Assessment(1, 1, 0));
    }

    @Test
    void draftsAndOtherCampaignsDoNotMakeADuplicate() {
        UUID draft = db.dossier(campaign, thon2, DossierStatus.DRAFT);
        db.nominee(draft, 1, NomineeFixture.individual());
        Campaign otherCampaign = db.campaign("NTM-2025", CampaignLevel.COMMUNE);
        UUID elsewhere = db.dossier(otherCampaign, thon2, DossierStatus.DECIDED);
        db.nominee(elsewhere, 1, NomineeFixture.individual());

        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        UUID nominee = db.nominee(dossier, 1, NomineeFixture.individual());

        service.assess(dossier);

        assertThat(stored(nominee).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void resubmittedDossierIsNotADuplicateOfTheOneItBeat() {
        UUID first = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        UUID original = db.nominee(first, 1, NomineeFixture.individual());
        service.assess(first);
        UUID second = db.dossier(campaign, thon2, DossierStatus.SUBMITTED);
        UUID copy = db.nominee(second, 1, NomineeFixture.individual());
        service.assess(second);

        service.assess(first);

        assertThat(stored(original).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(stored(copy).reasons()).containsExactly(DUPLICATE_NOMINATION);
    }

    @Test
    void nomineesOfADissolvedUnitAreNotCommended() {
        Unit dissolved = db.unit("htx-cu", true);
        UUID dossier = db.dossier(campaign, dissolved, DossierStatus.SUBMITTED);
        UUID a = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID b = db.nominee(dossier, 2, NomineeFixture.collective());

        assertThat(service.assess(dossier)).isEqualTo(new Assessment(0, 2, 0));
        assertThat(stored(a).reasons()).containsExactly(UNIT_DISSOLVED);
        assertThat(stored(b).reasons()).containsExactly(UNIT_DISSOLVED);
    }

    @Test
    void assessingAgainReplacesTheEarlierResult() {
        UUID dossier = db.dossier(campaign, thon1, DossierStatus.SUBMITTED);
        NomineeFixture fixture = NomineeFixture.individual().with(f -> f.holdStatus = HoldStatus.INVESTIGATION);
        UUID nominee = db.nominee(dossier, 1, fixture);
        assertThat(service.assess(dossier)).isEqualTo(new Assessment(0, 0, 1));

        // The investigation is closed; the unit amends the dossier.
        db.nominees.updateInput(
                nominee, 1, fixture.with(f -> f.holdStatus = HoldStatus.NONE).input());

        assertThat(service.assess(dossier)).isEqualTo(new Assessment(1, 0, 0));
        assertThat(stored(nominee).reasons()).isEmpty();
    }

    @Test
    void unknownDossierIsNotFound() {
        assertThatThrownBy(() -> service.assess(UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NOT_FOUND));
    }

    private Nominee stored(UUID id) {
        return db.nominees.find(id).orElseThrow();
    }
}
