package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The task projection on PostgreSQL, over the HTTP API: at every step of a dossier's way, for every demo user
 * and every filter, GET /api/tasks lists exactly what the engine's own task query says (same tasks, same order,
 * same total, same assignee), whether the change came through our API, engine-rest (Camunda Tasklist), a timer
 * or a withdrawal; a rolled-back engine command leaves the projection as it was; the start-up reconciler restores
 * rows lost or corrupted behind the listeners' back.
 */
class TaskProjectionIT extends PostgresIT {

    private static final List<String> USERS =
            List.of("bxdd", "vhxh", "hoidong", "chutich", "truongphong", "thon1", "thon2", "pkt", "admin");
    private static final List<String> STAGE_KEYS = java.util.Arrays.stream(Stage.values())
            .map(Stage::taskDefinitionKey)
            .toList();

    @Autowired
    private TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private TaskProjectionReconciler reconciler;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private JdbcClient jdbc;

    private String campaignId;

    @BeforeEach
    void campaign() {
        campaignId = createOpenCampaign();
    }

    @Test
    void theListIsWhatTheEngineSaysAtEveryStepOfTheWay() {
        JsonNode first = inReview("thon1", "Hồ sơ thứ nhất", 2);
        JsonNode second = inReview("thon1", "Hồ sơ thứ hai", 1);
        JsonNode third = inReview("thon2", "Hồ sơ thứ ba", 1);
        JsonNode incomplete = DossierFixture.draft(api("thon2"), campaignId, "Hồ sơ thiếu", name());
        assertThat(api("thon2")
                        .post("/api/dossiers/{id}/submit", null, id(incomplete))
                        .str("status"))
                .isEqualTo("AMENDMENT_REQUESTED");
        assertSameAsEngine();

        // claim and unclaim through our API
        String selection = taskOf("bxdd", first, Stage.PARTY_BUILDING_SELECTION);
        assertThat(api("bxdd").post("/api/tasks/{id}/claim", null, selection).str("assignee"))
                .isEqualTo("bxdd");
        assertThat(item("bxdd", selection).get("assignee").asText()).isEqualTo("bxdd");
        assertSameAsEngine();
        assertThat(api("bxdd").post("/api/tasks/{id}/unclaim", null, selection).status())
                .isEqualTo(200);
        assertThat(item("bxdd", selection).get("assignee").isNull()).isTrue();
        assertSameAsEngine();

        // claim, reassign and unclaim through engine-rest, as Camunda Tasklist does
        engineRest("/engine-rest/task/{id}/claim", Map.of("userId", "bxdd"), selection);
        assertThat(item("bxdd", selection).get("assignee").asText()).isEqualTo("bxdd");
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("userId", null);
        engineRest("/engine-rest/task/{id}/assignee", Map.of("userId", "it-khac"), selection);
        assertThat(item("bxdd", selection).get("assignee").asText()).isEqualTo("it-khac");
        assertSameAsEngine();
        engineRest("/engine-rest/task/{id}/assignee", nobody, selection);
        assertThat(item("bxdd", selection).get("assignee").isNull()).isTrue();
        engineRest("/engine-rest/task/{id}/claim", Map.of("userId", "bxdd"), selection);
        engineRest("/engine-rest/task/{id}/unclaim", null, selection);
        assertThat(item("bxdd", selection).get("assignee").isNull()).isTrue();
        assertSameAsEngine();

        // due date changed in Tasklist
        Instant newDue = EngineTestSupport.now().plus(Duration.ofDays(40));
        ApiResponse updated = api("admin")
                .put(
                        "/engine-rest/task/{id}/",
                        // Tasklist sends the whole task back, its tenant (the commune) included
                        Map.of("name", "Lựa chọn (gia hạn)", "due", restDate(newDue), "tenantId", DEFAULT_COMMUNE),
                        selection);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(204);
        JsonNode changed = item("bxdd", selection);
        assertThat(Instant.parse(changed.get("due").asText())).isEqualTo(newDue);
        assertThat(changed.get("name").asText()).isEqualTo("Lựa chọn (gia hạn)");
        assertSameAsEngine();

        // the whole path for the first dossier: each stage's task appears, is completed and is gone
        complete("bxdd", first, Stage.PARTY_BUILDING_SELECTION, selectAll(first));
        assertThat(tasksOf("bxdd", first)).isEmpty();
        assertSameAsEngine();
        complete("vhxh", first, Stage.CULTURE_SOCIAL_APPRAISAL, appraiseAll(first));
        assertSameAsEngine();
        complete("hoidong", first, Stage.COUNCIL_REVIEW, councilAll(first));
        assertSameAsEngine();
        complete("chutich", first, Stage.CHAIRMAN_DECISION, decideAll(first));
        engine().runDueJobs(id(first));
        assertThat(api("thon1").get("/api/dossiers/{id}", id(first)).str("status"))
                .isEqualTo("DECIDED");
        for (String user : USERS) {
            assertThat(tasksOf(user, first)).as(user).isEmpty();
        }
        assertSameAsEngine();

        // a returned dossier becomes the unit's amendment task
        Map<String, Object> giveBack = new LinkedHashMap<>(selectAll(third));
        giveBack.put("outcome", "RETURN");
        giveBack.put("comment", "Bổ sung biên bản họp");
        complete("bxdd", third, Stage.PARTY_BUILDING_SELECTION, giveBack);
        assertThat(tasksOf("thon2", third))
                .extracting(t -> t.get("stage").asText())
                .containsExactly("AMENDMENT");
        assertThat(tasksOf("thon1", third)).isEmpty();
        assertSameAsEngine();

        assertThat(tasksOf("bxdd", second)).hasSize(1);
    }

