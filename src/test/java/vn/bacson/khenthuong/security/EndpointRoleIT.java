package vn.bacson.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.dossier.AchievementReportIT;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Endpoint × demo user → status: every role check of the API in one table. A record the caller may not see
 * answers 404 (no existence leak); one they see but may not change answers 403. Calls that pass the role check
 * are chosen so they succeed or fail for a business reason (409), never by accident of the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRoleIT extends PostgresIT {

    private String campaignId;
    /** thon1's dossier, still DRAFT. */
    private String draftId;
    /** Its nominee, with an achievement report filled in on the system. */
    private String draftNomineeId;
    /** thon1's dossier, waiting in COUNCIL_REVIEW. */
    private String inCouncilId;

    private String councilTaskId;

    /** One logged-in browser session per demo user, for the Camunda webapps. */
    private final Map<String, Api> sessions = new java.util.HashMap<>();

    @Autowired
    private TaskService taskService;

    private String inCouncilNomineeId;

    @BeforeAll
    void fixtures() {
        campaignId = createOpenCampaign();
        String suffix = unique("");
        JsonNode draft = DossierFixture.draft(api("thon1"), campaignId, "Hồ sơ nháp", "Đỗ Văn Nháp" + suffix);
        draftId = draft.get("id").asText();
        draftNomineeId = draft.at("/nominees/0/id").asText();
        ApiResponse report = api("thon1").put(reportPath(draftId, draftNomineeId), AchievementReportIT.filledReport());
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        JsonNode inReview = DossierFixture.inReview(api("thon1"), campaignId, "Hồ sơ đang xét", "Vũ Thị Xét" + suffix);
        inCouncilId = inReview.get("id").asText();
        inCouncilNomineeId = inReview.get("nominees").get(0).get("id").asText();
        complete(
                "bxdd",
                "PARTY_BUILDING_SELECTION",
                inReview,
                n -> Map.of("nomineeId", n, "selected", true),
                Map.of("outcome", "FORWARD"));
        complete(
                "vhxh",
                "CULTURE_SOCIAL_APPRAISAL",
                inReview,
                n -> Map.of("nomineeId", n, "appraisal", "DAT", "recommendedAward", "GIAY_KHEN_CHU_TICH_XA"),
                Map.of("outcome", "FORWARD"));
        councilTaskId = taskId("hoidong", "COUNCIL_REVIEW");
    }

    Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        // campaigns: culture-social, office-lead and chairman manage them
        for (String user : List.of("thon1", "bxdd", "hoidong", "pkt")) {
            rows.add(row("POST", "/api/campaigns", user, 403, campaign()));
        }
        for (String user : List.of("vhxh", "truongphong", "chutich")) {
            rows.add(row("POST", "/api/campaigns", user, 201, campaign()));
        }
        rows.add(row("POST", "/api/campaigns", null, 401, campaign()));
        rows.add(row("PATCH", "/api/campaigns/" + campaignId, "thon1", 403, Map.of("windowDays", 20)));
        rows.add(row("PATCH", "/api/campaigns/" + campaignId, "vhxh", 200, Map.of("windowDays", 20)));
        rows.add(row("GET", "/api/campaigns", "thon1", 200, null));
        rows.add(row("GET", "/api/campaigns/" + campaignId, "hoidong", 200, null));

        // dossiers: units propose (and bxdd for the Ban Xây dựng Đảng); reviewers never do
        for (String user : List.of("hoidong", "vhxh", "chutich", "truongphong", "admin")) {
            rows.add(row("POST", "/api/dossiers", user, 403, dossier()));
        }
        for (String user : List.of("thon1", "bxdd")) {
            rows.add(row("POST", "/api/dossiers", user, 201, dossier()));
        }
        // a unit sees only its own dossiers; staff see all of them
        rows.add(row("GET", "/api/dossiers/" + draftId, "thon1", 200, null));
        rows.add(row("GET", "/api/dossiers/" + draftId, "thon2", 404, null));
        rows.add(row("GET", "/api/dossiers/" + draftId, "pkt", 404, null));
        for (String user : List.of("bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("GET", "/api/dossiers/" + inCouncilId, user, 200, null));
        }
        rows.add(row("GET", "/api/dossiers/" + draftId + "/documents", "thon2", 404, null));
        // only the proposing unit changes, submits or withdraws
        rows.add(row("PUT", "/api/dossiers/" + draftId, "thon2", 404, Map.of("title", "Sửa", "nominees", List.of())));
        rows.add(row("PUT", "/api/dossiers/" + draftId, "vhxh", 403, Map.of("title", "Sửa", "nominees", List.of())));
        rows.add(row("POST", "/api/dossiers/" + draftId + "/submit", "thon2", 404, null));
        rows.add(row("POST", "/api/dossiers/" + draftId + "/submit", "vhxh", 403, null));
        rows.add(row("POST", "/api/dossiers/" + draftId + "/withdraw", "thon2", 404, null));
        rows.add(row("POST", "/api/dossiers/" + draftId + "/withdraw", "truongphong", 403, null));
        rows.add(row("POST", "/api/dossiers/" + inCouncilId + "/submit", "thon1", 409, null));

        // the achievement report filled in on the system: the dossier's rules (units their own, staff read only)
        String report = reportPath(draftId, draftNomineeId);
        rows.add(row("GET", report, "thon1", 200, null));
        rows.add(row("GET", report, "thon2", 404, null));
        rows.add(row("GET", report, null, 401, null));
        for (String user : List.of("bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("GET", report, user, 200, null));
        }
        rows.add(row("PUT", report, "thon1", 200, AchievementReportIT.filledReport()));
        rows.add(row("PUT", report, "thon2", 404, AchievementReportIT.filledReport()));
        rows.add(row("PUT", report, "pkt", 404, AchievementReportIT.filledReport()));
        for (String user : List.of("vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("PUT", report, user, 403, AchievementReportIT.filledReport()));
        }
        rows.add(row("DELETE", report, "thon2", 404, null));
        rows.add(row("DELETE", report, "vhxh", 403, null));
        rows.add(row(
                "PUT", reportPath(inCouncilId, inCouncilNomineeId), "thon1", 409, AchievementReportIT.filledReport()));
        rows.add(row("GET", report + ".pdf", "thon1", 200, null));
        rows.add(row("GET", report + ".pdf", "thon2", 404, null));
        rows.add(row("GET", report + ".pdf", null, 401, null));
        for (String user : List.of("bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("GET", report + ".pdf", user, 200, null));
        }
        rows.add(row("GET", report + ".docx", "hoidong", 200, null));
        rows.add(row("GET", report + ".docx", "thon2", 404, null));

        // tasks: everyone has a list; tasks of other groups do not exist for them
        for (String user : List.of("thon1", "thon2", "bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("GET", "/api/tasks", user, 200, null));
        }
        rows.add(row("GET", "/api/tasks", null, 401, null));
        for (String user : List.of("thon1", "vhxh", "bxdd", "chutich")) {
            rows.add(row("POST", "/api/tasks/" + councilTaskId + "/claim", user, 404, null));
            rows.add(row("POST", "/api/tasks/" + councilTaskId + "/complete", user, 404, Map.of()));
        }
        rows.add(row("GET", "/api/tasks/" + councilTaskId, "hoidong", 200, null));
        // bulk completion: anyone may ask; a task of another group is refused as not found (409, nothing done),
        // and the council's own tasks are not completed in bulk from the list (they have council sessions)
        Map<String, Object> bulk = Map.of("taskIds", List.of(councilTaskId), "outcome", "RETURN", "comment", "Bổ sung");
        for (String user : List.of("thon1", "bxdd", "vhxh", "chutich", "hoidong")) {
            rows.add(row("POST", "/api/tasks/bulk-complete", user, 409, bulk));
        }
        rows.add(row("POST", "/api/tasks/bulk-complete", null, 401, bulk));

        // the caller's own delegations and saved filters: everyone signed in; delegating needs a review role
        for (String user : List.of("thon1", "bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("GET", "/api/me/delegations", user, 200, null));
            rows.add(row("GET", "/api/me/task-filters", user, 200, null));
            rows.add(row("DELETE", "/api/me/delegations/" + java.util.UUID.randomUUID(), user, 404, null));
            rows.add(row("DELETE", "/api/me/task-filters/" + java.util.UUID.randomUUID(), user, 404, null));
        }
        Map<String, Object> delegation = Map.of("delegate", "vhxh", "from", "2099-01-01", "to", "2099-01-02");
        for (String user : List.of("thon1", "thon2", "pkt", "truongphong")) {
            rows.add(row("POST", "/api/me/delegations", user, 403, delegation));
        }
        rows.add(row("POST", "/api/me/delegations", "bxdd", 400, delegation)); // vhxh has another role
        rows.add(row("POST", "/api/me/delegations", null, 401, delegation));
        rows.add(row("GET", "/api/me/delegations", null, 401, null));
        rows.add(row("POST", "/api/me/task-filters", null, 401, Map.of("name", "x", "query", "")));

        // the province's answer: culture-social only; the dossier must be waiting for it
        for (String user : List.of("thon1", "hoidong", "chutich", "bxdd")) {
            rows.add(row("POST", "/api/dossiers/" + inCouncilId + "/province-decision", user, 403, provinceDecision()));
        }
        rows.add(row("POST", "/api/dossiers/" + inCouncilId + "/province-decision", "vhxh", 409, provinceDecision()));

        // the communes' proposals at the province (issue 14): the province's roles and a commune's culture-social,
        // office lead and chairman list them; units and the other reviewers may not; a proposal that does not exist
        // (or of another commune) is not found, and only culture-social resends (ProvinceReviewIT holds the 200s)
        for (String user : List.of("sonv", "hdtinh", "chutichtinh", "vhxh", "truongphong", "chutich")) {
            rows.add(row("GET", "/api/province-proposals", user, 200, null));
        }
        for (String user : List.of("thon1", "bxdd", "hoidong")) {
            rows.add(row("GET", "/api/province-proposals", user, 403, null));
        }
        rows.add(row("GET", "/api/province-proposals", null, 401, null));
        String noProposal = "/api/province-proposals/" + java.util.UUID.randomUUID();
        for (String user : List.of("sonv", "vhxh", "thon1", "chutich")) {
            rows.add(row("GET", noProposal, user, 404, null));
            rows.add(row("POST", noProposal + "/resend", user, 404, null));
        }
        rows.add(row("POST", noProposal + "/resend", null, 401, null));
        // the province's review tasks are not the commune's: the council's task does not exist for province users
        for (String user : List.of("sonv", "hdtinh", "chutichtinh")) {
            rows.add(row("GET", "/api/tasks", user, 200, null));
            rows.add(row("POST", "/api/tasks/" + councilTaskId + "/complete", user, 404, Map.of()));
        }

        // public posting: the list and the citizens' feedback need no login; the feedback is read by staff only
        rows.add(row("GET", "/api/public/postings?campaignId=" + campaignId, null, 200, null));
        rows.add(row(
                "POST",
                "/api/public/postings/" + inCouncilId + "/feedback",
                null,
                404,
                Map.of("senderName", "Người dân", "content", "Ý kiến")));
        for (String user : List.of("bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(row("GET", "/api/dossiers/" + inCouncilId + "/feedback", user, 200, null));
        }
        rows.add(row("GET", "/api/dossiers/" + inCouncilId + "/feedback", "thon1", 403, null));
        rows.add(row("GET", "/api/dossiers/" + inCouncilId + "/feedback", "thon2", 404, null));
        rows.add(row("GET", "/api/dossiers/" + inCouncilId + "/feedback", null, 401, null));

        // decisions' certificates and signing (issue 15): staff and the units concerned print certificates, the
        // chairman signs; a decision that does not exist is not found for anyone signed in
        // (CertificatesAndVerificationIT
        // holds the 200s and the other unit's 404 on a real decision)
        String noDecision = "/api/decisions/" + java.util.UUID.randomUUID();
        for (String user : List.of("thon1", "vhxh", "truongphong", "chutich")) {
            rows.add(row("GET", noDecision + "/certificates.pdf", user, 404, null));
        }
        rows.add(row("GET", noDecision + "/certificates.pdf", null, 401, null));
        for (String user : List.of("thon1", "vhxh", "chutich")) {
            rows.add(row("POST", noDecision + "/sign", user, 404, null));
        }
        rows.add(row("POST", noDecision + "/sign", null, 401, null));

        // onboarding communes (system-admin only); the admin's rows end in 400/409 so that no run creates anything
        for (String user : List.of("thon1", "vhxh", "chutich", "sonv", "vl-vhxh")) {
            rows.add(row("GET", "/api/admin/communes", user, 403, null));
            rows.add(row("POST", "/api/admin/communes", user, 403, Map.of("code", "x")));
            rows.add(row("POST", "/api/admin/communes/bac-son/units", user, 403, Map.of("code", "thon-1")));
            rows.add(row("POST", "/api/admin/communes/bac-son/users", user, 403, Map.of("username", "thon1")));
            rows.add(row("POST", "/api/admin/communes/bac-son/import", user, 403, null));
        }
        rows.add(row("GET", "/api/admin/communes", null, 401, null));
        rows.add(row("GET", "/api/admin/communes", "admin", 200, null));
        rows.add(row("GET", "/api/admin/communes/bac-son/units", "admin", 200, null));
        rows.add(row("GET", "/api/admin/communes/bac-son/users", "admin", 200, null));
        rows.add(row("POST", "/api/admin/communes", "admin", 400, Map.of("code", "Xã Sai Mã")));
        rows.add(row(
                "POST",
                "/api/admin/communes",
                "admin",
                409,
                Map.of(
                        "code",
                        "bac-son",
                        "name",
                        "Xã Bắc Sơn",
                        "issuer",
                        Map.of(
                                "name",
                                "ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                                "placeName",
                                "Bắc Sơn",
                                "chairmanName",
                                "Hà Văn Quang"))));
        rows.add(row(
                "POST",
                "/api/admin/communes/bac-son/units",
                "admin",
                409,
                Map.of("code", "thon-1", "name", "Thôn 1", "email", "thon-1@bacson.example")));
        rows.add(row(
                "POST",
                "/api/admin/communes/bac-son/users",
                "admin",
                409,
                Map.of(
                        "username", "thon1",
                        "fullName", "Hoàng Văn Thắng",
                        "email", "thon1@bacson.example",
                        "password", "mat-khau-dai",
                        "roles", List.of("unit"),
                        "unitCode", "thon-1")));
        rows.add(row("GET", "/api/admin/communes/khong-co", "admin", 404, null));

        // the province dashboard: the province roles and the system administrator
        for (String user : List.of("sonv", "hdtinh", "chutichtinh", "admin")) {
            rows.add(row("GET", "/api/monitoring/province", user, 200, null));
        }
        for (String user : List.of("thon1", "bxdd", "vhxh", "truongphong", "hoidong", "chutich", "vl-chutich")) {
            rows.add(row("GET", "/api/monitoring/province", user, 403, null));
        }
        rows.add(row("GET", "/api/monitoring/province", null, 401, null));
        rows.add(row("GET", "/api/monitoring/province/export.xlsx", "thon1", 403, null));

        // the engine's REST API is for the administrator
        rows.add(row("GET", "/engine-rest/task", "thon1", 403, null));
        rows.add(row("GET", "/engine-rest/task", "vhxh", 403, null));
        rows.add(row("GET", "/engine-rest/task", "admin", 200, null));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("table")
    void roleCheck(String method, String path, String user, int expected, Object body) {
        Api client = user == null ? anonymous() : api(user);

        ApiResponse response = client.send(HttpMethod.valueOf(method), path, MediaType.APPLICATION_JSON, body, h -> {});

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected >= 400 && !path.startsWith("/engine-rest")) {
            assertThat(response.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
        }
    }

    /**
     * The engine's own APIs, for every demo role: the Camunda webapps' REST API (/camunda/api/**, reached with the
     * browser session the webapps share with our pages) and /engine-rest/** (HTTP Basic) are camunda-admin's
     * alone. Nobody else may even read them, and no claim through them reaches the engine: the council task stays
     * unassigned whoever tries to claim it (issue 11: a reviewer could hand a task to another user this way).
     */
    Stream<Arguments> engineApis() {
        List<Arguments> rows = new ArrayList<>();
        String webappTasks = "/camunda/api/engine/engine/default/task";
        String webappClaim = webappTasks + "/" + councilTaskId + "/claim";
        for (String user : List.of("thon1", "bxdd", "vhxh", "truongphong", "hoidong", "chutich")) {
            rows.add(engineRow("GET", webappTasks, user, 403, null));
            rows.add(engineRow("GET", webappTasks + "/" + councilTaskId, user, 403, null));
            rows.add(engineRow("POST", webappClaim, user, 403, Map.of("userId", "thon2")));
            rows.add(engineRow("POST", webappClaim, user, 403, Map.of("userId", user)));
            rows.add(engineRow("GET", "/camunda/api/engine/engine/default/user", user, 403, null));
            rows.add(engineRow("GET", "/camunda/api/admin/auth/user/default", user, 403, null));
            rows.add(engineRow("GET", "/camunda/app/tasklist/default/", user, 403, null));
            rows.add(engineRow("GET", "/engine-rest/task", user, 403, null));
            rows.add(engineRow("GET", "/engine-rest/user", user, 403, null));
            rows.add(engineRow(
                    "POST", "/engine-rest/task/" + councilTaskId + "/claim", user, 403, Map.of("userId", "thon2")));
        }
        rows.add(engineRow("GET", webappTasks, null, 401, null));
        rows.add(engineRow("POST", webappClaim, null, 401, Map.of("userId", "thon2")));
        rows.add(engineRow("GET", "/camunda/app/tasklist/default/", null, 302, null));
        rows.add(engineRow("GET", "/engine-rest/task", null, 401, null));
        rows.add(engineRow("POST", "/engine-rest/task/" + councilTaskId + "/claim", null, 401, Map.of("userId", "x")));
        rows.add(engineRow("GET", webappTasks, "admin", 200, null));
        rows.add(engineRow("GET", webappTasks + "/" + councilTaskId, "admin", 200, null));
        rows.add(engineRow("GET", "/camunda/api/engine/engine/default/user", "admin", 200, null));
        rows.add(engineRow("GET", "/camunda/app/tasklist/default/", "admin", 200, null));
        rows.add(engineRow("GET", "/engine-rest/task", "admin", 200, null));
        rows.add(engineRow("GET", "/engine-rest/user", "admin", 200, null));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @MethodSource("engineApis")
    void engineApiRoleCheck(String method, String path, String user, int expected, Object body) {
        Api client;
        if (user == null) {
            client = anonymous();
        } else if (path.startsWith("/camunda/")) {
            // the webapps take no Basic credentials: they share the browser session of our pages
            client = sessions.computeIfAbsent(user, u -> {
                Browser browser = browser();
                browser.login(u, DEMO_PASSWORD);
                return browser.http();
            });
        } else {
            client = api(user);
        }

        ApiResponse response = client.send(HttpMethod.valueOf(method), path, MediaType.APPLICATION_JSON, body, h -> {});

        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected == 403 && path.startsWith("/camunda/api")) {
            assertThat(response.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(councilTaskId)
                        .singleResult()
                        .getAssignee())
                .as("the council task after " + method + " " + path + " as " + user)
                .isNull();
    }

    private static Arguments engineRow(String method, String path, String user, int expected, Object body) {
        return Arguments.of(method, path, user, expected, body);
    }

    private static String reportPath(String dossierId, String nomineeId) {
        return "/api/dossiers/" + dossierId + "/nominees/" + nomineeId + "/achievement-report";
    }

    private static Arguments row(String method, String path, String user, int expected, Object body) {
        return Arguments.of(method, path, user, expected, body);
    }

    private Map<String, Object> campaign() {
        return Map.of(
                "code",
                unique("ROLE"),
                "title",
                "Phong trào kiểm thử quyền",
                "launchedOn",
                "2025-07-10",
                "awardForms",
                List.of("GIAY_KHEN_CHU_TICH_XA"));
    }

    private Map<String, Object> dossier() {
        return Map.of(
                "campaignId",
                campaignId,
                "title",
                "Hồ sơ kiểm thử quyền",
                "nominees",
                List.of(Map.of(
                        "type",
                        "INDIVIDUAL",
                        "fullName",
                        "Người " + unique(""),
                        "birthYear",
                        1975,
                        "proposedAward",
                        "GIAY_KHEN_CHU_TICH_XA",
                        "achievementSummary",
                        "Thành tích",
                        "emulationContents",
                        List.of("KTXH"),
                        "initiative",
                        "Sáng kiến",
                        "disciplineLevel",
                        "NONE")));
    }

    private Map<String, Object> provinceDecision() {
        return Map.of(
                "decisionNumber",
                "123/QĐ-UBND",
                "decidedOn",
                "2025-10-01",
                "nominees",
                List.of(Map.of("nomineeId", inCouncilNomineeId, "awarded", true)));
    }

    private void complete(
            String user,
            String stage,
            JsonNode dossier,
            Function<String, Map<String, Object>> each,
            Map<String, Object> rest) {
        List<Object> nominees = new ArrayList<>();
        dossier.get("nominees").forEach(n -> nominees.add(each.apply(n.get("id").asText())));
        Map<String, Object> payload = new java.util.HashMap<>(rest);
        payload.put("comment", "Đồng ý");
        payload.put("nominees", nominees);
        ApiResponse done = api(user).post("/api/tasks/{id}/complete", payload, taskId(user, stage));
        if (done.status() != 200) {
            throw new IllegalStateException(stage + " could not be completed: " + done);
        }
    }

    private String taskId(String user, String stage) {
        ApiResponse list = api(user).get("/api/tasks?campaignId={c}&stage={s}", campaignId, stage);
        JsonNode items = list.json().get("items");
        if (items == null || items.size() != 1) {
            throw new IllegalStateException("Expected one " + stage + " task for " + user + ": " + list);
        }
        return items.get(0).get("id").asText();
    }
}
