package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;

/** POST /api/tasks/bulk-complete over HTTP: one outcome for many dossiers, all or nothing, refusals named. */
class BulkCompletionIT extends PostgresIT {

    static final String SECOND_SELECTOR = "it-bxdd-2";

    @Autowired
    private UserDirectory directory;

    private String campaignId;
    private final List<JsonNode> dossiers = new ArrayList<>();

    @BeforeEach
    void threeDossiersWaitForTheSelection() {
        directory.ensureUser(SECOND_SELECTOR, "Hai", "Thành viên", "it-bxdd-2@bacson.example", DEMO_PASSWORD);
        directory.ensureTenantMembership(SECOND_SELECTOR, DEFAULT_COMMUNE);
        directory.ensureMembership(SECOND_SELECTOR, Roles.PARTY_BUILDING);
        campaignId = createOpenCampaign();
        String suffix = unique("");
        dossiers.clear();
        dossiers.add(DossierFixture.inReview(
                api("thon1"), campaignId, "Hồ sơ hàng loạt A", "Nguyễn Văn Một" + suffix, "Trần Thị Hai" + suffix));
        dossiers.add(DossierFixture.inReview(api("thon2"), campaignId, "Hồ sơ hàng loạt B", "Lê Văn Ba" + suffix));
        dossiers.add(DossierFixture.inReview(api("thon1"), campaignId, "Hồ sơ hàng loạt C", "Phạm Thị Bốn" + suffix));
    }

