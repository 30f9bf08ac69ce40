package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Stage;

/** Escalates the province's review task that is overdue (nothing to do if it was completed meanwhile). */
@Component
class EscalateOverdueProposalDelegate implements JavaDelegate {

    private final ProvinceSteps steps;
    private final TaskService tasks;

    EscalateOverdueProposalDelegate(ProvinceSteps steps, TaskService tasks) {
        this.steps = steps;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (OpenReviewTasks.OpenTask t : OpenReviewTasks.of(tasks, execution, Stage::isProvince)) {
            steps.overdue(ProvinceCommendationVariables.proposalId(execution), t.stage(), t.taskId(), t.due());
        }
    }
}
