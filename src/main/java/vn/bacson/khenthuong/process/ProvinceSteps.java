package vn.bacson.khenthuong.process;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.stage.StageInput;

/**
 * What the steps of bpmn/ProvinceCommendation.bpmn and the province's review tasks do to the proposals (port: the
 * {@code province} module, above this one, implements it). The process holds the proposal id as its business key and
 * nothing else; the proposal, its dossiers and nominees and their results live in the province's tables.
 */
public interface ProvinceSteps {

    /**
     * A commune dossier was proposed for the provincial Bằng khen, as one of the {@code batchSize} dossiers of one
     * chairman's decision ({@code batchKey}).
     *
     * @return the proposal, once its last dossier has arrived (the province's review starts then); empty while the
     *     batch still waits for other dossiers
     */
    Optional<UUID> dossierProposed(UUID dossierId, String batchKey, int batchSize, String communeCode);

    /** The commune dossiers of a proposal, in the order they were proposed. */
    List<UUID> dossierIds(UUID proposalId);

    /**
     * The nominees a province stage decides on, in the proposal's order: every nominee at the appraisal, those the Sở
     * Nội vụ appraised DAT at the council, those the council passed at the decision. They fill the per-nominee rows of
     * the stage's Camunda Form in Tasklist.
     */
    List<FormNominee> formNominees(UUID proposalId, Stage stage);

    /** One row of a province stage's form. */
    record FormNominee(UUID nomineeId, String fullName) {}

    /** Checks a province stage's command against the proposal (its nominees, the council's rule); writes nothing. */
    void check(UUID proposalId, StageInput input);

    /** Records a checked command: the nominees' results, the proposal's history. */
    void record(UUID proposalId, StageInput input, String username);

    /** A review task of the proposal was created: the proposal's stage and due date follow it. */
    void taskCreated(UUID proposalId, Stage stage, Instant due);

    /** A review task of the proposal is overdue: the province's group is told. */
    void overdue(UUID proposalId, Stage stage, String taskId, Instant due);

    /** The proposal went back to the commune to be amended and sent again by {@code resendDue}. */
    void returned(UUID proposalId, Instant resendDue);

    /** The commune has not sent the returned proposal again in time. */
    void resendOverdue(UUID proposalId);

    /** The commune sent the returned proposal again. */
    void resent(UUID proposalId);

    /** The Chủ tịch UBND tỉnh decided: the province decision is numbered and drawn up, the communes told. */
    void decided(UUID proposalId);
}