    @Test
    void overdueFollowsTheClockAsInTheEngine() {
        JsonNode dossier = inReview("thon1", "Hồ sơ quá hạn", 1);
        String task = taskOf("bxdd", dossier, Stage.PARTY_BUILDING_SELECTION);
        Instant due = Instant.parse(item("bxdd", task).get("due").asText());
        assertThat(overdueIds("bxdd", true)).doesNotContain(task);
        assertThat(overdueIds("bxdd", false)).contains(task);

        EngineTestSupport.setNow(due.plus(Duration.ofMinutes(1)));
        engine().runDueJobs(id(dossier)); // the non-interrupting escalation: the task stays

        assertThat(overdueIds("bxdd", true)).contains(task);
        assertThat(overdueIds("bxdd", false)).doesNotContain(task);
        assertThat(item("bxdd", task).get("overdue").asBoolean()).isTrue();
        assertSameAsEngine();
    }

    @Test
    void withdrawalAndAnExpiredAmendmentTakeTheTasksAway() {
        JsonNode withdrawn = inReview("thon1", "Hồ sơ rút lại", 1);
        JsonNode kept = inReview("thon1", "Hồ sơ còn lại", 1);
        JsonNode late = DossierFixture.draft(api("thon2"), campaignId, "Hồ sơ không bổ sung", name());
        JsonNode answer =
                api("thon2").post("/api/dossiers/{id}/submit", null, id(late)).json();
        assertThat(answer.get("status").asText()).isEqualTo("AMENDMENT_REQUESTED");
        assertThat(tasksOf("thon2", late)).hasSize(1);

        assertThat(api("thon1")
                        .post("/api/dossiers/{id}/withdraw", null, id(withdrawn))
                        .status())
                .isEqualTo(200);
        engine().runDueJobs(id(withdrawn));
        assertThat(tasksOf("bxdd", withdrawn)).isEmpty();
        assertSameAsEngine();

        Instant amendmentDue =
                OffsetDateTime.parse(answer.get("amendmentDueAt").asText()).toInstant();
        EngineTestSupport.setNow(amendmentDue.plus(Duration.ofMinutes(1)));
        assertThat(engine().runDueJobs(id(late))).isPositive();
        assertThat(api("thon2").get("/api/dossiers/{id}", id(late)).str("status"))
                .isEqualTo("EXPIRED");
        assertThat(tasksOf("thon2", late)).isEmpty();
        assertThat(tasksOf("bxdd", kept)).hasSize(1);
        assertSameAsEngine();
        assertThat(projectionRows(id(withdrawn), id(late))).isZero();
    }

