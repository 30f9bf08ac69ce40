package vn.bacson.khenthuong.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.stage.StageInput;
import vn.bacson.khenthuong.steps.OnBehalfOf;
import vn.bacson.khenthuong.steps.StageResult;
import vn.bacson.khenthuong.steps.StageRules;

/**
 * Completes a review task with its stage's command (API.md "Tasks"): checks the command against the stage and the
 * dossier's nominees ({@link StageRules}), records each nominee's result and the history, and completes the engine
 * task. Exactly one completion ever wins: a task that is gone or completed concurrently answers 409
 * ({@link TaskRaces}). Tasks completed in Camunda Tasklist take the same rules through
 * {@link TasklistCompletionListener}.
 */
@Service
public class TaskCompletionService {

    /** Transient variable of our completions, so the Tasklist listener knows the work is already done. */
    static final String COMPLETED_THROUGH_API = "completedThroughApi";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskRaces races;
    private final IdentityService identity;
    private final DossierRepository dossiers;
    private final StageCommands commands;
    private final StageRules rules;
    private final ProvinceSteps province;

    public TaskCompletionService(
            TaskService tasks,
            RuntimeService runtime,
            TaskRaces races,
            IdentityService identity,
            DossierRepository dossiers,
            StageCommands commands,
            StageRules rules,
            ProvinceSteps province) {
        this.province = province;
        this.tasks = tasks;
        this.runtime = runtime;
        this.races = races;
        this.identity = identity;
        this.dossiers = dossiers;
        this.commands = commands;
        this.rules = rules;
    }

    /**
     * @return the id of the dossier the task belonged to. Everything the completion needs is read before the first
     *     engine write; a failure caused by a concurrent claim or completion answers 409 ({@link TaskRaces}).
     */
    public UUID complete(String taskId, CurrentUser user, JsonNode payload) {
        return complete(taskId, user, payload, null);
    }

    /**
     * Completes a task with the JSON payload of its stage, read as the stage's command once the task says which
     * stage it is; possibly for the colleague who holds it (onBehalfOf: a delegation in force, checked by the
     * caller of this method), which the history line then says.
     *
     * @return the id of the dossier the task belonged to
     */
    public UUID complete(String taskId, CurrentUser user, JsonNode payload, OnBehalfOf onBehalfOf) {
        TextRules.require(payload);
        return guarded(taskId, user, onBehalfOf, stage -> commands.read(stage, payload));
    }

    /**
     * Completes a task with a command of its stage (the task page's form, a council session, a batch decision, a
     * bulk completion).
     *
     * @return the id of the dossier the task belonged to
     */
    public UUID complete(String taskId, CurrentUser user, StageInput input, OnBehalfOf onBehalfOf) {
        TextRules.require(input.source() != null ? input.source() : input.command());
        return guarded(taskId, user, onBehalfOf, stage -> {
            if (stage != input.stage()) {
                throw new IllegalArgumentException(
                        "a " + input.command().getClass().getSimpleName() + " for a task of " + stage);
            }
            return input;
        });
    }

    private UUID guarded(
            String taskId, CurrentUser user, OnBehalfOf onBehalfOf, Function<Stage, StageInput> commandOfStage) {
        return races.guard(
                taskId,
                user,
                TaskRaces.Attempt.COMPLETE,
                () -> EngineAccess.asSystem(
                        identity, () -> completeAsSystem(taskId, user, commandOfStage, onBehalfOf)));
    }

    private UUID completeAsSystem(
            String taskId, CurrentUser user, Function<Stage, StageInput> commandOfStage, OnBehalfOf onBehalfOf) {
        Task task =
                taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw races.gone(taskId, user);
        }
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        if (stage.isProvince()) {
            return completeProvinceTask(task, stage, user, commandOfStage);
        }
        // the dossier is the process's business key: a query, not a variable read, so nothing is loaded into the
        // engine's entity cache that a concurrent completion could make stale
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        UUID dossierId = instance == null ? null : Ids.uuidOrNull(instance.getBusinessKey());
        if (dossierId == null) {
            throw races.gone(taskId, user); // the process ended since the task query above
        }
        Dossier dossier = dossiers.find(dossierId).orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        if (stage == Stage.AMENDMENT) {
            if (user.unitCode() != null && user.unitCode().equals(dossier.unitCode())) {
                throw new DomainException(
                        ErrorCode.VALIDATION_FAILED,
                        "Công việc bổ sung hồ sơ không hoàn thành tại đây: đơn vị sửa hồ sơ rồi nộp lại hồ sơ.");
            }
            throw new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        if (!user.has(stage.candidateGroup())) {
            throw new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        boolean forHolder = onBehalfOf != null && onBehalfOf.username().equals(task.getAssignee());
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username()) && !forHolder) {
            throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
        }
        StageResult result = rules.prepare(dossier, commandOfStage.apply(stage));
        // engine writes from here on: claim first, so a concurrent completion blocks on (or fails at) the task row
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
        rules.record(result, dossierId, stage, user.username(), forHolder ? onBehalfOf : null);
        Map<String, Object> variables = CommendationProposalVariables.forCompletion(result, stage, user.username());
        variables.put(COMPLETED_THROUGH_API, Variables.booleanValue(true, true));
        tasks.complete(taskId, variables);
        return dossierId;
    }

    /**
     * A task of the province's review (bpmn/ProvinceCommendation.bpmn): the business key is the proposal, whose rules
     * are the province's ({@link ProvinceSteps}); the same claim and race handling as a dossier's task.
     *
     * @return the first commune dossier of the proposal
     */
    private UUID completeProvinceTask(
            Task task, Stage stage, CurrentUser user, Function<Stage, StageInput> commandOfStage) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        UUID proposalId = instance == null ? null : Ids.uuidOrNull(instance.getBusinessKey());
        if (proposalId == null) {
            throw races.gone(task.getId(), user);
        }
        if (!user.has(stage.candidateGroup())) {
            throw new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
        }
        StageInput input = commandOfStage.apply(stage);
        province.check(proposalId, input);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
        }
        province.record(proposalId, input, user.username());
        Map<String, Object> variables = ProvinceCommendationVariables.forCompletion(input.command());
        variables.put(COMPLETED_THROUGH_API, Variables.booleanValue(true, true));
        tasks.complete(task.getId(), variables);
        return province.dossierIds(proposalId).get(0);
    }
}