    @Test
    void forwardsEveryDossierWithAllEligibleNomineesAndOneHistoryLineEach() {
        ApiResponse done = api("bxdd")
                .post(
                        "/api/tasks/bulk-complete",
                        Map.of("taskIds", taskIds(), "outcome", "FORWARD", "comment", "Đồng ý chuyển Phòng VH-XH"));

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("count").asInt()).isEqualTo(3);
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}", campaignId)))
                .isZero();
        ApiResponse appraisal = api("vhxh").get("/api/tasks?campaignId={c}", campaignId);
        assertThat(appraisal.json().get("items").findValuesAsText("stage"))
                .containsOnly("CULTURE_SOCIAL_APPRAISAL")
                .hasSize(3);
        for (JsonNode dossier : dossiers) {
            JsonNode view = api("bxdd").get("/api/dossiers/{id}", id(dossier)).json();
            assertThat(view.get("stage").asText()).isEqualTo("CULTURE_SOCIAL_APPRAISAL");
            List<JsonNode> selected = new ArrayList<>();
            view.get("history").forEach(h -> {
                if ("SELECTED".equals(h.get("action").asText())) {
                    selected.add(h);
                }
            });
            assertThat(selected).as("history of " + view.get("title")).hasSize(1);
            assertThat(selected.get(0).get("actor").asText()).isEqualTo("bxdd");
            assertThat(selected.get(0).get("comment").asText()).isEqualTo("Đồng ý chuyển Phòng VH-XH");
            view.get("nominees").forEach(n -> assertThat(n.toString()).contains("\"selected\":true"));
        }
    }

    @Test
    void oneRefusedTaskCompletesNoneAndIsNamedWithItsReason() {
        List<String> ids = taskIds();
        String heldByColleague = ids.get(1);
        assertThat(api(SECOND_SELECTOR)
                        .post("/api/tasks/{id}/claim", null, heldByColleague)
                        .status())
                .isEqualTo(200);

        ApiResponse refused =
                api("bxdd").post("/api/tasks/bulk-complete", Map.of("taskIds", ids, "outcome", "FORWARD"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("BULK_COMPLETION_REFUSED");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("taskIds[1]");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("TASK_ALREADY_CLAIMED");
        assertThat(errors.get(0).get("message").asText())
                .contains("Hồ sơ hàng loạt B")
                .contains("đã được người khác nhận");
        // nothing moved: the other two dossiers (tried before and after the refused one) still wait
        ApiResponse still = api("bxdd").get("/api/tasks?campaignId={c}", campaignId);
        assertThat(still.json().get("items").findValuesAsText("stage"))
                .containsOnly("PARTY_BUILDING_SELECTION")
                .hasSize(3);
        for (JsonNode dossier : dossiers) {
            List<String> actions = api("bxdd")
                    .get("/api/dossiers/{id}", id(dossier))
                    .json()
                    .get("history")
                    .findValuesAsText("action");
            assertThat(actions).doesNotContain("SELECTED");
        }
        assertThat(total(api("vhxh").get("/api/tasks?campaignId={c}", campaignId)))
                .isZero();
    }

    @Test
    void everyRefusedTaskIsListed() {
        List<String> ids = new ArrayList<>(taskIds());
        ids.add("no-such-task");
        ApiResponse refused = api("bxdd")
                .post("/api/tasks/bulk-complete", Map.of("taskIds", ids, "outcome", "RETURN", "comment", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("comment");

        ApiResponse withUnknown = api("bxdd")
                .post(
                        "/api/tasks/bulk-complete",
                        Map.of("taskIds", ids, "outcome", "RETURN", "comment", "Bổ sung biên bản họp"));
        assertThat(withUnknown.status()).isEqualTo(409);
        assertThat(withUnknown.json().get("errors").findValuesAsText("field")).containsExactly("taskIds[3]");
        assertThat(withUnknown.json().get("errors").findValuesAsText("code")).containsExactly("TASK_NOT_FOUND");
        assertThat(total(api("bxdd").get("/api/tasks?campaignId={c}&stage=PARTY_BUILDING_SELECTION", campaignId)))
                .isEqualTo(3);
    }

    @Test
    void forwardIsOnlyForTheSelectionAndOthersCannotUseIt() {
        ApiResponse foreign =
                api("vhxh").post("/api/tasks/bulk-complete", Map.of("taskIds", taskIds(), "outcome", "FORWARD"));
        assertThat(foreign.status()).isEqualTo(409);
        assertThat(foreign.json().get("errors").findValuesAsText("code"))
                .containsOnly("TASK_NOT_FOUND")
                .hasSize(3);

        assertThat(api("bxdd")
                        .post("/api/tasks/bulk-complete", Map.of("taskIds", List.of(), "outcome", "FORWARD"))
                        .code())
                .isEqualTo("VALIDATION_FAILED");

        // at the appraisal, FORWARD needs each nominee's appraisal: refused, the dossier is named
        JsonNode appraised = dossiers.get(0);
        String selection = taskIds().get(0);
        assertThat(api("bxdd")
                        .post("/api/tasks/bulk-complete", Map.of("taskIds", List.of(selection), "outcome", "FORWARD"))
                        .status())
                .isEqualTo(200);
        String appraisalTask = api("vhxh")
                .get("/api/tasks?campaignId={c}", campaignId)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asText();
        ApiResponse notHere = api("vhxh")
                .post("/api/tasks/bulk-complete", Map.of("taskIds", List.of(appraisalTask), "outcome", "FORWARD"));
        assertThat(notHere.status()).isEqualTo(409);
        assertThat(notHere.json().at("/errors/0/message").asText())
                .contains(appraised.get("title").asText());
        assertThat(api("vhxh")
                        .post(
                                "/api/tasks/bulk-complete",
                                Map.of(
                                        "taskIds",
                                        List.of(appraisalTask),
                                        "outcome",
                                        "RETURN",
                                        "comment",
                                        "Bổ sung bản sao bằng khen"))
                        .status())
                .isEqualTo(200);
        assertThat(api("thon1").get("/api/dossiers/{id}", id(appraised)).str("status"))
                .isEqualTo("AMENDMENT_REQUESTED");
    }

    private List<String> taskIds() {
        ApiResponse list = api("bxdd").get("/api/tasks?campaignId={c}&stage=PARTY_BUILDING_SELECTION", campaignId);
        List<String> ids = new ArrayList<>();
        for (JsonNode dossier : dossiers) {
            for (JsonNode item : list.json().get("items")) {
                if (item.get("dossierId").asText().equals(id(dossier))) {
                    ids.add(item.get("id").asText());
                }
            }
        }
        return ids;
    }

    private static String id(JsonNode dossier) {
        return dossier.get("id").asText();
    }

    private static long total(ApiResponse list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("total").asLong();
    }
}
