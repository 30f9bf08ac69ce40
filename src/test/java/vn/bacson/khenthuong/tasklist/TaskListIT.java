package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/** The reviewers' task list over HTTP: what each user sees, filters, paging, claims and completion. */
class TaskListIT extends PostgresIT {

    /** A second member of the Ban Xây dựng Đảng, so two people can race for one task. */
    private static final String SECOND_SELECTOR = "it-bxdd-2";

    @Autowired
    private UserDirectory directory;

    private String campaignId;
    private JsonNode thon1Dossier;
    private JsonNode thon2Dossier;

    @BeforeEach
    void twoDossiersInReview() {
        directory.ensureUser(SECOND_SELECTOR, "Hai", "Thành viên", "it-bxdd-2@bacson.example", DEMO_PASSWORD);
        directory.ensureTenantMembership(SECOND_SELECTOR, DEFAULT_COMMUNE);
        directory.ensureMembership(SECOND_SELECTOR, Roles.PARTY_BUILDING);
        campaignId = createOpenCampaign();
        String suffix = unique("");
        thon1Dossier = DossierFixture.inReview(
                api("thon1"),
                campaignId,
                "Đề nghị khen thưởng Thôn 1",
                "Nguyễn Văn An" + suffix,
                "Trần Thị Bình" + suffix);
        thon2Dossier = DossierFixture.inReview(
                api("thon2"), campaignId, "Đề nghị khen thưởng Thôn 2", "Lê Văn Cường" + suffix);
    }

    @Test
    void theBanXayDungDangSeesTheNewDossiersWithTheirDetails() {
        ApiResponse list = api("bxdd").get("/api/tasks?campaignId={c}", campaignId);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(2);
        JsonNode first = item(list, thon1Dossier);
        assertThat(first.get("stage").asText()).isEqualTo("PARTY_BUILDING_SELECTION");
        assertThat(first.get("name").asText()).isEqualTo("Lựa chọn đối tượng đề nghị");
        assertThat(first.get("dossierTitle").asText()).isEqualTo("Đề nghị khen thưởng Thôn 1");
        assertThat(first.get("unit").get("code").asText()).isEqualTo("thon-1");
        assertThat(first.get("unit").get("name").asText()).isEqualTo("Thôn 1");
        assertThat(first.get("campaignCode").asText()).startsWith("IT-");
        assertThat(first.get("nomineeCount").asInt()).isEqualTo(2);
        assertThat(first.get("created").isNull()).isFalse();
        assertThat(first.get("due").isNull()).isFalse();
        assertThat(first.get("overdue").asBoolean()).isFalse();
        assertThat(first.get("assignee").isNull()).isTrue();
        assertThat(item(list, thon2Dossier).get("nomineeCount").asInt()).isEqualTo(1);
    }

    @Test
    void othersDoNotSeeTheSelectionTasks() {
        for (String user : List.of("thon1", "vhxh", "hoidong", "chutich", "truongphong")) {
            ApiResponse list = api(user).get("/api/tasks?campaignId={c}", campaignId);
            assertThat(list.status()).as(user).isEqualTo(200);
            assertThat(list.json().get("total").asLong()).as(user).isZero();
        }
    }

