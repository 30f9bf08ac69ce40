package vn.bacson.khenthuong.tasklist;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.Communes;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.EngineCalls;

/**
 * One stage task as the engine knows it, if the caller may see it (a candidate group of theirs, or assigned to
 * them), and as the task list shows it: with its dossier (the process's business key), title, unit and campaign.
 */
@Component
class VisibleTasks {

    private static final List<String> STAGE_KEYS =
            Arrays.stream(Stage.values()).map(Stage::taskDefinitionKey).toList();

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identity;
    private final DossierSummaries summaries;
    private final Communes communes;

    VisibleTasks(
            TaskService taskService,
            RuntimeService runtimeService,
            HistoryService historyService,
            IdentityService identity,
            DossierSummaries summaries,
            Communes communes) {
        this.identity = identity;
        this.communes = communes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.summaries = summaries;
    }

    /**
     * The task, if the caller may see it. A task that was completed (or ended with its dossier) answers 409
     * TASK_ALREADY_COMPLETED to those who could see it; anything else unknown or foreign answers 404.
     */
    Task find(CurrentUser user, String taskId) {
        return EngineCalls.inCommune(identity, () -> findInCommune(user, taskId));
    }

    private Task findInCommune(CurrentUser user, String taskId) {
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

    /** The task as the list shows it, without its assignee's name (the caller adds it). */
    TaskItem item(Task task, Instant now) {
        UUID dossierId = dossierOf(task);
        DossierSummaries.Summary dossier = dossierId == null
                ? null
                : summaries.find(new HashSet<>(List.of(dossierId))).get(dossierId);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskItem(
                task.getId(),
                Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey()).orElse(null),
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
                false,
                task.getTenantId() == null
                        ? null
                        : new TaskItem.CommuneRef(
                                task.getTenantId(),
                                communes.find(task.getTenantId())
                                        .map(Commune::name)
                                        .orElse(task.getTenantId())));
    }

    /** The dossier of the task's process (its business key); null for none. */
    UUID dossierOf(Task task) {
        return EngineCalls.inCommune(identity, () -> dossierIds(List.of(task)).get(task.getProcessInstanceId()));
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
}
