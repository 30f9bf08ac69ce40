package vn.bacson.khenthuong.province;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * A commune's proposal at the province (API.md "One installation for a whole province"). The list items carry the
 * contract's keys; the single proposal adds what the province did ({@code decision}, {@code returnComment},
 * {@code resendDue}, each nominee's results, the history and the nominees' documents).
 */
public record ProvinceProposalView(
        UUID id,
        CommuneRef commune,
        String submissionNumber,
        List<UUID> dossierIds,
        ProposalStatus status,
        Stage stage,
        Instant sentAt,
        Instant due,
        String returnComment,
        Instant resendDue,
        DecisionRef decision,
        List<NomineeLine> nominees,
        List<HistoryLine> history,
        List<DocumentRef> documents) {

    public record CommuneRef(String code, String name) {}

    public record DecisionRef(String number, LocalDate decidedOn) {}

    /**
     * One nominee: its outcome in the commune dossier (PROPOSED_BANG_KHEN_CHU_TICH_TINH until the province decides),
     * and the province's results so far.
     */
    public record NomineeLine(
            UUID nomineeId,
            UUID dossierId,
            String fullName,
            NomineeType type,
            Outcome outcome,
            String appraisal,
            String note,
            Integer votesFor,
            Boolean passed,
            Boolean awarded) {}

    public record HistoryLine(Instant at, String actor, String action, Stage stage, String comment) {}

    public record DocumentRef(UUID id, UUID dossierId, UUID nomineeId, String kind, String fileName) {}
}
