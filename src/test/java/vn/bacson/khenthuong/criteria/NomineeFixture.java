package vn.bacson.khenthuong.criteria;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.BangKhenGround;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeInput;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.dossier.Outcome;

/** A nominee that meets every criterion unless a test changes one thing. */
final class NomineeFixture {

    NomineeType type = NomineeType.INDIVIDUAL;
    String fullName = "Nguyễn Văn An";
    Integer birthYear = 1980;
    Gender gender = Gender.MALE;
    Integer womenShare;
    AwardForm proposedAward = AwardForm.GIAY_KHEN_CHU_TICH_XA;
    String achievementSummary = "Vận động nhân dân hiến 500 m² đất làm đường liên thôn.";
    Set<EmulationContent> emulationContents = EnumSet.of(EmulationContent.KTXH, EmulationContent.CONG_TRINH);
    String initiative = "Mô hình tổ tự quản đường làng.";
    DisciplineLevel disciplineLevel = DisciplineLevel.NONE;
    LocalDate disciplineDecidedOn;
    boolean memberDisciplined;
    HoldStatus holdStatus = HoldStatus.NONE;
    BangKhenGround bangKhenGround;

    static NomineeFixture individual() {
        return new NomineeFixture();
    }

    static NomineeFixture collective() {
        NomineeFixture f = new NomineeFixture();
        f.type = NomineeType.COLLECTIVE;
        f.fullName = "Chi hội Phụ nữ thôn 1";
        f.birthYear = null;
        f.gender = null;
        f.emulationContents = EnumSet.of(EmulationContent.PHONG_TRAO);
        return f;
    }

    static NomineeFixture household() {
        NomineeFixture f = new NomineeFixture();
        f.type = NomineeType.HOUSEHOLD;
        f.fullName = "Hộ gia đình ông Hoàng Văn Bình";
        f.birthYear = null;
        return f;
    }

    NomineeFixture with(java.util.function.Consumer<NomineeFixture> change) {
        change.accept(this);
        return this;
    }

    Nominee build() {
        return new Nominee(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                type,
                fullName,
                birthYear,
                "Trưởng thôn",
                gender,
                womenShare,
                proposedAward,
                achievementSummary,
                emulationContents,
                initiative,
                disciplineLevel,
                disciplineDecidedOn,
                memberDisciplined,
                holdStatus,
                bangKhenGround,
                Eligibility.PENDING,
                EnumSet.noneOf(IneligibilityReason.class),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Outcome.PENDING,
                null,
                null,
                null);
    }

    NomineeInput input() {
        return new NomineeInput(
                null,
                type,
                fullName,
                birthYear,
                "Trưởng thôn",
                gender,
                womenShare,
                proposedAward,
                achievementSummary,
                emulationContents,
                initiative,
                disciplineLevel,
                disciplineDecidedOn,
                memberDisciplined,
                holdStatus,
                bangKhenGround);
    }
}
