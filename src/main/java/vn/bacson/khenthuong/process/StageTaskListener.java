package vn.bacson.khenthuong.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.steps.ProposalSteps;
import vn.bacson.khenthuong.steps.ReviewSteps;

/**
 * Create listener of every user task of CommendationProposal: the dossier's status and stage follow the task,
 * the history records it, and the people who must act are told.
 */
@Component
class StageTaskListener implements TaskListener {

    /** Variable of the task's scope that fills the per-nominee rows of the stage's Camunda Form in Tasklist. */
    static final String FORM_NOMINEES = "nominees";

    private final ProposalSteps intake;
    private final ReviewSteps review;
    private final StageDeadlines deadlines;
    private final NomineeRepository nominees;
    private final ObjectMapper json;

    StageTaskListener(
            ProposalSteps intake,
            ReviewSteps review,
            StageDeadlines deadlines,
            NomineeRepository nominees,
            ObjectMapper json) {
        this.intake = intake;
        this.review = review;
        this.deadlines = deadlines;
        this.nominees = nominees;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no stage for task " + task.getTaskDefinitionKey()));
        var dossierId = CommendationProposalVariables.dossierId(task);
        if (stage == Stage.AMENDMENT) {
            var dueAt = task.getDueDate() != null
                    ? task.getDueDate().toInstant()
                    : deadlines.amendmentDue(task).toInstant();
            intake.amendmentRequested(
                    dossierId,
                    task.getId(),
                    dueAt,
                    CommendationProposalVariables.returnComment(task),
                    CommendationProposalVariables.amendmentNote(task));
        } else {
            review.reviewTaskCreated(
                    dossierId,
                    task.getId(),
                    stage,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
            // on the task's own scope execution: a form submission overwrites it, and it ends with the task
            task.getExecution()
                    .setVariableLocal(
                            FORM_NOMINEES,
                            SpinValues.jsonValue(formRows(dossierId)).create());
        }
    }

    private String formRows(java.util.UUID dossierId) {
        ArrayNode rows = json.createArrayNode();
        nominees.findByDossier(dossierId).stream()
                .filter(Nominee::isInRunning)
                .forEach(n -> rows.addObject()
                        .put("nomineeId", n.id().toString())
                        .put("fullName", n.fullName())
                        .put("proposedAward", n.proposedAward().name()));
        return rows.toString();
    }
}