    @Test
    void aRolledBackCommandLeavesTheProjectionAsItWas() {
        JsonNode dossier = inReview("thon1", "Hồ sơ hoàn tác", 1);
        String task = taskOf("bxdd", dossier, Stage.PARTY_BUILDING_SELECTION);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        // the listener writes on the engine's connection, in its transaction: it sees the engine's own change
        tx.executeWithoutResult(status -> {
            taskService.claim(task, "bxdd");
            assertThat(jdbc.sql("select assignee from task_projection where task_id = ?")
                            .param(task)
                            .query(String.class)
                            .single())
                    .isEqualTo("bxdd");
            assertThat(jdbc.sql("select ASSIGNEE_ from " + managementService.getTableName(TaskEntity.class)
                                    + " where ID_ = ?")
                            .param(task)
                            .query(String.class)
                            .single())
                    .isEqualTo("bxdd");
            status.setRollbackOnly();
        });
        assertThat(item("bxdd", task).get("assignee").isNull()).isTrue();

        // a process started and rolled back leaves no row
        JsonNode draft = DossierFixture.draft(api("thon1"), campaignId, "Hồ sơ chưa nộp", name());
        tx.executeWithoutResult(status -> {
            runtimeService
                    .createProcessInstanceByKey("CommendationProposal")
                    .businessKey(id(draft))
                    .setVariables(Map.of(
                            "dossierId",
                            id(draft),
                            "campaignId",
                            campaignId,
                            "unitCode",
                            "thon-1",
                            "partyBuildingStage",
                            true,
                            "submissionNo",
                            1,
                            "dossierComplete",
                            true,
                            "eligibleCount",
                            1))
                    .startBeforeActivity(Stage.CULTURE_SOCIAL_APPRAISAL.taskDefinitionKey())
                    .execute();
            assertThat(projectionRows(id(draft))).isOne();
            status.setRollbackOnly();
        });
        assertThat(projectionRows(id(draft))).isZero();

        // completing in Tasklist with a payload the stage refuses: the delete of the row is rolled back too
        ApiResponse refused = api("admin")
                .post(
                        "/engine-rest/task/{id}/complete",
                        Map.of("variables", Map.of("outcome", Map.of("value", "FORWARD"))),
                        task);
        assertThat(refused.status()).as(refused.toString()).isGreaterThanOrEqualTo(400);
        assertThat(tasksOf("bxdd", dossier))
                .extracting(t -> t.get("id").asText())
                .containsExactly(task);
        assertSameAsEngine();
    }

