package vn.bacson.khenthuong.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Create listener of the province's review tasks: the proposal's stage and due date follow the task, and the task's
 * scope gets the per-nominee rows of its Camunda Form (for a task completed in Tasklist, see
 * {@link TasklistCompletionListener}).
 */
@Component
class ProvinceTaskListener implements TaskListener {

    private final ProvinceSteps steps;
    private final ObjectMapper json;

    ProvinceTaskListener(ProvinceSteps steps, ObjectMapper json) {
        this.steps = steps;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .filter(Stage::isProvince)
                .orElseThrow(() -> new IllegalStateException("no province stage for " + task.getTaskDefinitionKey()));
        UUID proposalId = Ids.uuidOrNull(task.getExecution().getProcessBusinessKey());
        steps.taskCreated(
                proposalId,
                stage,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
        ArrayNode rows = json.createArrayNode();
        steps.formNominees(proposalId, stage)
                .forEach(n -> rows.addObject()
                        .put("nomineeId", n.nomineeId().toString())
                        .put("fullName", n.fullName()));
        // on the task's own scope execution: a form submission overwrites it, and it ends with the task
        task.getExecution()
                .setVariableLocal(
                        StageTaskListener.FORM_NOMINEES,
                        SpinValues.jsonValue(rows.toString()).create());
    }
}
