package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.dossier.Stage;

/** Create listener of the province's review tasks: the proposal's stage and due date follow the task. */
@Component
class ProvinceTaskListener implements TaskListener {

    private final ProvinceSteps steps;

    ProvinceTaskListener(ProvinceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .filter(Stage::isProvince)
                .orElseThrow(() -> new IllegalStateException("no province stage for " + task.getTaskDefinitionKey()));
        steps.taskCreated(
                Ids.uuidOrNull(task.getExecution().getProcessBusinessKey()),
                stage,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
