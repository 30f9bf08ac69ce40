package vn.bacson.khenthuong.support;

import java.util.Set;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.dossier.Outcome;

/**
 * A nominee row for unit tests: an individual proposed for the Giấy khen, not yet checked, nothing decided —
 * unless a test changes one thing ({@code TestNominee.of(dossier, "Nguyễn Văn A").eligible().build()}).
 */
public final class TestNominee {

    private UUID id = UUID.randomUUID();
    private final UUID dossierId;
    private final String fullName;
    private int positionNo = 1;
    private NomineeType type = NomineeType.INDIVIDUAL;
    private Integer birthYear;
    private String position;
    private Gender gender;
    private AwardForm proposedAward = AwardForm.GIAY_KHEN_CHU_TICH_XA;
    private String achievementSummary;
    private Set<EmulationContent> contents = Set.of();
    private String initiative;
    private Eligibility eligibility = Eligibility.PENDING;
    private Boolean selected;
    private Outcome outcome = Outcome.PENDING;

    private TestNominee(UUID dossierId, String fullName) {
        this.dossierId = dossierId;
        this.fullName = fullName;
    }

    public static TestNominee of(UUID dossierId, String fullName) {
        return new TestNominee(dossierId, fullName);
    }

    public TestNominee id(UUID value) {
        this.id = value;
        return this;
    }

    public TestNominee positionNo(int value) {
        this.positionNo = value;
        return this;
    }

    public TestNominee type(NomineeType value) {
        this.type = value;
        return this;
    }

    /** Birth year, position title and gender (null for a collective). */
    public TestNominee person(Integer year, String positionTitle, Gender value) {
        this.birthYear = year;
        this.position = positionTitle;
        this.gender = value;
        return this;
    }

    public TestNominee proposedAward(AwardForm value) {
        this.proposedAward = value;
        return this;
    }

    /** The achievement summary, the emulation contents and the initiative. */
    public TestNominee achievements(String summary, Set<EmulationContent> emulationContents, String initiativeText) {
        this.achievementSummary = summary;
        this.contents = emulationContents;
        this.initiative = initiativeText;
        return this;
    }

    /** Eligible and selected by the Party Building Committee: in the running at the later stages. */
    public TestNominee eligible() {
        this.eligibility = Eligibility.ELIGIBLE;
        this.selected = true;
        return this;
    }

    public TestNominee outcome(Outcome value) {
        this.outcome = value;
        return this;
    }

    public Nominee build() {
        return new Nominee(
                id,
                dossierId,
                positionNo,
                type,
                fullName,
                birthYear,
                position,
                gender,
                null,
                proposedAward,
                achievementSummary,
                contents,
                initiative,
                DisciplineLevel.NONE,
                null,
                false,
                HoldStatus.NONE,
                null,
                eligibility,
                Set.of(),
                selected,
                null,
                null,
                null,
                null,
                null,
                null,
                outcome,
                null,
                null,
                null);
    }
}
