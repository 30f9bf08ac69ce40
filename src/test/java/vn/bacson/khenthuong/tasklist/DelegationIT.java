package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Delegation (ủy quyền) over HTTP: bxdd names a colleague for some days; within them, bxdd's claimed task is the
 * colleague's to complete ("thay mặt" in the history); before and after, it is not. The clock is moved.
 */
class DelegationIT extends PostgresIT {

    static final String COLLEAGUE = "it-bxdd-deleg";

    @Autowired
    private UserDirectory directory;

    @Autowired
    private JdbcClient jdbc;

    private String campaignId;
    private JsonNode dossier;
    private String taskId;
    private LocalDate today;

    @BeforeEach
    void bxddHoldsATask() {
        directory.ensureUser(COLLEAGUE, "Thị Thu", "Hà", "it-bxdd-deleg@bacson.example", DEMO_PASSWORD);
        directory.ensureTenantMembership(COLLEAGUE, DEFAULT_COMMUNE);
        directory.ensureMembership(COLLEAGUE, Roles.PARTY_BUILDING);
        // each test starts from no delegation of these two (the database outlives runs)
        jdbc.sql("delete from delegation where delegator in ('bxdd', :c) or delegate in ('bxdd', :c)")
                .param("c", COLLEAGUE)
                .update();
        campaignId = createOpenCampaign();
        dossier = DossierFixture.inReview(api("thon1"), campaignId, "Hồ sơ ủy quyền", "Nguyễn Văn Vắng" + unique(""));
        taskId = api("bxdd")
                .get("/api/tasks?campaignId={c}", campaignId)
                .json()
                .at("/items/0/id")
                .asText();
        assertThat(api("bxdd").post("/api/tasks/{id}/claim", null, taskId).status())
                .isEqualTo(200);
        today = EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate();
    }

    @AfterEach
    void noDelegationLeft() {
        jdbc.sql("delete from delegation where delegator in ('bxdd', :c) or delegate in ('bxdd', :c)")
                .param("c", COLLEAGUE)
                .update();
    }

    @Test
    void theColleagueWorksTheDelegatorsTasksOnlyWithinTheRange() {
        ApiResponse created = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of(
                                "delegate",
                                COLLEAGUE,
                                "from",
                                today.plusDays(1).toString(),
                                "to",
                                today.plusDays(3).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.str("delegateName")).isEqualTo("Hà Thị Thu");
        assertThat(created.json().get("active").asBoolean()).isFalse();
        assertThat(api(COLLEAGUE)
                        .get("/api/me/delegations")
                        .json()
                        .at("/received/0/delegator")
                        .asText())
                .isEqualTo("bxdd");

        // before the range: bxdd's task is not the colleague's
        assertThat(mine(COLLEAGUE)).doesNotContain(taskId);
        assertThat(complete(COLLEAGUE).code()).isEqualTo("TASK_ALREADY_CLAIMED");

        // within the range (Vietnam time): listed under "mine", marked, completable
        EngineTestSupport.setNow(
                today.plusDays(2).atTime(9, 0).atZone(BUSINESS_ZONE).toInstant());
        assertThat(mine(COLLEAGUE)).contains(taskId);
        JsonNode item = api(COLLEAGUE).get("/api/tasks/{id}", taskId).json();
        assertThat(item.get("onBehalf").asBoolean()).isTrue();
        assertThat(item.get("assigneeName").asText()).isEqualTo("Nông Thị Lan");
        assertThat(api("bxdd")
                        .get("/api/tasks/{id}", taskId)
                        .json()
                        .get("onBehalf")
                        .asBoolean())
                .isFalse();
        ApiResponse done = complete(COLLEAGUE);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        JsonNode line = null;
        for (JsonNode h : api("bxdd")
                .get("/api/dossiers/{id}", dossier.get("id").asText())
                .json()
                .get("history")) {
            if ("SELECTED".equals(h.get("action").asText())) {
                line = h;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("actor").asText()).isEqualTo(COLLEAGUE);
        assertThat(line.get("comment").asText()).contains("Thay mặt Nông Thị Lan (bxdd)");
    }

    @Test
    void theDelegationEndsByItselfAfterItsLastDay() {
        assertThat(api("bxdd")
                        .post(
                                "/api/me/delegations",
                                Map.of("delegate", COLLEAGUE, "from", today.toString(), "to", today.toString()))
                        .status())
                .isEqualTo(201);
        assertThat(mine(COLLEAGUE)).contains(taskId);
        assertThat(api(COLLEAGUE)
                        .get("/api/me/delegations")
                        .json()
                        .at("/received/0/active")
                        .asBoolean())
                .isTrue();

        EngineTestSupport.setNow(
                today.plusDays(1).atTime(0, 5).atZone(BUSINESS_ZONE).toInstant());

        assertThat(mine(COLLEAGUE)).doesNotContain(taskId);
        assertThat(complete(COLLEAGUE).code()).isEqualTo("TASK_ALREADY_CLAIMED");
        assertThat(api(COLLEAGUE).get("/api/me/delegations").json().get("received"))
                .isEmpty();
    }

    @Test
    void refusedDelegations() {
        ApiResponse self = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of("delegate", "bxdd", "from", today.toString(), "to", today.toString()));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().at("/errors/0/code").asText()).isEqualTo("SELF");

