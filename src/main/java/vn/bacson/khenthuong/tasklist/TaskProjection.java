package vn.bacson.khenthuong.tasklist;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Keeps {@code task_projection} in step with the engine's open stage tasks. Registered by
 * {@link TaskProjectionPlugin} as a built-in listener of every stage user task (built-in: it also runs when a
 * process instance is deleted with skipCustomListeners, e.g. from Cockpit), for the events that change what the
 * task list shows: create, assignment (claim, unclaim, setAssignee), update (due date, name, candidate groups,
 * saveTask), complete and delete (withdrawal, interrupting timers, process deletion).
 *
 * <p>It writes with our JdbcClient inside the engine command, which runs in the Spring transaction of the shared
 * DataSource: the row commits or rolls back with the engine's own change. An update or assignment that finds no
 * row inserts it, so a row lost by an earlier fault comes back at the task's next change (and at the next start,
 * see {@link TaskProjectionReconciler}).
 */
@Component
class TaskProjection implements TaskListener {

    /** The task events this listener is registered for. */
    static final List<String> EVENTS =
            List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE, EVENTNAME_COMPLETE, EVENTNAME_DELETE);

    private final JdbcClient jdbc;

    TaskProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
        String event = task.getEventName();
        if (event == null) {
            // Camunda 7.24 sets the event name only when the task's execution is found: a task whose process a
            // concurrent completion ended in the meantime reaches its listeners without one. That command fails at
            // its flush (optimistic lock) and answers 409 (TaskRaces); the winner keeps the projection right.
            return;
        }
        switch (event) {
            case EVENTNAME_CREATE -> insert(task);
            case EVENTNAME_ASSIGNMENT -> assign(task);
            case EVENTNAME_UPDATE -> refresh(task);
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> remove(task.getId());
            default -> {
                // timeout events change nothing the list shows
            }
        }
    }

    private void insert(DelegateTask task) {
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no stage for task " + task.getTaskDefinitionKey()));
        Dossier dossier = dossierOf(task);
        List<String> groups = candidateGroups(task);
        jdbc.sql("insert into task_projection (task_id, process_instance_id, dossier_id, campaign_id, unit_code, "
                        + "stage, task_name, candidate_group, assignee, created, due, commune_code) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, app_commune()))")
                .params(
                        task.getId(),
                        task.getProcessInstanceId(),
                        dossier == null ? null : dossier.id(),
                        dossier == null ? null : dossier.campaignId(),
                        dossier == null ? null : dossier.unitCode(),
                        stage.name(),
                        task.getName(),
                        onlyGroup(groups),
                        task.getAssignee(),
                        timestamp(task.getCreateTime()),
                        timestamp(task.getDueDate()),
                        task.getTenantId())
                .update();
        writeSharedCandidates(task.getId(), groups);
    }

    private void assign(DelegateTask task) {
        int updated = jdbc.sql("update task_projection set assignee = ? where in_commune(commune_code) and task_id = ?")
                .params(task.getAssignee(), task.getId())
                .update();
        if (updated == 0) {
            insert(task);
        }
    }

    private void refresh(DelegateTask task) {
        List<String> groups = candidateGroups(task);
        int updated = jdbc.sql("update task_projection set task_name = ?, candidate_group = ?, assignee = ?, due = ? "
                        + "where in_commune(commune_code) and task_id = ?")
                .params(
                        task.getName(),
                        onlyGroup(groups),
                        task.getAssignee(),
                        timestamp(task.getDueDate()),
                        task.getId())
                .update();
        if (updated == 0) {
            insert(task);
            return;
        }
        jdbc.sql("delete from task_projection_candidate where in_commune(commune_code) and task_id = ?")
                .param(task.getId())
                .update();
        writeSharedCandidates(task.getId(), groups);
    }

    private void remove(String taskId) {
        jdbc.sql("delete from task_projection where in_commune(commune_code) and task_id = ?")
                .param(taskId)
                .update();
    }

    /** A task with several candidate groups keeps them all in task_projection_candidate. */
    private void writeSharedCandidates(String taskId, List<String> groups) {
        if (groups.size() < 2) {
            return;
        }
        for (String group : groups) {
            jdbc.sql("insert into task_projection_candidate (task_id, group_id) values (?, ?)")
                    .params(taskId, group)
                    .update();
        }
    }

    private record Dossier(UUID id, UUID campaignId, String unitCode) {}

    /** The dossier behind the task: the process business key is the dossier id (or a province proposal's). */
    private Dossier dossierOf(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        UUID id = execution == null ? null : Ids.uuidOrNull(execution.getProcessBusinessKey());
        if (id == null) {
            return null;
        }
        // a province review task's business key is its proposal: the list shows the proposal's first dossier
        return jdbc.sql(
                        "select id, campaign_id, unit_code from dossier where in_commune(commune_code) and (id = ? or "
                                + "id = (select dossier_id from province_proposal_dossier where proposal_id = ? and position = 0))")
                .params(id, id)
                .query((rs, n) -> new Dossier(
                        rs.getObject("id", UUID.class),
                        rs.getObject("campaign_id", UUID.class),
                        rs.getString("unit_code")))
                .optional()
                .orElse(null);
    }

    /**
     * The task's candidate groups as they are at this point of the command. The task's own list still holds a link
     * deleted in this command and may miss one added in it (both are flushed only at its end), so the links are
     * read from the command's entity cache, where additions are pending inserts and removals are marked deleted.
     */
    private static List<String> candidateGroups(DelegateTask task) {
        task.getCandidates(); // loads the task's stored links into the entity cache
        DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
        return entities.getCachedEntitiesByType(IdentityLinkEntity.class).stream()
                .filter(link -> task.getId().equals(link.getTaskId()) && !entities.isDeleted(link))
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId)
                .distinct()
                .sorted()
                .toList();
    }

    private static String onlyGroup(List<String> groups) {
        return groups.size() == 1 ? groups.get(0) : null;
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
