package vn.bacson.khenthuong.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.stage.AppraiseDossier;
import vn.bacson.khenthuong.stage.DecideAwards;
import vn.bacson.khenthuong.stage.DecisionOutcome;
import vn.bacson.khenthuong.stage.ReviewOutcome;
import vn.bacson.khenthuong.stage.SelectNominees;
import vn.bacson.khenthuong.stage.StageCommand;
import vn.bacson.khenthuong.stage.StageCompletions;
import vn.bacson.khenthuong.stage.StageInput;
import vn.bacson.khenthuong.steps.OnBehalfOf;

/**
 * Completes the review tasks of many dossiers in ONE transaction (API.md "Council sessions and decisions for
 * many dossiers at once"): each dossier's task goes through {@link TaskCompletionService} with its own stage
 * command, so the per-dossier validation applies unchanged; the first failure rolls every completion back.
 */
@Service
public class BatchCompletionService implements StageCompletions {

    /** One dossier's share of a batch: its stage command and process variables to set before completing. */

    /** The outcomes a reviewer may give many tasks at once from the task list. */
    public enum BulkOutcome {
        FORWARD,
        RETURN,
        REJECT
    }

    /** The stages whose tasks may be completed in bulk from the task list (council and chairman have their own). */
    public static final Set<Stage> BULK_STAGES =
            EnumSet.of(Stage.PARTY_BUILDING_SELECTION, Stage.CULTURE_SOCIAL_APPRAISAL);

    /**
     * One task of a bulk completion. {@code check} runs first (may the caller complete it now?) and answers for
     * whom the caller completes it (null: their own task); it throws a {@link DomainException} to refuse it.
     */
    public record TaskCompletion(String taskId, Supplier<OnBehalfOf> check) {}

    private final TaskCompletionService completion;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final NomineeRepository nominees;
    private final DossierRepository dossiers;
    private final HistoryService history;

    public BatchCompletionService(
            TaskCompletionService completion,
            TaskService tasks,
            RuntimeService runtime,
            IdentityService identity,
            NomineeRepository nominees,
            DossierRepository dossiers,
            HistoryService history) {
        this.completion = completion;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.nominees = nominees;
        this.dossiers = dossiers;
        this.history = history;
    }

    /** The dossier's open task of this stage, if it waits there. */
    public Optional<String> openTask(UUID dossierId, Stage stage) {
        return EngineAccess.asSystem(
                identity, () -> Optional.ofNullable(task(dossierId, stage)).map(Task::getId));
    }

    @Override
    @Transactional
    public List<UUID> completeAll(Stage stage, CurrentUser user, List<DossierCompletion> batch) {
        List<UUID> done = new ArrayList<>();
        // the dossiers this decision proposes for the Bằng khen go to the province as ONE proposal
        String provinceBatch = UUID.randomUUID().toString();
        long toProvince =
                batch.stream().filter(item -> proposesBangKhen(item.command())).count();
        for (DossierCompletion item : batch) {
            Task task = EngineAccess.asSystem(identity, () -> task(item.dossierId(), stage));
            if (task == null) {
                throw new DomainException(
                        ErrorCode.TASK_ALREADY_COMPLETED,
                        "Hồ sơ không còn chờ xử lý ở bước này (có thể đã được xử lý trước đó).");
            }
            if (item.decisionId() != null) {
                EngineAccess.asSystem(
                        identity,
                        () -> runtime.setVariable(
                                task.getProcessInstanceId(),
                                RecordDecisionDelegate.DECISION_ID,
                                item.decisionId().toString()));
            }
            if (toProvince > 1 && proposesBangKhen(item.command())) {
                EngineAccess.asSystem(
                        identity,
                        () -> runtime.setVariables(
                                task.getProcessInstanceId(),
                                Map.of(
                                        ProvinceCommendationWorkflow.PROVINCE_BATCH,
                                        provinceBatch,
                                        ProvinceCommendationWorkflow.PROVINCE_BATCH_SIZE,
                                        (int) toProvince)));
            }
            done.add(completion.complete(task.getId(), user, StageInput.of(item.command()), null));
        }
        return done;
    }

    private static boolean proposesBangKhen(StageCommand command) {
        return command instanceof DecideAwards decide
                && decide.outcome() == DecisionOutcome.DECIDE
                && decide.nominees() != null
                && decide.nominees().stream()
                        .anyMatch(n -> n != null && n.award() == ChairmanAward.PROPOSE_BANG_KHEN_CHU_TICH_TINH);
    }

