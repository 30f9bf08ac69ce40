package vn.bacson.khenthuong.dossier;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;

/** A nominee (đối tượng đề nghị): what the unit proposed, what the checks found, what each stage said. */
public record Nominee(
        UUID id,
        UUID dossierId,
        int positionNo,
        NomineeType type,
        String fullName,
        Integer birthYear,
        String position,
        Gender gender,
        Integer womenShare,
        AwardForm proposedAward,
        String achievementSummary,
        Set<EmulationContent> emulationContents,
        String initiative,
        DisciplineLevel disciplineLevel,
        LocalDate disciplineDecidedOn,
        boolean memberDisciplined,
        HoldStatus holdStatus,
        BangKhenGround bangKhenGround,
        Eligibility eligibility,
        Set<IneligibilityReason> reasons,
        Boolean selected,
        Appraisal appraisal,
        AwardForm recommendedAward,
        String appraisalNote,
        Integer votesFor,
        Boolean councilPassed,
        ChairmanAward decidedAward,
        Outcome outcome,
        UUID decisionId,
        String provinceDecisionNumber,
        LocalDate provinceDecidedOn) {

    /** Still in the running: eligible and not yet turned down by a stage. */
    public boolean isInRunning() {
        return eligibility == Eligibility.ELIGIBLE && outcome == Outcome.PENDING;
    }
}
