package vn.bacson.khenthuong.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * One page of the reviewers' task list from {@code task_projection}: one count and one page query, joined to our
 * dossier, unit and campaign tables for the business columns (so a title edited while the task is open shows as
 * it is now). Same rules as the engine query it replaces: visible are the tasks with one of the caller's
 * candidate groups, whoever holds them, and the tasks assigned to the caller; order by due date (no due date
 * last), then creation, then task id.
 */
@Repository
class TaskListQuery {

    private static final String FROM = " from task_projection p";
    /**
     * The commune filter of every statement here; the statement's own conditions follow with "and". Inside one
     * commune it also says {@code p.commune_code = app_commune()}: the same rows, but an equality the planner can
     * look up in {@code ix_task_projection_commune}, where {@code in_commune}'s "or every commune" is not — without
     * it a commune reviewer's page and count read the open tasks of the whole province (docs/performance.md,
     * figure 8). The code still comes from the session, never from a parameter.
     */
    private static String inCommune() {
        return CommuneContext.isAll()
                ? " where in_commune(p.commune_code)"
                : " where in_commune(p.commune_code) and p.commune_code = app_commune()";
    }

    private static final String BUSINESS_COLUMNS = " left join dossier d on d.id = p.dossier_id"
            + " left join unit u on u.code = d.unit_code and u.commune_code = d.commune_code"
            + " left join campaign c on c.id = d.campaign_id"
            + " left join commune cm on cm.code = p.commune_code";

    private final JdbcClient jdbc;

    TaskListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param delegators whom the caller stands in for today: their claimed tasks count as the caller's own
     */
    PageResult<TaskItem> page(
            CurrentUser user, Set<String> delegators, TaskFilter filter, PageQuery page, Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add(visibleTo(user, delegators, params));
        if (filter.stage() != null) {
            conditions.add("p.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.campaignId() != null) {
            conditions.add("p.campaign_id = :campaignId");
            params.put("campaignId", filter.campaignId());
        }
        if (filter.unitCode() != null) {
            // the unit's code ("thon-1") or its name as people write it ("Thôn 1", any case)
            conditions.add(
                    "(p.unit_code = :unitCode or p.unit_code in "
                            + "(select un.code from unit un where in_commune(un.commune_code) and lower(un.name) = lower(:unitCode)))");
            params.put("unitCode", filter.unitCode());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            conditions.add("p.due < :now");
            params.put("now", Timestamp.from(now));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            conditions.add("(p.due is null or p.due >= :now)");
            params.put("now", Timestamp.from(now));
        }
        if (filter.mineOnly()) {
            conditions.add(
                    delegators.isEmpty() ? "p.assignee = :me" : "(p.assignee = :me or p.assignee in (:delegators))");
        }
        String where = inCommune() + " and " + String.join(" and ", conditions);

        long total = jdbc.sql("select count(*)" + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        if (page.offset() >= total) {
            return page.result(List.of(), total);
        }
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<TaskItem> items = jdbc.sql("select p.task_id, p.stage, p.task_name, p.dossier_id, p.created, p.due, "
                        + "p.assignee, d.id as found_dossier, d.title, d.unit_code, u.name as unit_name, "
                        + "c.code as campaign_code, p.commune_code, cm.name as commune_name, "
                        + "(select count(*) from nominee n where in_commune(n.commune_code) and n.dossier_id = p.dossier_id) as nominee_count"
                        + FROM + BUSINESS_COLUMNS + where
                        + " order by p.due asc nulls last, p.created asc, p.task_id asc limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> item(rs, now))
                .list();
        return page.result(items, total);
    }

    /**
     * The caller's open review tasks (AMENDMENT left out) counted per stage, in one statement: overdue (due before
     * {@code now}), due soon (not overdue, due before {@code dueSoonUntil}), arrived after {@code since} (all of them
     * when null) and claimed by the caller. Same visibility as {@link #page}; {@code campaignId} null = every campaign.
     */
    List<StageCount> countByStage(CurrentUser user, UUID campaignId, Instant since, Instant now, Instant dueSoonUntil) {
        Map<String, Object> params = new HashMap<>();
        String where = inCommune() + " and p.stage <> 'AMENDMENT' and " + visibleTo(user, Set.of(), params);
        if (campaignId != null) {
            where += " and p.campaign_id = :campaignId";
            params.put("campaignId", campaignId);
        }
        params.put("now", Timestamp.from(now));
        params.put("soon", Timestamp.from(dueSoonUntil));
        params.put("since", Timestamp.from(since == null ? Instant.EPOCH : since));
        return jdbc
                .sql("select p.stage, count(*) as total, "
                        + "sum(case when p.due < :now then 1 else 0 end) as overdue, "
                        + "sum(case when p.due >= :now and p.due < :soon then 1 else 0 end) as due_soon, "
                        + "sum(case when p.created > :since then 1 else 0 end) as arrived, "
                        + "sum(case when p.assignee = :me then 1 else 0 end) as mine"
                        + FROM + where + " group by p.stage")
                .params(params)
                .query((rs, row) -> new StageCount(
                        Stage.valueOf(rs.getString("stage")),
                        rs.getLong("total"),
                        rs.getLong("overdue"),
                        rs.getLong("due_soon"),
                        rs.getLong("arrived"),
                        rs.getLong("mine")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(StageCount::stage))
                .toList();
    }

    /**
     * Who sees a task: its candidate group is one of the caller's (also when it has several), or the caller holds
     * it. Adds the parameters it names ({@code me}, {@code groups}) to {@code params}.
     */
    /**
     * The caller's tasks: of their groups, claimed by them, or claimed by someone they stand in for today
     * ({@code delegators}).
     */
    private static String visibleTo(CurrentUser user, Set<String> delegators, Map<String, Object> params) {
        params.put("me", user.username());
        String mine = "p.assignee = :me";
        if (!delegators.isEmpty()) {
            params.put("delegators", List.copyOf(delegators));
            mine = "(p.assignee = :me or p.assignee in (:delegators))";
        }
        Set<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return mine;
        }
        params.put("groups", List.copyOf(groups));
        return "(p.candidate_group in (:groups) or " + mine + " or p.task_id in "
                + "(select x.task_id from task_projection_candidate x where in_commune(x.commune_code) and x.group_id in (:groups)))";
    }

    private static TaskItem item(ResultSet rs, Instant now) throws SQLException {
        boolean dossier = rs.getObject("found_dossier") != null;
        Instant due = instant(rs.getTimestamp("due"));
        return new TaskItem(
                rs.getString("task_id"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("task_name"),
                rs.getObject("dossier_id", UUID.class),
                dossier ? rs.getString("title") : null,
                dossier ? new TaskItem.UnitRef(rs.getString("unit_code"), rs.getString("unit_name")) : null,
                dossier ? rs.getString("campaign_code") : null,
                dossier ? rs.getInt("nominee_count") : 0,
                instant(rs.getTimestamp("created")),
                due,
                due != null && due.isBefore(now),
                rs.getString("assignee"),
                null,
                false,
                rs.getString("commune_code") == null
                        ? null
                        : new TaskItem.CommuneRef(rs.getString("commune_code"), rs.getString("commune_name")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