    /**
     * Completes many tasks of ONE stage with the same outcome, all or nothing (docs/api.md "Bulk completion"):
     * every task goes through {@link TaskCompletionService} with the stage command this outcome means (FORWARD at
     * the Ban Xây dựng Đảng's selection: every nominee still in the running selected; RETURN and REJECT: the
     * comment), so each dossier gets its own history line. Every task is tried, so that the answer names each
     * refused one and why (409 BULK_COMPLETION_REFUSED, errors[] with field taskIds[i]); then, if any was
     * refused, the whole transaction rolls back and nothing is completed.
     *
     * @return the dossier ids, in the order of the tasks
     */
    @Transactional
    public List<UUID> completeTasks(CurrentUser user, List<TaskCompletion> items, BulkOutcome outcome, String comment) {
        List<UUID> done = new ArrayList<>();
        List<FieldViolation> refused = new ArrayList<>();
        Stage first = null;
        for (int i = 0; i < items.size(); i++) {
            TaskCompletion item = items.get(i);
            String label = "Công việc " + item.taskId();
            try {
                OnBehalfOf onBehalfOf;
                try {
                    onBehalfOf = item.check().get();
                } catch (DomainException e) {
                    // the caller may know this task (claimed by someone else, completed): name its dossier
                    if (e.code() != ErrorCode.TASK_NOT_FOUND) {
                        label = dossierLabel(item.taskId()).orElse(label);
                    }
                    throw e;
                }
                Task task = EngineAccess.asSystem(
                        identity,
                        () -> tasks.createTaskQuery().taskId(item.taskId()).singleResult());
                if (task == null) {
                    throw new DomainException(ErrorCode.TASK_ALREADY_COMPLETED);
                }
                UUID dossierId = UUID.fromString(EngineAccess.asSystem(identity, () ->
                        (String) tasks.getVariable(task.getId(), CommendationProposalVariables.DOSSIER_ID)));
                label = dossiers.find(dossierId)
                        .map(d -> "Hồ sơ \"" + d.title() + "\"")
                        .orElse(label);
                Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                        .orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
                if (first == null) {
                    first = stage;
                } else if (stage != first) {
                    throw DomainException.invalid(
                            "taskIds", "STAGE_MISMATCH", "Công việc ở bước khác; chỉ xử lý cùng lúc một bước.");
                }
                if (!BULK_STAGES.contains(stage)
                        || (outcome == BulkOutcome.FORWARD && stage != Stage.PARTY_BUILDING_SELECTION)) {
                    throw DomainException.invalid(
                            "outcome",
                            "NOT_SUPPORTED_AT_STAGE",
                            "Bước này không xử lý hàng loạt với kết quả này; hãy mở từng hồ sơ.");
                }
                done.add(completion.complete(
                        task.getId(),
                        user,
                        StageInput.of(bulkCommand(stage, dossierId, outcome, comment)),
                        onBehalfOf));
            } catch (DomainException e) {
                refused.add(new FieldViolation("taskIds[" + i + "]", e.code().name(), label + ": " + reason(e)));
            }
        }
        if (!refused.isEmpty()) {
            throw new DomainException(
                    ErrorCode.BULK_COMPLETION_REFUSED, ErrorCode.BULK_COMPLETION_REFUSED.message(), refused);
        }
        return done;
    }

    private StageCommand bulkCommand(Stage stage, UUID dossierId, BulkOutcome outcome, String comment) {
        ReviewOutcome reviewOutcome = ReviewOutcome.valueOf(outcome.name());
        if (stage == Stage.CULTURE_SOCIAL_APPRAISAL) {
            return new AppraiseDossier(reviewOutcome, comment, null);
        }
        List<SelectNominees.Nominee> rows = outcome != BulkOutcome.FORWARD
                ? null
                : nominees.findByDossier(dossierId).stream()
                        .filter(Nominee::isInRunning)
                        .map(n -> new SelectNominees.Nominee(n.id(), true))
                        .toList();
        return new SelectNominees(reviewOutcome, comment, rows);
    }

    /** "Hồ sơ "<title>"" of an open or finished task, from the engine's history (the business key is the dossier). */
    private Optional<String> dossierLabel(String taskId) {
        return EngineAccess.asSystem(identity, () -> {
            HistoricTaskInstance task =
                    history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (task == null) {
                return Optional.<String>empty();
            }
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            return Optional.ofNullable(instance == null ? null : Ids.uuidOrNull(instance.getBusinessKey()))
                    .flatMap(dossiers::find)
                    .map(d -> "Hồ sơ \"" + d.title() + "\"");
        });
    }

    /** Why one task was refused, with the field messages of a 400. */
    private static String reason(DomainException e) {
        if (e.violations().isEmpty()) {
            return e.getMessage();
        }
        return String.join(
                " ", e.violations().stream().map(FieldViolation::message).toList());
    }

    private Task task(UUID dossierId, Stage stage) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(dossierId.toString())
                .taskDefinitionKey(stage.taskDefinitionKey())
                .active()
                .singleResult();
    }
}
