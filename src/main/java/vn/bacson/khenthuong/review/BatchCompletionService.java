package vn.bacson.khenthuong.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Completes the review tasks of many dossiers in ONE transaction (API.md "Council sessions and decisions for
 * many dossiers at once"): each dossier's task goes through {@link TaskCompletionService} with its own stage
 * payload, so the per-dossier validation applies unchanged; the first failure rolls every completion back.
 */
@Service
public class BatchCompletionService {

    /** One dossier's share of a batch: its stage payload and process variables to set before completing. */
    public record DossierCompletion(UUID dossierId, JsonNode payload, Map<String, Object> processVariables) {}

    private final TaskCompletionService completion;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public BatchCompletionService(
            TaskCompletionService completion, TaskService tasks, RuntimeService runtime, IdentityService identity) {
        this.completion = completion;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** The dossier's open task of this stage, if it waits there. */
    public Optional<String> openTask(UUID dossierId, Stage stage) {
        return EngineAccess.asSystem(
                identity, () -> Optional.ofNullable(task(dossierId, stage)).map(Task::getId));
    }

    /**
     * Completes the stage's task of every dossier, all or nothing. A dossier that no longer waits at the stage
     * answers 409 TASK_ALREADY_COMPLETED; a payload the stage rejects answers as the per-dossier completion does.
     *
     * @return the dossier ids, in order
     */
    @Transactional
    public List<UUID> completeAll(Stage stage, CurrentUser user, List<DossierCompletion> batch) {
        List<UUID> done = new ArrayList<>();
        for (DossierCompletion item : batch) {
            Task task = EngineAccess.asSystem(identity, () -> task(item.dossierId(), stage));
            if (task == null) {
                throw new DomainException(
                        ErrorCode.TASK_ALREADY_COMPLETED,
                        "Hồ sơ không còn chờ xử lý ở bước này (có thể đã được xử lý trước đó).");
            }
            if (!item.processVariables().isEmpty()) {
                EngineAccess.asSystem(
                        identity, () -> runtime.setVariables(task.getProcessInstanceId(), item.processVariables()));
            }
            done.add(completion.complete(task.getId(), user, item.payload()));
        }
        return done;
    }

    private Task task(UUID dossierId, Stage stage) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(dossierId.toString())
                .taskDefinitionKey(stage.taskDefinitionKey())
                .active()
                .singleResult();
    }
}
