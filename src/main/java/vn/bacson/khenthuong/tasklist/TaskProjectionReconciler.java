package vn.bacson.khenthuong.tasklist;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Brings {@code task_projection} back in line with the engine's open stage tasks (ACT_RU_TASK), in a few
 * set-based statements in one transaction: removes rows whose task is gone, inserts the missing ones (after the
 * upgrade that introduced the projection, after restoring a backup of the engine tables alone, after any fault),
 * and corrects assignee, due date, name and candidate groups that drifted. Runs at every start
 * ({@link TaskProjectionPlugin}); a second run finds nothing to do.
 *
 * <p>Engine table names come from {@link ManagementService#getTableName}, so a configured table prefix holds. The
 * statements run unchanged on PostgreSQL and H2.
 */
@Component
class TaskProjectionReconciler {

    /** What one run changed. */
    record Fixed(int removed, int inserted, int corrected, int candidateGroups) {

        int total() {
            return removed + inserted + corrected + candidateGroups;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TaskProjectionReconciler.class);

    private static final String STAGE_KEYS = Arrays.stream(Stage.values())
            .map(s -> "'" + s.taskDefinitionKey() + "'")
            .collect(Collectors.joining(", "));
    private static final String CANDIDATE = "'" + IdentityLinkType.CANDIDATE + "'";
    /** Task ids per UPDATE of drifted rows. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    TaskProjectionReconciler(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** At start-up: reconciles and logs the counts; a failure is logged, not fatal (the listeners keep working). */
    void reconcileAtStart(ManagementService management) {
        try {
            Fixed fixed = reconcile(management);
            if (fixed.total() == 0) {
                log.info("Task projection matches the engine's open stage tasks");
            } else {
                log.warn(
                        "Task projection reconciled with the engine: {} rows removed, {} inserted, {} corrected "
                                + "(assignee, due date, name), {} candidate groups fixed",
                        fixed.removed(),
                        fixed.inserted(),
                        fixed.corrected(),
                        fixed.candidateGroups());
            }
        } catch (RuntimeException e) {
            log.error("Task projection could not be reconciled at start-up; the task list may miss tasks", e);
        }
    }

    /** Compares the projection of every commune with the engine: runs in {@link CommuneContext#ALL}. */
    Fixed reconcile(ManagementService management) {
        return CommuneContext.call(CommuneContext.ALL, () -> reconcileAll(management));
    }

    private Fixed reconcileAll(ManagementService management) {
        String tasks = management.getTableName(TaskEntity.class);
        String executions = management.getTableName(ExecutionEntity.class);
        String links = management.getTableName(IdentityLinkEntity.class);
        return transaction.execute(status -> {
            int removed = jdbc.sql(
                            "delete from task_projection where in_commune(commune_code) and not exists (select 1 from "
                                    + tasks + " t "
                                    + "where t.ID_ = task_projection.task_id and t.PROC_INST_ID_ = task_projection.process_instance_id "
                                    + "and t.TASK_DEF_KEY_ = " + keyOfStage("task_projection.stage") + ")")
                    .update();
            int inserted = jdbc.sql(
                            "insert into task_projection (task_id, process_instance_id, dossier_id, "
                                    + "campaign_id, unit_code, stage, task_name, candidate_group, assignee, created, due, "
                                    + "commune_code) select t.ID_, t.PROC_INST_ID_, d.id, d.campaign_id, d.unit_code, "
                                    + stageOfKey("t.TASK_DEF_KEY_") + ", t.NAME_, " + onlyGroup(links, "t.ID_") + ", "
                                    + "t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, coalesce(d.commune_code, t.TENANT_ID_) "
                                    + "from " + tasks + " t "
                                    + "join " + executions + " e on e.ID_ = t.PROC_INST_ID_ "
                                    + "left join dossier d on cast(d.id as varchar(36)) = e.BUSINESS_KEY_ and in_commune(d.commune_code) "
                                    + "where t.TASK_DEF_KEY_ in (" + STAGE_KEYS + ") "
                                    + "and not exists (select 1 from task_projection p where in_commune(p.commune_code) and p.task_id = t.ID_)")
                    .update();
            // drift is found by one join each; only the drifted rows are then rewritten (an UPDATE with correlated
            // subqueries over every row would be planned for all of them, and PostgreSQL would JIT-compile it)
            List<String> drifted = jdbc.sql("select p.task_id from task_projection p join " + tasks + " t "
                            + "on t.ID_ = p.task_id where in_commune(p.commune_code) and (t.NAME_ is distinct from p.task_name "
                            + "or t.ASSIGNEE_ is distinct from p.assignee or t.DUE_DATE_ is distinct from p.due)")
                    .query(String.class)
                    .list();
            int corrected = updateByChunks(
                    "update task_projection set "
                            + "task_name = (select t.NAME_ from " + tasks
                            + " t where t.ID_ = task_projection.task_id), "
                            + "assignee = (select t.ASSIGNEE_ from " + tasks
                            + " t where t.ID_ = task_projection.task_id), "
                            + "due = (select t.DUE_DATE_ from " + tasks + " t where t.ID_ = task_projection.task_id) "
                            + "where in_commune(commune_code) and task_id in (:ids)",
                    drifted);
            List<String> regrouped = jdbc.sql("select p.task_id from task_projection p left join ("
                            + "select l.TASK_ID_ as task_id, " + onlyGroupOf("l") + " as only_group from " + links
                            + " l where l.TYPE_ = " + CANDIDATE + " and l.GROUP_ID_ is not null group by l.TASK_ID_) g "
                            + "on g.task_id = p.task_id where in_commune(p.commune_code) "
                            + "and g.only_group is distinct from p.candidate_group")
                    .query(String.class)
                    .list();
            int groups = updateByChunks(
                    "update task_projection set candidate_group = " + onlyGroup(links, "task_projection.task_id")
                            + " where in_commune(commune_code) and task_id in (:ids)",
                    regrouped);
            // tasks with several candidate groups: every one of them, and nothing for the others
            groups += jdbc.sql(
                            "delete from task_projection_candidate where in_commune(commune_code) and exists (select 1 from task_projection p "
                                    + "where in_commune(p.commune_code) and p.task_id = task_projection_candidate.task_id and p.candidate_group is not null) "
                                    + "or not exists (select 1 from " + links + " l "
                                    + "where l.TASK_ID_ = task_projection_candidate.task_id "
                                    + "and l.GROUP_ID_ = task_projection_candidate.group_id and l.TYPE_ = " + CANDIDATE
                                    + ")")
                    .update();
            groups += jdbc.sql(
                            "insert into task_projection_candidate (task_id, group_id, commune_code) "
                                    + "select distinct l.TASK_ID_, l.GROUP_ID_, p.commune_code from " + links + " l "
                                    + "join task_projection p on p.task_id = l.TASK_ID_ and in_commune(p.commune_code) "
                                    + "where l.TYPE_ = " + CANDIDATE
                                    + " and l.GROUP_ID_ is not null and p.candidate_group is null "
                                    + "and not exists (select 1 from task_projection_candidate c "
                                    + "where in_commune(c.commune_code) and c.task_id = l.TASK_ID_ and c.group_id = l.GROUP_ID_)")
                    .update();
            return new Fixed(removed, inserted, corrected, groups);
        });
    }

    private int updateByChunks(String sql, List<String> taskIds) {
        int updated = 0;
        for (int from = 0; from < taskIds.size(); from += CHUNK) {
            updated += jdbc.sql(sql)
                    .param("ids", taskIds.subList(from, Math.min(taskIds.size(), from + CHUNK)))
                    .update();
        }
        return updated;
    }

    /** The task's candidate group when it has exactly one, as a scalar subquery. */
    private static String onlyGroup(String links, String taskId) {
        return "(select " + onlyGroupOf("l") + " from " + links + " l where l.TASK_ID_ = " + taskId + " and l.TYPE_ = "
                + CANDIDATE + " and l.GROUP_ID_ is not null)";
    }

    /** Over a task's candidate links: the group when they all name the same one, else null. */
    private static String onlyGroupOf(String alias) {
        return "case when min(" + alias + ".GROUP_ID_) = max(" + alias + ".GROUP_ID_) then max(" + alias
                + ".GROUP_ID_) end";
    }

    private static String stageOfKey(String key) {
        return cases(
                key,
                Arrays.stream(Stage.values())
                        .map(s -> List.of(s.taskDefinitionKey(), s.name()))
                        .toList());
    }

    private static String keyOfStage(String stage) {
        return cases(
                stage,
                Arrays.stream(Stage.values())
                        .map(s -> List.of(s.name(), s.taskDefinitionKey()))
                        .toList());
    }

    private static String cases(String column, List<List<String>> pairs) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (List<String> pair : pairs) {
            sql.append(" when '")
                    .append(pair.get(0))
                    .append("' then '")
                    .append(pair.get(1))
                    .append("'");
        }
        return sql.append(" end").toString();
    }
}
