package vn.bacson.khenthuong.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;

/**
 * A dossier as the API shows it (API.md "Dossiers"): what the unit proposed, what the checks and every stage
 * found, the documents (uploaded, and the achievement reports filled in on the system), the history and the
 * decision. Instants carry the business zone's offset.
 */
public record DossierView(
        UUID id,
        UUID campaignId,
        UnitRef unit,
        String title,
        DossierStatus status,
        Stage stage,
        OffsetDateTime submittedAt,
        List<MissingDocument> missingDocuments,
        OffsetDateTime amendmentDueAt,
        String returnComment,
        List<NomineeView> nominees,
        List<DocumentView> documents,
        List<AchievementReportView.Summary> achievementReports,
        List<HistoryView> history,
        DecisionRef decision,
        PublicPostingView publicPosting,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        long version) {

    public record UnitRef(String code, String name) {}

    public record NomineeView(
            UUID id,
            int positionNo,
            NomineeType type,
            String fullName,
            Integer birthYear,
            String position,
            Gender gender,
            Integer womenShare,
            AwardForm proposedAward,
            String achievementSummary,
            List<EmulationContent> emulationContents,
            String initiative,
            DisciplineLevel disciplineLevel,
            LocalDate disciplineDecidedOn,
            boolean memberDisciplined,
            HoldStatus holdStatus,
            BangKhenGround bangKhenGround,
            Eligibility eligibility,
            List<IneligibilityReason> reasons,
            Boolean selected,
            Appraisal appraisal,
            AwardForm recommendedAward,
            String appraisalNote,
            Integer votesFor,
            Boolean councilPassed,
            ChairmanAward decidedAward,
            Outcome outcome,
            String provinceDecisionNumber,
            LocalDate provinceDecidedOn) {

        static NomineeView of(Nominee n) {
            return new NomineeView(
                    n.id(),
                    n.positionNo(),
                    n.type(),
                    n.fullName(),
                    n.birthYear(),
                    n.position(),
                    n.gender(),
                    n.womenShare(),
                    n.proposedAward(),
                    n.achievementSummary(),
                    n.emulationContents().stream().sorted().toList(),
                    n.initiative(),
                    n.disciplineLevel(),
                    n.disciplineDecidedOn(),
                    n.memberDisciplined(),
                    n.holdStatus(),
                    n.bangKhenGround(),
                    n.eligibility(),
                    n.reasons().stream().sorted().toList(),
                    n.selected(),
                    n.appraisal(),
                    n.recommendedAward(),
                    n.appraisalNote(),
                    n.votesFor(),
                    n.councilPassed(),
                    n.decidedAward(),
                    n.outcome(),
                    n.provinceDecisionNumber(),
                    n.provinceDecidedOn());
        }
    }

    public record HistoryView(OffsetDateTime at, String actor, HistoryAction action, Stage stage, String comment) {}

    /**
     * The commune decision (Quyết định) that awarded this dossier's nominees, and the number of the province's decision
     * on its Bằng khen proposals once there is one (provinceNumber). A dossier whose only answer is the province's
     * has no commune decision: id and number are null, decidedOn is the province's date.
     */
    public record DecisionRef(UUID id, String number, LocalDate decidedOn, String provinceNumber) {

        public DecisionRef(UUID id, String number, LocalDate decidedOn) {
            this(id, number, decidedOn, null);
        }

        DecisionRef withProvince(String provinceNumber) {
            return new DecisionRef(id, number, decidedOn, provinceNumber);
        }
    }

    /**
     * The dossier's public posting (niêm yết công khai) before the council meets; null when it was never posted.
     * open: citizens may still send feedback; feedbackCount: how many messages arrived.
     */
    public record PublicPostingView(OffsetDateTime startsAt, OffsetDateTime endsAt, boolean open, long feedbackCount) {}
}
