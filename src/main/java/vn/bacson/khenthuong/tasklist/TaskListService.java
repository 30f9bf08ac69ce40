package vn.bacson.khenthuong.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.EngineCalls;
import vn.bacson.khenthuong.process.BatchCompletionService;
import vn.bacson.khenthuong.process.TaskRaces;
import vn.bacson.khenthuong.steps.OnBehalfOf;

/**
 * The reviewers' task list. A caller sees the stage tasks whose candidate group is one of theirs (role groups, and
 * their unit group for AMENDMENT tasks), whoever holds them, and the tasks assigned to them. Everything else
 * answers 404 as if it did not exist.
 *
 * <p>The list reads the task projection (one SQL page over {@code task_projection}); one task (get, claim,
 * unclaim, the completion check) is asked of the engine ({@link VisibleTasks}), which stays authoritative for it. Our own rules decide
 * visibility here, with explicit queries; the engine knows only the caller's commune ({@link EngineCalls}: its
 * tenant check holds, its per-user authorization checks stay out of the way of these queries).
 */
@Service
public class TaskListService {

    private final TaskService taskService;
    private final IdentityService identity;
    private final VisibleTasks tasks;
    private final TaskListQuery listQuery;
    private final HistoryRepository history;
    private final TaskRaces races;
    private final DelegationService delegations;
    private final UserNames users;
    private final BatchCompletionService batch;
    private final Clock clock;

    public TaskListService(
            TaskService taskService,
            IdentityService identity,
            VisibleTasks tasks,
            TaskListQuery listQuery,
            HistoryRepository history,
            TaskRaces races,
            DelegationService delegations,
            UserNames users,
            BatchCompletionService batch,
            Clock clock) {
        this.taskService = taskService;
        this.identity = identity;
        this.tasks = tasks;
        this.listQuery = listQuery;
        this.history = history;
        this.races = races;
        this.delegations = delegations;
        this.users = users;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * The caller's tasks, sorted by due date (tasks without one last), then by creation, then by id: one count and
     * one page query over the task projection ({@link TaskListQuery}), which the engine's task listeners keep in
     * step with the engine.
     */
    @Transactional(readOnly = true)
    public PageResult<TaskItem> list(CurrentUser user, TaskFilter filter, PageQuery page) {
        Set<String> delegators = delegations.activeDelegators(user.username());
        PageResult<TaskItem> result = listQuery.page(user, delegators, filter, page, clock.instant());
        return new PageResult<>(
                withAssignees(result.items(), delegators), result.page(), result.size(), result.total());
    }

    /**
     * The caller's open review tasks counted per stage (one aggregate query over the task projection, same
     * visibility as {@link #list}): overdue, due before {@code dueSoonUntil}, arrived after {@code since} (null: all
     * count as arrived) and claimed by the caller. Stages without a task are left out; campaignId null = all.
     */
    @Transactional(readOnly = true)
    public List<StageCount> countByStage(CurrentUser user, UUID campaignId, Instant since, Instant dueSoonUntil) {
        return listQuery.countByStage(user, campaignId, since, clock.instant(), dueSoonUntil);
    }

    @Transactional(readOnly = true)
    public TaskItem get(CurrentUser user, String taskId) {
        List<TaskItem> items = List.of(tasks.item(visibleTask(user, taskId), clock.instant()));
        return withAssignees(items, delegations.activeDelegators(user.username()))
                .get(0);
    }

    /** The assignees' full names, and which tasks the caller holds for someone they stand in for. */
    private List<TaskItem> withAssignees(List<TaskItem> items, Set<String> delegators) {
        Map<String, String> names = users.displayNames(
                items.stream().map(TaskItem::assignee).filter(Objects::nonNull).toList());
        return items.stream()
                .map(t -> t.withAssignee(
                        t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee()),
                        t.assignee() != null && delegators.contains(t.assignee())))
                .toList();
    }

