package vn.bacson.khenthuong.stage;

import java.util.List;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The input of one review stage (API.md "Tasks", {@code POST /api/tasks/{id}/complete}), one record per stage. Its
 * component names are at once the keys of the JSON payload, the parameters of the task page's form and the keys of
 * the stage's Camunda Form, which is named as the record ({@code forms/SelectNominees.form}); the per-nominee
 * results are the list {@value #NOMINEES} of a nested record. What a field must hold by itself is said by its Bean
 * Validation annotations; the rules that need the dossier (its nominees, the campaign's award forms, the council's
 * quorum, today's date) stay in the services that complete the task, which take the command.
 */
public sealed interface StageCommand
        permits SelectNominees,
                AppraiseDossier,
                ReviewInCouncil,
                DecideAwards,
                AppraiseProposal,
                ReviewInProvinceCouncil,
                DecideProvinceAwards {

    /** The list of per-nominee results in every stage's command. */
    String NOMINEES = "nominees";

    /** Longest text of a stage field (a comment, an appraisal note). */
    int MAX_TEXT = 4000;

    String REQUIRED = "{command.required}";
    String SIZE = "{command.size}";

    /** Constraints that hold when the dossier goes on (FORWARD, DECIDE): a result for every nominee. */
    interface GoingOn {}

    /** Constraints that hold when the dossier is sent back or turned down: the unit must read why. */
    interface Explained {}

    Stage stage();

    String comment();

    /** The per-nominee results; null when none were sent, with null rows where a row could not be read. */
    List<? extends NomineeEntry> nominees();

    /** The validation groups the command is checked with: {@code Default} and what its outcome asks for. */
    Class<?>[] groups();
}
