package vn.bacson.khenthuong.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Create listener of every user task of CommendationProposal: the dossier's status and stage follow the task,
 * the history records it, and the people who must act are told.
 */
@Component
class StageTaskListener implements TaskListener {

    private final ProposalSteps steps;
    private final StageDeadlines deadlines;

    StageTaskListener(ProposalSteps steps, StageDeadlines deadlines) {
        this.steps = steps;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no stage for task " + task.getTaskDefinitionKey()));
        var dossierId = CommendationProposalVariables.dossierId(task);
        if (stage == Stage.AMENDMENT) {
            var dueAt = task.getDueDate() != null ? task.getDueDate().toInstant()
                    : deadlines.amendmentDue(task).toInstant();
            steps.amendmentRequested(dossierId, task.getId(), dueAt, CommendationProposalVariables.returnComment(task),
                    CommendationProposalVariables.amendmentNote(task));
        } else {
            steps.reviewTaskCreated(dossierId, task.getId(), stage,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant());
        }
    }
}
