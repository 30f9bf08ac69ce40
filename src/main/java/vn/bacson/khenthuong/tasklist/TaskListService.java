package vn.bacson.khenthuong.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.process.BatchCompletionService;
import vn.bacson.khenthuong.process.OnBehalfOf;
import vn.bacson.khenthuong.process.TaskRaces;

/**
 * The reviewers' task list. A caller sees the stage tasks whose candidate group is one of theirs (role groups, and
 * their unit group for AMENDMENT tasks), whoever holds them, and the tasks assigned to them. Everything else
 * answers 404 as if it did not exist.
 *
 * <p>The list reads the task projection (one SQL page over {@code task_projection}); one task (get, claim,
 * unclaim, the completion check) is asked of the engine, which stays authoritative for it. Our own rules decide
 * visibility here, with explicit queries; the engine does not know the caller (no
 * IdentityService.setAuthentication), so its authorization checks stay out of the way of these queries.
 */
@Service
public class TaskListService {

    private static final List<String> STAGE_KEYS =
            Arrays.stream(Stage.values()).map(Stage::taskDefinitionKey).toList();

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final DossierSummaries summaries;
    private final TaskListQuery listQuery;
    private final HistoryRepository history;
    private final TaskRaces races;
    private final DelegationService delegations;
    private final UserNames users;
    private final BatchCompletionService batch;
    private final Clock clock;

    public TaskListService(
            TaskService taskService,
            RuntimeService runtimeService,
            HistoryService historyService,
            DossierSummaries summaries,
            TaskListQuery listQuery,
            HistoryRepository history,
            TaskRaces races,
            DelegationService delegations,
            UserNames users,
            BatchCompletionService batch,
            Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.summaries = summaries;
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
        List<TaskItem> items = items(List.of(visibleTask(user, taskId)), clock.instant());
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
            taskService.claim(taskId, user.username());
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
            taskService.setAssignee(taskId, null);
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

    /**
     * The task, if the caller may see it. A task that was completed (or ended with its dossier) answers 409
     * TASK_ALREADY_COMPLETED to those who could see it; anything else unknown or foreign answers 404.
     */
    Task visibleTask(CurrentUser user, String taskId) {
        Task task = visible(taskService.createTaskQuery().taskDefinitionKeyIn(STAGE_KEYS.toArray(String[]::new)), user)
                .taskId(taskId)
                .singleResult();
        if (task != null) {
            return task;
        }
        if (taskService.createTaskQuery().taskId(taskId).count() == 0 && wasVisibleAndIsDone(user, taskId)) {
            throw new DomainException(ErrorCode.TASK_ALREADY_COMPLETED);
        }
        throw new DomainException(ErrorCode.TASK_NOT_FOUND);
    }

    private boolean wasVisibleAndIsDone(CurrentUser user, String taskId) {
        HistoricTaskInstance done = historyService
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .singleResult();
        if (done == null || !STAGE_KEYS.contains(done.getTaskDefinitionKey())) {
            return false;
        }
        if (user.username().equals(done.getAssignee())) {
            return true;
        }
        Set<String> groups = user.candidateGroups();
        return historyService
                .createHistoricIdentityLinkLogQuery()
                .taskId(taskId)
                .type(IdentityLinkType.CANDIDATE)
                .list()
                .stream()
                .map(HistoricIdentityLinkLog::getGroupId)
                .anyMatch(group -> group != null && groups.contains(group));
    }

    private static TaskQuery visible(TaskQuery query, CurrentUser user) {
        Set<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return query.taskAssignee(user.username());
        }
        return query.or()
                .taskCandidateGroupIn(List.copyOf(groups))
                .includeAssignedTasks()
                .taskAssignee(user.username())
                .endOr();
    }

    private List<TaskItem> items(List<Task> tasks, Instant now) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, UUID> dossierOfInstance = dossierIds(tasks);
        Map<UUID, DossierSummaries.Summary> dossiers = summaries.find(new HashSet<>(dossierOfInstance.values()));
        return tasks.stream()
                .map(task -> {
                    UUID dossierId = dossierOfInstance.get(task.getProcessInstanceId());
                    DossierSummaries.Summary dossier = dossierId == null ? null : dossiers.get(dossierId);
                    Instant due =
                            task.getDueDate() == null ? null : task.getDueDate().toInstant();
                    return new TaskItem(
                            task.getId(),
                            Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                                    .orElse(null),
                            task.getName(),
                            dossierId,
                            dossier == null ? null : dossier.title(),
                            dossier == null ? null : new TaskItem.UnitRef(dossier.unitCode(), dossier.unitName()),
                            dossier == null ? null : dossier.campaignCode(),
                            dossier == null ? 0 : dossier.nomineeCount(),
                            task.getCreateTime().toInstant(),
                            due,
                            due != null && due.isBefore(now),
                            task.getAssignee(),
                            null,
                            false);
                })
                .toList();
    }

    /** Process instance id → dossier id (the business key), for a page of tasks in one query. */
    private Map<String, UUID> dossierIds(List<Task> tasks) {
        Set<String> instanceIds = new HashSet<>();
        tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).forEach(instanceIds::add);
        Map<String, UUID> result = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return result;
        }
        for (ProcessInstance instance : runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list()) {
            UUID dossierId = Ids.uuidOrNull(instance.getBusinessKey());
            if (dossierId != null) {
                result.put(instance.getId(), dossierId);
            }
        }
        return result;
    }

    private void record(Task task, CurrentUser user, HistoryAction action) {
        UUID dossierId = dossierIds(List.of(task)).get(task.getProcessInstanceId());
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
