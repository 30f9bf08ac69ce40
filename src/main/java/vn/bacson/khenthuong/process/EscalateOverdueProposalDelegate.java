package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
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
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .list()) {
            Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey()).orElse(null);
            if (stage != null && stage.isProvince()) {
                steps.overdue(
                        ProvinceCommendationVariables.proposalId(execution),
                        stage,
                        task.getId(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant());
            }
        }
    }
}