    @Test
    void theReconcilerRestoresLostWrongAndStrayRows() {
        JsonNode lost = inReview("thon1", "Hồ sơ mất dòng", 1);
        JsonNode wrong = inReview("thon2", "Hồ sơ sai dòng", 1);
        String lostTask = taskOf("bxdd", lost, Stage.PARTY_BUILDING_SELECTION);
        String wrongTask = taskOf("bxdd", wrong, Stage.PARTY_BUILDING_SELECTION);
        assertThat(reconciler.reconcile(managementService).total())
                .as("nothing to do while the listeners keep the projection in step")
                .isZero();
        List<JsonNode> before = tasksOf("bxdd", lost, wrong);

        jdbc.sql("delete from task_projection where task_id = ?")
                .param(lostTask)
                .update();
        jdbc.sql("update task_projection set assignee = 'ai-do', due = ?, task_name = 'sai', "
                        + "candidate_group = 'council' where task_id = ?")
                .params(Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")), wrongTask)
                .update();
        jdbc.sql("insert into task_projection (task_id, process_instance_id, stage, candidate_group, created) "
                        + "values ('it-stray-task', 'it-no-instance', 'COUNCIL_REVIEW', 'council', ?)")
                .param(Timestamp.from(EngineTestSupport.now()))
                .update();
        jdbc.sql("insert into task_projection_candidate (task_id, group_id) values (?, 'chairman')")
                .param(wrongTask)
                .update();
        assertThat(tasksOf("bxdd", lost, wrong)).as("the damage shows").isNotEqualTo(before);

        TaskProjectionReconciler.Fixed fixed = reconciler.reconcile(managementService);

        assertThat(fixed.removed()).isOne();
        assertThat(fixed.inserted()).isOne();
        assertThat(fixed.corrected()).isOne();
        assertThat(fixed.candidateGroups()).isEqualTo(2);
        assertThat(tasksOf("bxdd", lost, wrong)).isEqualTo(before);
        assertThat(tasksOf("hoidong", lost, wrong)).isEmpty();
        assertThat(tasksOf("chutich", lost, wrong)).isEmpty();
        assertThat(jdbc.sql("select count(*) from task_projection where task_id = 'it-stray-task'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertSameAsEngine();
        assertThat(reconciler.reconcile(managementService).total()).isZero();
    }

    // ---- the engine's answer -------------------------------------------------------------------------------

    /**
     * For every demo user, every filter of this campaign and the unfiltered first page: the API's ids (in order),
     * total and assignees equal the engine task query's (candidate group or assignee, stage keys, due date with
     * the undated last, then creation, then id: the query the projection replaced).
     */
    private void assertSameAsEngine() {
        Instant now = EngineTestSupport.now();
        List<Map<String, String>> filters = new ArrayList<>();
        filters.add(Map.of());
        filters.add(Map.of("campaignId", campaignId));
        for (Stage stage : Stage.values()) {
            filters.add(Map.of("campaignId", campaignId, "stage", stage.name()));
        }
        filters.add(Map.of("campaignId", campaignId, "unit", "thon-1"));
        filters.add(Map.of("campaignId", campaignId, "overdue", "true"));
        filters.add(Map.of("campaignId", campaignId, "overdue", "false"));
        filters.add(Map.of("campaignId", campaignId, "assignee", "me"));
        List<String> campaignDossiers = jdbc.sql("select cast(id as varchar(36)) from dossier where campaign_id = ?")
                .param(java.util.UUID.fromString(campaignId))
                .query(String.class)
                .list();
        for (String user : USERS) {
            for (Map<String, String> filter : filters) {
                String query = filter.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("&"));
                ApiResponse answer = api(user).get("/api/tasks?size=200&" + query);
                assertThat(answer.status()).as(user + " " + query).isEqualTo(200);
                List<Task> expected = engineList(user, filter, campaignDossiers, now);
                JsonNode items = answer.json().get("items");
                assertThat(answer.json().get("total").asLong())
                        .as("total for %s ?%s", user, query)
                        .isEqualTo(expected.size());
                List<String> expectedIds = expected.stream()
                        .limit(200)
                        .map(t -> t.getId() + "/" + t.getAssignee())
                        .toList();
                List<String> actualIds = new ArrayList<>();
                for (JsonNode item : items) {
                    actualIds.add(item.get("id").asText() + "/"
                            + (item.get("assignee").isNull()
                                    ? null
                                    : item.get("assignee").asText()));
                }
                assertThat(actualIds).as("%s ?%s", user, query).isEqualTo(expectedIds);
            }
        }
    }

    private List<Task> engineList(String user, Map<String, String> filter, List<String> dossiers, Instant now) {
        Set<String> groups = candidateGroups(user);
        List<Task> result = new ArrayList<>();
        String overdue = filter.get("overdue");
        TaskQuery dated = query(user, groups, filter, dossiers);
        if ("true".equals(overdue)) {
            dated.dueBefore(Date.from(now));
        } else if ("false".equals(overdue)) {
            dated.dueAfter(Date.from(now.minusMillis(1)));
        } else {
            dated.dueAfter(new Date(0));
        }
        result.addAll(dated.orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .list());
        if (!"true".equals(overdue)) {
            result.addAll(query(user, groups, filter, dossiers)
                    .withoutDueDate()
                    .orderByTaskCreateTime()
                    .asc()
                    .orderByTaskId()
                    .asc()
                    .list());
        }
        return result;
    }

    private TaskQuery query(String user, Set<String> groups, Map<String, String> filter, List<String> dossiers) {
        // the API answers in the caller's commune: the engine's list of that tenant
        TaskQuery query = taskService.createTaskQuery().tenantIdIn(DEFAULT_COMMUNE);
        if (groups.isEmpty()) {
            query.taskAssignee(user);
        } else {
            query.or()
                    .taskCandidateGroupIn(List.copyOf(groups))
                    .includeAssignedTasks()
                    .taskAssignee(user)
                    .endOr();
        }
        if (filter.containsKey("stage")) {
            query.taskDefinitionKey(Stage.valueOf(filter.get("stage")).taskDefinitionKey());
        } else {
            query.taskDefinitionKeyIn(STAGE_KEYS.toArray(String[]::new));
        }
        if (filter.containsKey("assignee")) {
            query.taskAssignee(user);
        }
        if (filter.containsKey("campaignId")) {
            List<String> keys = new ArrayList<>(dossiers);
            if (filter.containsKey("unit")) {
                keys = jdbc.sql("select cast(id as varchar(36)) from dossier where campaign_id = ? and unit_code = ?")
                        .params(java.util.UUID.fromString(campaignId), filter.get("unit"))
                        .query(String.class)
                        .list();
            }
            keys.add("no-dossier"); // an empty key list would not restrict the query
            query.processInstanceBusinessKeyIn(keys.toArray(String[]::new));
        }
        return query;
    }

    /** The candidate groups the application gives the user: role groups and the unit group. */
    private Set<String> candidateGroups(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream()
                .filter(g -> Roles.ROLE_GROUP_TYPE.equals(g.getType())
                        || Roles.UNIT_GROUP_TYPE.equals(g.getType())
                        || Roles.ADMIN.equals(g.getId()))
                .map(Group::getId)
                .collect(Collectors.toSet());
    }

    // ---- API steps -----------------------------------------------------------------------------------------

    private JsonNode inReview(String unit, String title, int nominees) {
        String[] names = new String[nominees];
        for (int i = 0; i < nominees; i++) {
            names[i] = name();
        }
        return DossierFixture.inReview(api(unit), campaignId, title, names);
    }

    private static String name() {
        return "Người đề nghị " + unique("P");
    }

    private static String id(JsonNode dossier) {
        return dossier.get("id").asText();
    }

    private List<JsonNode> tasksOf(String user, JsonNode... dossiers) {
        Set<String> ids =
                java.util.Arrays.stream(dossiers).map(TaskProjectionIT::id).collect(Collectors.toSet());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : api(user)
                .get("/api/tasks?size=200&campaignId={c}", campaignId)
                .json()
                .get("items")) {
            if (ids.contains(item.get("dossierId").asText())) {
                found.add(item);
            }
        }
        return found;
    }

    private String taskOf(String user, JsonNode dossier, Stage stage) {
        List<JsonNode> tasks = tasksOf(user, dossier);
        assertThat(tasks).as("%s's tasks for %s", user, id(dossier)).hasSize(1);
        assertThat(tasks.get(0).get("stage").asText()).isEqualTo(stage.name());
        return tasks.get(0).get("id").asText();
    }

    private JsonNode item(String user, String taskId) {
        for (JsonNode item : api(user)
                .get("/api/tasks?size=200&campaignId={c}", campaignId)
                .json()
                .get("items")) {
            if (item.get("id").asText().equals(taskId)) {
                return item;
            }
        }
        throw new AssertionError("task " + taskId + " is not in " + user + "'s list");
    }

    private List<String> overdueIds(String user, boolean overdue) {
        return api(user)
                .get("/api/tasks?size=200&campaignId={c}&overdue={o}", campaignId, overdue)
                .json()
                .get("items")
                .findValuesAsText("id");
    }

    private void complete(String user, JsonNode dossier, Stage stage, Map<String, Object> payload) {
        String task = taskOf(user, dossier, stage);
        ApiResponse done = api(user).post("/api/tasks/{id}/complete", payload, task);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private void engineRest(String path, Object body, String taskId) {
        ApiResponse answer = api("admin").post(path, body, taskId);
        assertThat(answer.status()).as(path + ": " + answer).isEqualTo(204);
    }

    private long projectionRows(String... dossierIds) {
        long rows = 0;
        for (String dossierId : dossierIds) {
            rows += jdbc.sql("select count(*) from task_projection where dossier_id = ?")
                    .param(java.util.UUID.fromString(dossierId))
                    .query(Long.class)
                    .single();
        }
        return rows;
    }

    private static String restDate(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .format(instant.atZone(java.time.ZoneOffset.UTC));
    }

    private static List<Object> nominees(
            JsonNode dossier, java.util.function.Function<String, Map<String, Object>> row) {
        List<Object> rows = new ArrayList<>();
        for (JsonNode nominee : dossier.get("nominees")) {
            rows.add(row.apply(nominee.get("id").asText()));
        }
        return rows;
    }

    private static Map<String, Object> selectAll(JsonNode dossier) {
        return Map.of(
                "outcome",
                "FORWARD",
                "comment",
                "Đồng ý",
                "nominees",
                nominees(dossier, id -> Map.of("nomineeId", id, "selected", true)));
    }

    private static Map<String, Object> appraiseAll(JsonNode dossier) {
        return Map.of(
                "outcome",
                "FORWARD",
                "comment",
                "Đủ điều kiện",
                "nominees",
                nominees(
                        dossier,
                        id -> Map.of(
                                "nomineeId",
                                id,
                                "appraisal",
                                "DAT",
                                "recommendedAward",
                                "GIAY_KHEN_CHU_TICH_XA",
                                "note",
                                "Đạt")));
    }

    private static Map<String, Object> councilAll(JsonNode dossier) {
        return Map.of(
                "meetingDate",
                EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate().toString(),
                "membersTotal",
                9,
                "membersPresent",
                7,
                "comment",
                "Nhất trí",
                "nominees",
                nominees(dossier, id -> Map.of("nomineeId", id, "votesFor", 6)));
    }

    private static Map<String, Object> decideAll(JsonNode dossier) {
        return Map.of(
                "outcome",
                "DECIDE",
                "comment",
                "Đồng ý khen thưởng",
                "nominees",
                nominees(dossier, id -> Map.of("nomineeId", id, "award", "GIAY_KHEN_CHU_TICH_XA")));
    }
}