    @Test
    void filtersAndPaging() {
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&unit=thon-2", campaignId)))
                .isEqualTo(1);
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&stage=PARTY_BUILDING_SELECTION", campaignId)))
                .isEqualTo(2);
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&stage=COUNCIL_REVIEW", campaignId)))
                .isZero();
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&overdue=true", campaignId)))
                .isZero();
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&assignee=me", campaignId)))
                .isZero();

        ApiResponse firstPage = api("bxdd").get("/api/tasks?campaignId={c}&page=0&size=1", campaignId);
        ApiResponse secondPage = api("bxdd").get("/api/tasks?campaignId={c}&page=1&size=1", campaignId);
        assertThat(firstPage.json().get("items")).hasSize(1);
        assertThat(firstPage.json().get("total").asLong()).isEqualTo(2);
        assertThat(secondPage.json().get("items")).hasSize(1);
        assertThat(secondPage.json().get("items").get(0).get("id"))
                .isNotEqualTo(firstPage.json().get("items").get(0).get("id"));

        ApiResponse tooLarge = api("bxdd").get("/api/tasks?size=201");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.code()).isEqualTo("PAGE_SIZE_TOO_LARGE");
        assertThat(api("bxdd").get("/api/tasks?stage=NOT_A_STAGE").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api("bxdd").get("/api/tasks?assignee=someone").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theUnitFilterTakesTheUnitsNameAndTheHandlerIsNamed() {
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&unit={u}", campaignId, "Thôn 2")))
                .isEqualTo(1);
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&unit={u}", campaignId, "thôn 2")))
                .isEqualTo(1);
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&unit={u}", campaignId, "Thôn 9")))
                .isZero();

        String taskId = taskOf(thon1Dossier);
        api("bxdd").post("/api/tasks/{id}/claim", null, taskId);
        JsonNode held = item(api(SECOND_SELECTOR).get("/api/tasks?campaignId={c}", campaignId), thon1Dossier);
        assertThat(held.get("assignee").asText()).isEqualTo("bxdd");
        assertThat(held.get("assigneeName").asText()).isEqualTo("Nông Thị Lan");
        assertThat(held.get("onBehalf").asBoolean()).isFalse();
    }

    @Test
    void aTaskPastItsDueDateIsOverdue() {
        String taskId = taskOf(thon1Dossier);
        Instant due = Instant.parse(api("bxdd").get("/api/tasks/{id}", taskId).str("due"));
        EngineTestSupport.setNow(due.plus(Duration.ofHours(1)));

        ApiResponse overdue = api("bxdd").get("/api/tasks?campaignId={c}&overdue=true", campaignId);

        assertThat(overdue.json().get("items").findValuesAsText("id")).contains(taskId);
        assertThat(item(overdue, thon1Dossier).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void claimUnclaimAndTheirHistory() {
        String taskId = taskOf(thon1Dossier);
        String dossierId = thon1Dossier.get("id").asText();

        ApiResponse claimed = api("bxdd").post("/api/tasks/{id}/claim", null, taskId);
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.str("assignee")).isEqualTo("bxdd");
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&assignee=me", campaignId)))
                .isEqualTo(1);

        ApiResponse taken = api(SECOND_SELECTOR).post("/api/tasks/{id}/claim", null, taskId);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("TASK_ALREADY_CLAIMED");
        assertThat(api(SECOND_SELECTOR)
                        .post("/api/tasks/{id}/unclaim", null, taskId)
                        .code())
                .isEqualTo("TASK_ALREADY_CLAIMED");

        ApiResponse foreign = api("thon1").post("/api/tasks/{id}/claim", null, taskId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("TASK_NOT_FOUND");

        ApiResponse released = api("bxdd").post("/api/tasks/{id}/unclaim", null, taskId);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("assignee").isNull()).isTrue();

        List<String> actions = api("bxdd")
                .get("/api/dossiers/{id}", dossierId)
                .json()
                .get("history")
                .findValuesAsText("action");
        assertThat(actions).containsSubsequence("CLAIMED", "UNCLAIMED");
    }

    @Test
    void completingHandsTheDossierToTheNextStageAndASecondCompletionIsAConflict() {
        String taskId = taskOf(thon1Dossier);
        Map<String, Object> selection = selectAll(thon1Dossier);

        ApiResponse done = api("bxdd").post("/api/tasks/{id}/complete", selection, taskId);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.str("taskId")).isEqualTo(taskId);
        assertThat(done.str("dossierId")).isEqualTo(thon1Dossier.get("id").asText());
        ApiResponse again = api("bxdd").post("/api/tasks/{id}/complete", selection, taskId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("TASK_ALREADY_COMPLETED");
        assertThat(api("bxdd").post("/api/tasks/{id}/claim", null, taskId).code())
                .isEqualTo("TASK_ALREADY_COMPLETED");
        assertThat(api("thon1").post("/api/tasks/{id}/claim", null, taskId).code())
                .isEqualTo("TASK_NOT_FOUND");

        ApiResponse appraisal = api("vhxh").get("/api/tasks?campaignId={c}", campaignId);
        assertThat(appraisal.json().get("items").findValuesAsText("stage")).containsExactly("CULTURE_SOCIAL_APPRAISAL");
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}", campaignId)))
                .isEqualTo(1);
    }

    @Test
    void ofTwoConcurrentCompletionsExactlyOneWins() throws Exception {
        String taskId = taskOf(thon2Dossier);
        Map<String, Object> selection = selectAll(thon2Dossier);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<ApiResponse>> calls = List.of(
                    () -> api("bxdd").post("/api/tasks/{id}/complete", selection, taskId),
                    () -> api(SECOND_SELECTOR).post("/api/tasks/{id}/complete", selection, taskId));
            List<Integer> statuses = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (Future<ApiResponse> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get().status());
                if (answer.get().status() != 200) {
                    codes.add(answer.get().code());
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(codes).singleElement().isIn("TASK_ALREADY_COMPLETED", "TASK_ALREADY_CLAIMED");
        } finally {
            pool.shutdownNow();
        }
        assertThat(api("vhxh")
                        .get("/api/tasks?campaignId={c}", campaignId)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theUnitSeesItsAmendmentTaskButCompletesItByResubmitting() {
        JsonNode incomplete =
                DossierFixture.draft(api("thon1"), campaignId, "Hồ sơ thiếu tài liệu", "Phạm Văn Dũng" + unique(""));
        ApiResponse submitted = api("thon1")
                .post("/api/dossiers/{id}/submit", null, incomplete.get("id").asText());
        assertThat(submitted.str("status")).isEqualTo("AMENDMENT_REQUESTED");

        ApiResponse mine = api("thon1").get("/api/tasks?campaignId={c}", campaignId);
        JsonNode amendment = item(mine, incomplete);
        assertThat(amendment.get("stage").asText()).isEqualTo("AMENDMENT");
        assertThat(amendment.get("due").isNull()).isFalse();
        assertThat(total(api("thon2").get("/api/tasks?campaignId={c}", campaignId)))
                .isZero();

        ApiResponse complete = api("thon1")
                .post("/api/tasks/{id}/complete", Map.of(), amendment.get("id").asText());
        assertThat(complete.status()).isEqualTo(400);
        assertThat(complete.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void completingAnUnknownTaskIsNotFound() {
        assertThat(api("bxdd")
                        .post("/api/tasks/{id}/complete", Map.of(), "no-such-task")
                        .code())
                .isEqualTo("TASK_NOT_FOUND");
    }

    private String taskOf(JsonNode dossier) {
        return item(api("bxdd").get("/api/tasks?campaignId={c}", campaignId), dossier)
                .get("id")
                .asText();
    }

    private static JsonNode item(ApiResponse list, JsonNode dossier) {
        for (JsonNode item : list.json().get("items")) {
            if (item.get("dossierId").asText().equals(dossier.get("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("No task for dossier " + dossier.get("id") + " in " + list);
    }

    private static long total(ApiResponse list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("total").asLong();
    }

    private static Map<String, Object> selectAll(JsonNode dossier) {
        List<Object> nominees = new ArrayList<>();
        for (JsonNode nominee : dossier.get("nominees")) {
            nominees.add(Map.of("nomineeId", nominee.get("id").asText(), "selected", true));
        }
        return Map.of("outcome", "FORWARD", "comment", "Đồng ý chuyển thẩm định", "nominees", nominees);
    }
}
