package vn.bacson.khenthuong.tasklist;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The engine's task numbers of one campaign, for the monitoring dashboard: open and overdue tasks per stage and
 * assignee, and how long completed tasks took per stage.
 *
 * <p>Open tasks come from the task projection ({@code task_projection}, one row per open stage task with its
 * campaign). The Java query API of the engine counts but does not group, so the durations are an aggregate SQL
 * statement over the engine's history tables (read only), joined to our dossier table by the process business key
 * (the dossier id). Table names come from {@link ManagementService#getTableName}, so a configured table prefix holds.
 * The statements run unchanged on PostgreSQL and H2 and use the engine's own indexes (business key, process
 * instance id) and ours (dossier campaign_id).
 */
@Component
public class TaskStatistics {

    /** Open tasks of one stage held by one assignee (null: nobody has claimed them yet). */
    public record OpenTasks(Stage stage, String assignee, String assigneeName, long open, long overdue) {}

    /**
     * How long the completed tasks of one stage took, start to completion: median and 90th percentile in hours;
     * late = completed after their due date.
     */
    public record StageDuration(Stage stage, long completed, Double medianHours, Double p90Hours, long late) {}

    private static final double MILLIS_PER_HOUR = 3_600_000d;

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final UserNames users;

    TaskStatistics(JdbcClient jdbc, ManagementService management, UserNames users) {
        this.jdbc = jdbc;
        this.management = management;
        this.users = users;
    }

    /**
     * Open stage tasks of the campaign's dossiers, per stage and assignee; overdue = due before {@code now}. Read
     * from the task projection (V8), which the task listeners keep in step with the engine's open tasks.
     */
    @Transactional(readOnly = true)
    public List<OpenTasks> openTasks(UUID campaignId, Instant now) {
        String sql = "select p.stage as stage, p.assignee as assignee, count(*) as open_count, "
                + "sum(case when p.due < ? then 1 else 0 end) as overdue_count "
                + "from task_projection p where in_commune(p.commune_code) and p.campaign_id = ? "
                + "group by p.stage, p.assignee";
        List<Row> rows = jdbc.sql(sql)
                .params(Timestamp.from(now), campaignId)
                .query((rs, n) -> new Row(
                        Stage.valueOf(rs.getString("stage")),
                        rs.getString("assignee"),
                        rs.getLong("open_count"),
                        rs.getLong("overdue_count")))
                .list();
        Map<String, String> names = users.displayNames(
                rows.stream().map(Row::assignee).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(r -> new OpenTasks(
                        r.stage(),
                        r.assignee(),
                        r.assignee() == null ? null : names.getOrDefault(r.assignee(), r.assignee()),
                        r.open(),
                        r.overdue()))
                .toList();
    }

    /**
     * Durations of the completed tasks of the campaign's dossiers, per stage, from the engine's history (tasks
     * ended by a withdrawal or a timer are not "completed" and are left out).
     */
    @Transactional(readOnly = true)
    public List<StageDuration> stageDurations(UUID campaignId) {
        String sql = "select h.TASK_DEF_KEY_ as task_key, count(*) as completed, "
                + "percentile_cont(0.5) within group (order by cast(h.DURATION_ as double precision)) as median_ms, "
                + "percentile_cont(0.9) within group (order by cast(h.DURATION_ as double precision)) as p90_ms, "
                + "sum(case when h.DUE_DATE_ is not null and h.END_TIME_ > h.DUE_DATE_ then 1 else 0 end) as late "
                + "from " + table(HistoricTaskInstanceEntity.class) + " h "
                + "join " + table(HistoricProcessInstanceEntity.class) + " p on p.PROC_INST_ID_ = h.PROC_INST_ID_ "
                + "join dossier d on cast(d.id as varchar(36)) = p.BUSINESS_KEY_ "
                + "where in_commune(d.commune_code) and d.campaign_id = ? and h.END_TIME_ is not null and h.DELETE_REASON_ = 'completed' "
                + "group by h.TASK_DEF_KEY_";
        return jdbc
                .sql(sql)
                .param(campaignId)
                .query((rs, n) -> {
                    Optional<Stage> stage = Stage.ofTaskDefinitionKey(rs.getString("task_key"));
                    double median = rs.getDouble("median_ms");
                    Double medianHours = rs.wasNull() ? null : round(median / MILLIS_PER_HOUR);
                    double p90 = rs.getDouble("p90_ms");
                    Double p90Hours = rs.wasNull() ? null : round(p90 / MILLIS_PER_HOUR);
                    long completed = rs.getLong("completed");
                    long late = rs.getLong("late");
                    return stage.map(s -> new StageDuration(s, completed, medianHours, p90Hours, late))
                            .orElse(null);
                })
                .list()
                .stream()
                .filter(Objects::nonNull)
                .toList();
    }

    /** Open tasks of one campaign: how many, how many overdue. */
    public record CampaignTasks(UUID campaignId, long open, long overdue) {}

    /**
     * The open tasks of one stage in one campaign, whoever may work them: how many, how many overdue, the earliest
     * due date and the oldest arrival (e.g. the dossiers waiting for the council's next session).
     */
    public record StageQueue(UUID campaignId, long open, long overdue, Instant firstDue, Instant oldest) {}

    /** Open and overdue stage tasks (AMENDMENT included) of each of these campaigns, in one grouped query. */
    @Transactional(readOnly = true)
    public Map<UUID, CampaignTasks> openTasksByCampaign(Collection<UUID> campaignIds, Instant now) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CampaignTasks> result = new HashMap<>();
        jdbc.sql(
                        "select p.campaign_id, count(*) as open_count, "
                                + "sum(case when p.due < :now then 1 else 0 end) as overdue_count "
                                + "from task_projection p where in_commune(p.commune_code) and p.campaign_id in (:ids) group by p.campaign_id")
                .param("now", Timestamp.from(now))
                .param("ids", List.copyOf(campaignIds))
                .query((rs, n) -> new CampaignTasks(
                        rs.getObject("campaign_id", UUID.class), rs.getLong("open_count"), rs.getLong("overdue_count")))
                .list()
                .forEach(t -> result.put(t.campaignId(), t));
        return result;
    }

