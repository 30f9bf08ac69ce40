package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        if (identityService.createUserQuery().userId(SECOND_REVIEWER).count() == 0) {
            User user = identityService.newUser(SECOND_REVIEWER);
            user.setFirstName("Cán bộ");
            user.setLastName("Văn hóa - Xã hội 2");
            user.setEmail(SECOND_REVIEWER + "@bacson.example");
            user.setPassword(DEMO_PASSWORD);
            identityService.saveUser(user);
        }
        if (identityService
                        .createGroupQuery()
                        .groupMember(SECOND_REVIEWER)
                        .groupId("culture-social")
                        .count()
                == 0) {
            identityService.createMembership(SECOND_REVIEWER, "culture-social");
        }
    }
}
