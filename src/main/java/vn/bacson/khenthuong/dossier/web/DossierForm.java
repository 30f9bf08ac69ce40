package vn.bacson.khenthuong.dossier.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.BangKhenGround;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.DossierRequest;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.NomineeInput;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * The dossier page's form, bound from {@code title}, {@code nominees[0].fullName}, ... (the same paths as the
 * API's field errors, so a service's violation lands next to its field). Mutable because the data binder fills it.
 */
public class DossierForm {

    private UUID campaignId;
    private String title;
    private List<NomineeForm> nominees = new ArrayList<>();

    static DossierForm blank(UUID campaignId) {
        DossierForm form = new DossierForm();
        form.campaignId = campaignId;
        form.nominees.add(new NomineeForm());
        return form;
    }

    static DossierForm of(DossierView view) {
        DossierForm form = new DossierForm();
        form.campaignId = view.campaignId();
        form.title = view.title();
        for (DossierView.NomineeView n : view.nominees()) {
            form.nominees.add(NomineeForm.of(n));
        }
        return form;
    }

    DossierRequest toRequest() {
        return new DossierRequest(
                campaignId, title, nominees.stream().map(NomineeForm::toInput).toList());
    }

    public UUID getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(UUID campaignId) {
        this.campaignId = campaignId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<NomineeForm> getNominees() {
        return nominees;
    }

    public void setNominees(List<NomineeForm> nominees) {
        this.nominees = nominees == null ? new ArrayList<>() : nominees;
    }

    /** One nominee row; every field of API.md's nominee. */
    public static class NomineeForm {
        private UUID id;
        private NomineeType type = NomineeType.INDIVIDUAL;
        private String fullName;
        private Integer birthYear;
        private String position;
        private Gender gender;
        private Integer womenShare;
        private AwardForm proposedAward = AwardForm.GIAY_KHEN_CHU_TICH_XA;
        private String achievementSummary;
        private Set<EmulationContent> emulationContents = new LinkedHashSet<>();
        private String initiative;
        private DisciplineLevel disciplineLevel = DisciplineLevel.NONE;

        // typed as dd/MM/yyyy in a text field (whatever the browser's language); yyyy-MM-dd still accepted
        @DateTimeFormat(
                pattern = "dd/MM/yyyy",
                fallbackPatterns = {"d/M/yyyy", "yyyy-MM-dd"})
        private LocalDate disciplineDecidedOn;

        private boolean memberDisciplined;
        private HoldStatus holdStatus = HoldStatus.NONE;
        private BangKhenGround bangKhenGround;

        static NomineeForm of(DossierView.NomineeView n) {
            NomineeForm f = new NomineeForm();
            f.id = n.id();
            f.type = n.type();
            f.fullName = n.fullName();
            f.birthYear = n.birthYear();
            f.position = n.position();
            f.gender = n.gender();
            f.womenShare = n.womenShare();
            f.proposedAward = n.proposedAward();
            f.achievementSummary = n.achievementSummary();
            f.emulationContents = new LinkedHashSet<>(n.emulationContents());
            f.initiative = n.initiative();
            f.disciplineLevel = n.disciplineLevel();
            f.disciplineDecidedOn = n.disciplineDecidedOn();
            f.memberDisciplined = n.memberDisciplined();
            f.holdStatus = n.holdStatus();
            f.bangKhenGround = n.bangKhenGround();
            return f;
        }

        NomineeInput toInput() {
            return new NomineeInput(
                    id,
                    type,
                    fullName,
                    birthYear,
                    position,
                    gender,
                    womenShare,
                    proposedAward,
                    achievementSummary,
                    emulationContents == null || emulationContents.isEmpty()
                            ? EnumSet.noneOf(EmulationContent.class)
                            : EnumSet.copyOf(emulationContents),
                    initiative,
                    disciplineLevel,
                    disciplineLevel == null || disciplineLevel == DisciplineLevel.NONE ? null : disciplineDecidedOn,
                    memberDisciplined,
                    holdStatus,
                    bangKhenGround);
        }

        public UUID getId() {
            return id;
        }

        public void setId(UUID id) {
            this.id = id;
        }

        public NomineeType getType() {
            return type;
        }

        public void setType(NomineeType type) {
            this.type = type;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public Integer getBirthYear() {
            return birthYear;
        }

        public void setBirthYear(Integer birthYear) {
            this.birthYear = birthYear;
        }

        public String getPosition() {
            return position;
        }

        public void setPosition(String position) {
            this.position = position;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public Integer getWomenShare() {
            return womenShare;
        }

        public void setWomenShare(Integer womenShare) {
            this.womenShare = womenShare;
        }

        public AwardForm getProposedAward() {
            return proposedAward;
        }

        public void setProposedAward(AwardForm proposedAward) {
            this.proposedAward = proposedAward;
        }

        public String getAchievementSummary() {
            return achievementSummary;
        }

        public void setAchievementSummary(String achievementSummary) {
            this.achievementSummary = achievementSummary;
        }

        public Set<EmulationContent> getEmulationContents() {
            return emulationContents;
        }

        public void setEmulationContents(Set<EmulationContent> emulationContents) {
            this.emulationContents = emulationContents == null ? new LinkedHashSet<>() : emulationContents;
        }

        public String getInitiative() {
            return initiative;
        }

        public void setInitiative(String initiative) {
            this.initiative = initiative;
        }

        public DisciplineLevel getDisciplineLevel() {
            return disciplineLevel;
        }

        public void setDisciplineLevel(DisciplineLevel disciplineLevel) {
            this.disciplineLevel = disciplineLevel;
        }

        public LocalDate getDisciplineDecidedOn() {
            return disciplineDecidedOn;
        }

        public void setDisciplineDecidedOn(LocalDate disciplineDecidedOn) {
            this.disciplineDecidedOn = disciplineDecidedOn;
        }

        public boolean isMemberDisciplined() {
            return memberDisciplined;
        }

        public void setMemberDisciplined(boolean memberDisciplined) {
            this.memberDisciplined = memberDisciplined;
        }

        public HoldStatus getHoldStatus() {
            return holdStatus;
        }

        public void setHoldStatus(HoldStatus holdStatus) {
            this.holdStatus = holdStatus;
        }

        public BangKhenGround getBangKhenGround() {
            return bangKhenGround;
        }

        public void setBangKhenGround(BangKhenGround bangKhenGround) {
            this.bangKhenGround = bangKhenGround;
        }
    }
}