    /**
     * The campaigns with open tasks at this stage (all of them, or only {@code campaignId}), earliest due first, at
     * most {@code limit}: one grouped query over the task projection.
     */
    @Transactional(readOnly = true)
    public List<StageQueue> queues(Stage stage, UUID campaignId, Instant now, int limit) {
        String sql = "select p.campaign_id, count(*) as open_count, "
                + "sum(case when p.due < :now then 1 else 0 end) as overdue_count, "
                + "min(p.due) as first_due, min(p.created) as oldest "
                + "from task_projection p where in_commune(p.commune_code) and p.stage = :stage and p.campaign_id is not null"
                + (campaignId == null ? "" : " and p.campaign_id = :campaignId")
                + " group by p.campaign_id order by min(p.due) asc nulls last, min(p.created) asc limit :limit";
        var statement = jdbc.sql(sql)
                .param("now", Timestamp.from(now))
                .param("stage", stage.name())
                .param("limit", limit);
        if (campaignId != null) {
            statement = statement.param("campaignId", campaignId);
        }
        return statement
                .query((rs, n) -> new StageQueue(
                        rs.getObject("campaign_id", UUID.class),
                        rs.getLong("open_count"),
                        rs.getLong("overdue_count"),
                        instant(rs.getTimestamp("first_due")),
                        instant(rs.getTimestamp("oldest"))))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(Stage stage, String assignee, long open, long overdue) {}

    private String table(Class<?> entity) {
        return management.getTableName(entity);
    }

    private static double round(double hours) {
        return Math.round(hours * 10d) / 10d;
    }
}
