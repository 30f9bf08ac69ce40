package vn.bacson.khenthuong.process;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The open review tasks of the process instance a timer fired in, for the escalation steps: a task completed between
 * the timer and the step is no longer among them, so there is nothing left to escalate.
 */
final class OpenReviewTasks {

    /** An open task of a stage, with its due date (null: none). */
    record OpenTask(String taskId, Stage stage, Instant due) {}

    private OpenReviewTasks() {}

    static List<OpenTask> of(TaskService tasks, DelegateExecution execution, Predicate<Stage> stages) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
                .flatMap(task -> Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                        .filter(stages)
                        .map(stage -> new OpenTask(
                                task.getId(),
                                stage,
                                task.getDueDate() == null
                                        ? null
                                        : task.getDueDate().toInstant()))
                        .stream())
                .toList();
    }
}