    /**
     * Takes a candidate task: the caller becomes its assignee. Claiming one's own task again changes nothing. Of
     * several reviewers claiming at once one wins; the others get 409 ({@link TaskRaces}).
     */
    public TaskItem claim(CurrentUser user, String taskId) {
        return races.guard(taskId, user, TaskRaces.Attempt.CLAIM, () -> {
            Task task = visibleTask(user, taskId);
            if (task.getAssignee() != null) {
                if (task.getAssignee().equals(user.username())) {
                    return get(user, taskId);
                }
                throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
            }
            EngineCalls.inCommune(identity, () -> taskService.claim(taskId, user.username()));
            record(task, user, HistoryAction.CLAIMED);
            return get(user, taskId);
        });
    }

    /** Gives a claimed task back to its candidate group; only its assignee may. */
    @Transactional
    public TaskItem unclaim(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() == null) {
            return get(user, taskId);
        }
        if (!task.getAssignee().equals(user.username())) {
            throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
        }
        try {
            EngineCalls.inCommune(identity, () -> taskService.setAssignee(taskId, null));
        } catch (OptimisticLockingException raced) {
            throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
        }
        record(task, user, HistoryAction.UNCLAIMED);
        return get(user, taskId);
    }

    /**
     * Checks that the caller may complete this task now: it is one of theirs and nobody else holds it, or it is
     * held by someone the caller stands in for today (a delegation). AMENDMENT tasks are completed by
     * resubmitting the dossier, not here.
     *
     * @return for whom the caller completes it, or null when it is their own task
     */
    @Transactional(readOnly = true)
    public OnBehalfOf checkCompletable(CurrentUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        OnBehalfOf onBehalfOf = null;
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            if (!delegations.activeDelegators(user.username()).contains(task.getAssignee())) {
                throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
            }
            onBehalfOf = new OnBehalfOf(task.getAssignee(), users.displayName(task.getAssignee()));
        }
        if (Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey()).orElse(null) == Stage.AMENDMENT) {
            throw DomainException.invalid(
                    "taskId", "AMENDMENT_TASK", "Công việc bổ sung hồ sơ được hoàn thành bằng cách nộp lại hồ sơ.");
        }
        return onBehalfOf;
    }

    /**
     * Completes many tasks of one stage with one outcome, all or nothing, through the batch path
     * ({@link BatchCompletionService#completeTasks}); each task is checked as a single completion is.
     */
    @Transactional
    public BulkCompletion.Completed completeMany(CurrentUser user, BulkCompletion request) {
        List<FieldViolation> violations = new ArrayList<>();
        List<String> ids = request == null || request.taskIds() == null
                ? List.of()
                : request.taskIds().stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (ids.isEmpty()) {
            violations.add(new FieldViolation("taskIds", "REQUIRED", "Chọn ít nhất một công việc."));
        } else if (ids.size() > BulkCompletion.MAX_TASKS) {
            violations.add(new FieldViolation(
                    "taskIds", "SIZE", "Mỗi lần xử lý tối đa " + BulkCompletion.MAX_TASKS + " công việc."));
        }
        BatchCompletionService.BulkOutcome outcome = request == null ? null : request.outcome();
        String comment = request == null || request.comment() == null
                ? null
                : request.comment().strip();
        if (outcome == null) {
            violations.add(new FieldViolation("outcome", "REQUIRED", "Chọn kết quả xử lý."));
        } else if (outcome != BatchCompletionService.BulkOutcome.FORWARD && (comment == null || comment.isEmpty())) {
            violations.add(new FieldViolation(
                    "comment", "REQUIRED", "Cần ghi ý kiến khi trả lại hoặc không chấp thuận hồ sơ."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        List<BatchCompletionService.TaskCompletion> items = ids.stream()
                .map(id -> new BatchCompletionService.TaskCompletion(id, () -> checkCompletable(user, id)))
                .toList();
        List<UUID> dossierIds = batch.completeTasks(user, items, outcome, comment);
        return new BulkCompletion.Completed(dossierIds.size(), dossierIds);
    }

    private Task visibleTask(CurrentUser user, String taskId) {
        return tasks.find(user, taskId);
    }

    private void record(Task task, CurrentUser user, HistoryAction action) {
        UUID dossierId = tasks.dossierOf(task);
        if (dossierId != null) {
            history.add(
                    dossierId,
                    clock.instant(),
                    user.username(),
                    action,
                    Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey()).orElse(null),
                    null);
        }
    }
}