        ApiResponse otherRole = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of("delegate", "vhxh", "from", today.toString(), "to", today.toString()));
        assertThat(otherRole.json().at("/errors/0/code").asText()).isEqualTo("DIFFERENT_ROLE");

        ApiResponse past = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of(
                                "delegate",
                                COLLEAGUE,
                                "from",
                                today.minusDays(2).toString(),
                                "to",
                                today.minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").findValuesAsText("code")).contains("IN_PAST");

        ApiResponse backwards = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of(
                                "delegate",
                                COLLEAGUE,
                                "from",
                                today.plusDays(3).toString(),
                                "to",
                                today.plusDays(1).toString()));
        assertThat(backwards.json().get("errors").findValuesAsText("code")).contains("BEFORE_START");

        ApiResponse unit = api("thon1")
                .post(
                        "/api/me/delegations",
                        Map.of("delegate", "thon2", "from", today.toString(), "to", today.toString()));
        assertThat(unit.status()).isEqualTo(403);

        ApiResponse first = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of(
                                "delegate",
                                COLLEAGUE,
                                "from",
                                today.plusDays(1).toString(),
                                "to",
                                today.plusDays(5).toString()));
        assertThat(first.status()).isEqualTo(201);
        ApiResponse overlapping = api("bxdd")
                .post(
                        "/api/me/delegations",
                        Map.of(
                                "delegate",
                                COLLEAGUE,
                                "from",
                                today.plusDays(5).toString(),
                                "to",
                                today.plusDays(7).toString()));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.code()).isEqualTo("DELEGATION_OVERLAP");

        // only the delegator ends it
        String id = first.str("id");
        assertThat(api(COLLEAGUE).delete("/api/me/delegations/{id}", id).status())
                .isEqualTo(404);
        assertThat(api("bxdd").delete("/api/me/delegations/{id}", id).status()).isEqualTo(204);
        assertThat(api("bxdd").get("/api/me/delegations").json().get("given")).isEmpty();
    }

    private List<String> mine(String user) {
        return api(user)
                .get("/api/tasks?campaignId={c}&assignee=me", campaignId)
                .json()
                .get("items")
                .findValuesAsText("id");
    }

    private ApiResponse complete(String user) {
        String nominee = dossier.at("/nominees/0/id").asText();
        return api(user)
                .post(
                        "/api/tasks/{id}/complete",
                        Map.of(
                                "outcome",
                                "FORWARD",
                                "nominees",
                                List.of(Map.of("nomineeId", nominee, "selected", true))),
                        taskId);
    }
}
