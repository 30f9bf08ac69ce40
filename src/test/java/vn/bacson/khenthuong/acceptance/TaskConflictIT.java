package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;

/**
 * Exactly one completion of a review task ever wins: a double click, two reviewers at the same moment, or a
 * colleague who holds the task. The loser gets a 409 with a stable code, and the dossier moves one stage only.
 */
class TaskConflictIT extends AcceptanceSupport {

    /** A second member of Phòng Văn hóa - Xã hội (the demo data has only vhxh). */
    private static final String SECOND_REVIEWER = "vhxh-acc2";

    private static final int CONCURRENT_ROUNDS = 5;
    private static final int RACE_ROUNDS = 5;
    private static final int TASKS_PER_ROUND = 8;

    private static String campaignId;

    @Autowired
    private IdentityService identityService;

    private String campaign() {
        if (campaignId == null) {
            campaignId = createOpenCampaignOfMyOwn();
        }
        return campaignId;
    }

    /** A dossier of Thôn 1 waiting for vhxh's appraisal. */
    private String dossierAtAppraisal(String name) {
        String id = submittedDossier("thon1", campaign(), individual(name));
        forwardSelection(campaign(), id);
        return id;
    }

    @Test
    void aSecondCompletionOfTheSameTaskIsRefused() {
        String id = dossierAtAppraisal("Đàm Văn Nháy");
        String taskId = taskId("vhxh", campaign(), id, APPRAISAL);
        Map<String, Object> payload = appraisalPayload(id);

        ApiResponse first = complete("vhxh", taskId, payload);
        ApiResponse second = complete("vhxh", taskId, payload);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(second.status()).as("%s", second).isEqualTo(409);
        assertThat(second.code()).isEqualTo("TASK_ALREADY_COMPLETED");
        assertThat(second.str("detail")).isNotBlank().contains("xử lý");
        JsonNode after = dossier(id);
        assertThat(stage(after)).isEqualTo(COUNCIL);
        assertThat(historyActions(after).stream().filter("APPRAISED"::equals)).hasSize(1);
        assertThat(tasksOf("hoidong", campaign(), id)).hasSize(1);
    }

    @Test
    void twoConcurrentCompletionsOfOneTaskGiveOneWinnerAndOneConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
                String id = dossierAtAppraisal("Vương Văn Đồng " + round);
                String taskId = taskId("vhxh", campaign(), id, APPRAISAL);
                Map<String, Object> payload = appraisalPayload(id);

                List<ApiResponse> answers = race(pool, List.of(api("vhxh"), api("vhxh")), taskId, payload);

