package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.steps.ReviewSteps;

/**
 * Escalates the review task that is overdue. One review task is open at a time; if it was completed between
 * the timer and this step, there is nothing left to escalate.
 */
@Component
class EscalateOverdueTaskDelegate implements JavaDelegate {

    private final ReviewSteps steps;
    private final TaskService tasks;

    EscalateOverdueTaskDelegate(ReviewSteps steps, TaskService tasks) {
        this.steps = steps;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (OpenReviewTasks.OpenTask t : OpenReviewTasks.of(tasks, execution, Stage::isReview)) {
            steps.escalateOverdue(CommendationProposalVariables.dossierId(execution), t.taskId(), t.stage(), t.due());
        }
    }
}