                assertThat(answers)
                        .extracting(ApiResponse::status)
                        .as("round %d: %s", round, answers)
                        .containsExactlyInAnyOrder(200, 409);
                ApiResponse loser = answers.stream()
                        .filter(a -> a.status() == 409)
                        .findFirst()
                        .orElseThrow();
                assertThat(loser.code()).isEqualTo("TASK_ALREADY_COMPLETED");
                JsonNode after = dossier(id);
                assertThat(status(after)).isEqualTo("IN_REVIEW");
                assertThat(stage(after))
                        .as("round %d: one stage further", round)
                        .isEqualTo(COUNCIL);
                assertThat(historyActions(after).stream().filter("APPRAISED"::equals))
                        .as("round %d: %s", round, historyLines(after))
                        .hasSize(1);
                assertThat(tasksOf("hoidong", campaign(), id))
                        .as("round %d: one council task", round)
                        .hasSize(1);
                assertThat(tasksOf("vhxh", campaign(), id)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTaskClaimedByOneReviewerCannotBeCompletedByAnother() {
        ensureSecondReviewer();
        String id = dossierAtAppraisal("Quách Thị Nhận");
        String taskId = taskId("vhxh", campaign(), id, APPRAISAL);
        assertThat(taskId(SECOND_REVIEWER, campaign(), id, APPRAISAL))
                .as("a candidate task of both")
                .isEqualTo(taskId);

        ApiResponse claimed = api("vhxh").post("/api/tasks/{id}/claim", null, taskId);
        assertThat(claimed.status()).as("%s", claimed).isEqualTo(200);
        assertThat(claimed.str("assignee")).isEqualTo("vhxh");

        ApiResponse foreignCompletion = complete(SECOND_REVIEWER, taskId, appraisalPayload(id));
        assertThat(foreignCompletion.status()).as("%s", foreignCompletion).isEqualTo(409);
        assertThat(foreignCompletion.code()).isEqualTo("TASK_ALREADY_CLAIMED");
        assertThat(foreignCompletion.str("detail")).isNotBlank();
        ApiResponse foreignClaim = api(SECOND_REVIEWER).post("/api/tasks/{id}/claim", null, taskId);
        assertThat(foreignClaim.status()).isEqualTo(409);
        assertThat(foreignClaim.code()).isEqualTo("TASK_ALREADY_CLAIMED");
        JsonNode stillThere = dossier(id);
        assertThat(stage(stillThere)).isEqualTo(APPRAISAL);
        assertThat(historyActions(stillThere)).doesNotContain("APPRAISED");
        assertThat(task(SECOND_REVIEWER, campaign(), id, APPRAISAL)
                        .get("assignee")
                        .asText())
                .isEqualTo("vhxh");

        completed("vhxh", taskId, appraisalPayload(id));
        assertThat(stage(dossier(id))).isEqualTo(COUNCIL);
        assertThat(last(dossier(id), "APPRAISED").get("actor").asText()).isEqualTo("vhxh");
    }

    /**
     * Five members of Ban Xây dựng Đảng complete the same selection tasks at once, without claiming first, over
     * five rounds of eight tasks: each task is completed once, by one of them; every other answer is a 409 race
     * code, never a 500; each dossier moves one stage and its history has one SELECTED line.
     */
    @Test
    void manyReviewersCompletingTheSameTasksAtOnce_oneWinsEachTask_theOthersGet409() throws Exception {
        List<String> members = fiveMembers("bxdd", "party-building");
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                Map<String, String> dossierOfTask = new LinkedHashMap<>();
                Map<String, Object> payloads = new HashMap<>();
                for (int i = 0; i < TASKS_PER_ROUND; i++) {
                    String id = submittedDossier("thon1", campaign(), individual("Lò Văn Tranh " + round + i));
                    String taskId = taskId("bxdd", campaign(), id, SELECTION);
                    dossierOfTask.put(taskId, id);
                    payloads.put(taskId, selection("FORWARD", "Ban Xây dựng Đảng đề nghị.", inRunning(dossier(id))));
                }

                Map<String, List<ApiResponse>> answers =
                        stampede(pool, members, List.copyOf(dossierOfTask.keySet()), "complete", payloads);

                oneWinnerEach(answers, round, members.size());
                for (String id : dossierOfTask.values()) {
                    JsonNode after = dossier(id);
                    assertThat(stage(after))
                            .as("round %d: one stage further", round)
                            .isEqualTo(APPRAISAL);
                    assertThat(historyActions(after).stream().filter("SELECTED"::equals))
                            .as("round %d: %s", round, historyLines(after))
                            .hasSize(1);
                    assertThat(tasksOf("vhxh", campaign(), id))
                            .as("round %d: one appraisal task", round)
                            .hasSize(1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Five members of Phòng Văn hóa - Xã hội claim the same appraisal tasks at once: one holds each task, the
     * others get 409 TASK_ALREADY_CLAIMED (or TASK_ALREADY_COMPLETED), never a 500; one CLAIMED line each.
     */
    @Test
    void manyReviewersClaimingTheSameTasksAtOnce_oneHoldsEachTask_theOthersGet409() throws Exception {
        List<String> members = fiveMembers("vhxh", "culture-social");
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            for (int round = 0; round < 2; round++) {
                Map<String, String> dossierOfTask = new LinkedHashMap<>();
                for (int i = 0; i < TASKS_PER_ROUND; i++) {
                    String id = dossierAtAppraisal("Lò Thị Nhận " + round + i);
                    dossierOfTask.put(taskId("vhxh", campaign(), id, APPRAISAL), id);
                }

                Map<String, List<ApiResponse>> answers =
                        stampede(pool, members, List.copyOf(dossierOfTask.keySet()), "claim", Map.of());

                oneWinnerEach(answers, round, members.size());
                for (Map.Entry<String, String> entry : dossierOfTask.entrySet()) {
                    String winner = answers.get(entry.getKey()).stream()
                            .filter(a -> a.status() == 200)
                            .findFirst()
                            .orElseThrow()
                            .str("assignee");
                    assertThat(winner).isIn(members);
                    JsonNode after = dossier(entry.getValue());
                    assertThat(historyActions(after).stream().filter("CLAIMED"::equals))
                            .as("round %d: %s", round, historyLines(after))
                            .hasSize(1);
                    assertThat(task("vhxh", campaign(), entry.getValue(), APPRAISAL)
                                    .get("assignee")
                                    .asText())
                            .isEqualTo(winner);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Both callers complete the task at the same moment; answers in any order. */
    private static List<ApiResponse> race(ExecutorService pool, List<Api> callers, String taskId, Object payload)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(callers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        for (Api caller : callers) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return caller.post("/api/tasks/{id}/complete", payload, taskId);
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<ApiResponse> answers = new ArrayList<>();
        for (Future<ApiResponse> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    /** The second culture-social user, created once in the engine's user store (the IT database is reused). */
    private void ensureSecondReviewer() {
        ensureMember(SECOND_REVIEWER, "culture-social");
    }

    /** A user of the group, created once in the engine's user store (the IT database is reused). */
    private void ensureMember(String username, String group) {
        if (identityService.createUserQuery().userId(username).count() == 0) {
            User user = identityService.newUser(username);
            user.setFirstName("Cán bộ");
            user.setLastName("Thử tranh chấp " + username);
            user.setEmail(username + "@bacson.example");
            user.setPassword(DEMO_PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService
                        .createTenantQuery()
                        .tenantId(DEFAULT_COMMUNE)
                        .userMember(username)
                        .count()
                == 0) {
            identityService.createTenantUserMembership(DEFAULT_COMMUNE, username);
        }
        if (identityService
                        .createGroupQuery()
                        .groupMember(username)
                        .groupId(group)
                        .count()
                == 0) {
            identityService.createMembership(username, group);
        }
    }

    /** The group's demo user and four more members, created when missing. */
    private List<String> fiveMembers(String demoUser, String group) {
        List<String> members = new ArrayList<>(List.of(demoUser));
        for (int i = 2; i <= 5; i++) {
            String username = demoUser + "-race" + i;
            ensureMember(username, group);
            members.add(username);
        }
        return members;
    }

    /**
     * Every member works through all tasks of the round at the same moment, each in its own shuffled order, one
     * request after another like a user clicking through the list; most requests meet a colleague's on the same
     * task. Answers by task id.
     */
    private Map<String, List<ApiResponse>> stampede(
            ExecutorService pool, List<String> members, List<String> taskIds, String action, Map<String, ?> payloads)
            throws Exception {
        Map<String, List<ApiResponse>> answers = new ConcurrentHashMap<>();
        taskIds.forEach(id -> answers.put(id, Collections.synchronizedList(new ArrayList<>())));
        CountDownLatch ready = new CountDownLatch(members.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (String member : members) {
            List<String> order = new ArrayList<>(taskIds);
            Collections.shuffle(order);
            Api caller = api(member);
            workers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                for (String taskId : order) {
                    answers.get(taskId).add(caller.post("/api/tasks/{id}/" + action, payloads.get(taskId), taskId));
                }
                return null;
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        return answers;
    }

    /** One 200 per task; every other answer a 409 with one of the two race codes; never a 500. */
    private static void oneWinnerEach(Map<String, List<ApiResponse>> answers, int round, int members) {
        answers.forEach((taskId, list) -> {
            assertThat(list).as("round %d, task %s: %s", round, taskId, list).hasSize(members);
            assertThat(list)
                    .as("round %d, task %s: one winner in %s", round, taskId, list)
                    .filteredOn(a -> a.status() == 200)
                    .hasSize(1);
            assertThat(list)
                    .as("round %d, task %s: the losers", round, taskId)
                    .filteredOn(a -> a.status() != 200)
                    .allSatisfy(a -> {
                        assertThat(a.status()).as("%s", a).isEqualTo(409);
                        assertThat(a.code()).as("%s", a).isIn("TASK_ALREADY_CLAIMED", "TASK_ALREADY_COMPLETED");
                    });
        });
    }
}
