package vn.bacson.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.bacson.khenthuong.support.DefaultCommuneExtension.DEFAULT_COMMUNE;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;

class SecurityIT extends PostgresIT {

    /**
     * Wrong passwords are tried on a user of their own, never on a demo user other tests log in with, and from
     * client addresses of their own (X-Forwarded-For from the loopback proxy), so the throttle of one test does
     * not slow another.
     */
    private static final String TARGET_OF_WRONG_PASSWORDS = "it-sai-mat-khau";

    @Autowired
    private UserDirectory directory;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private TaskService taskService;

    @Autowired
    private AuthorizationService authorizationService;

    @BeforeEach
    void userForWrongPasswords() {
        directory.ensureUser(TARGET_OF_WRONG_PASSWORDS, "Thử", "Người", "it@bacson.example", DEMO_PASSWORD);
        directory.ensureTenantMembership(TARGET_OF_WRONG_PASSWORDS, DEFAULT_COMMUNE);
    }

    @Test
    void anonymousApiCallIsAProblemNotARedirect() {
        ApiResponse response = anonymous().get("/api/dossiers");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.str("detail")).isEqualTo("Bạn cần đăng nhập để thực hiện thao tác này.");
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void anonymousPostWithoutTokenIsUnauthenticatedToo() {
        ApiResponse response = anonymous().post("/api/dossiers", Map.of("title", "x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void wrongPasswordIsRefused() {
        ApiResponse response = basicFrom(address(), TARGET_OF_WRONG_PASSWORDS, "sai-mat-khau", "/api/campaigns");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void unknownUserIsRefused() {
        assertThat(basicFrom(address(), "khong-ton-tai", "demo", "/api/campaigns")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void demoUserWithBasicAuthReadsTheApi() {
        ApiResponse response = api("thon1").get("/api/campaigns");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items").findValuesAsText("code")).contains("DH-2025");
    }

    @Test
    void publicEndpointsNeedNoLogin() {
        // 503 when a dependency (the SMTP server of the tests) is down: still answered without a login
        ApiResponse health = anonymous().get("/actuator/health");
        assertThat(health.status()).isIn(200, 503);
        assertThat(health.json().has("status")).isTrue();
        ApiResponse openApi = anonymous().get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        // the caller comes from the login, not from request parameters
        assertThat(openApi.json().at("/paths/~1api~1tasks/get/parameters").findValuesAsText("name"))
                .contains("stage", "campaignId", "unit", "overdue", "assignee", "page", "size")
                .doesNotContain("username", "roles", "unitCode", "user");
        assertThat(anonymous().get("/login").status()).isEqualTo(200);
    }

    @Test
    void engineRestIsForTheAdminOnly() {
        ApiResponse asUnit = api("thon1").get("/engine-rest/task");
        assertThat(asUnit.status()).isEqualTo(403);
        assertThat(asUnit.code()).isEqualTo("FORBIDDEN");

        assertThat(anonymous().get("/engine-rest/task").status()).isEqualTo(401);

        ApiResponse asAdmin = api("admin").get("/engine-rest/task?maxResults=1");
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json().isArray()).isTrue();
    }

    @Test
    void engineRestCallsAreAuthenticatedToTheEngine() {
        // with authorization checks on, the engine shows groups only to a caller it knows: here, the admin
        ApiResponse groups = api("admin").get("/engine-rest/group");

        assertThat(groups.status()).isEqualTo(200);
        assertThat(groups.json().findValuesAsText("id")).contains("camunda-admin", "culture-social", "thon-1");
    }

    @Test
    void engineRestDoesNotAcceptTheBrowserSession() {
        Browser browser = browser();
        browser.login("admin", DEMO_PASSWORD);

        assertThat(browser.http().get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void camundaWebappsSendAnonymousUsersToOurLogin() {
        ApiResponse cockpit = anonymous().get("/camunda/app/cockpit/default/");

        assertThat(cockpit.status()).isEqualTo(302);
        assertThat(cockpit.headers().getFirst("Location")).endsWith("/login");
        assertThat(anonymous().get("/camunda/api/admin/auth/user/default").status())
                .isEqualTo(401);
    }

    @Test
    void camundaWebappsShareOurLoginAndStayAdminOnly() {
        Browser admin = browser();
        admin.login("admin", DEMO_PASSWORD);
        // opening an app page signs the session in to the webapps (no second login form)
        ApiResponse cockpit = admin.http().get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.text()).containsIgnoringCase("camunda");
        // the webapps set their own Content-Security-Policy (they need inline scripts), not ours
        assertThat(cockpit.headers().getFirst("Content-Security-Policy"))
                .isNotEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
        ApiResponse adminAuth = admin.http().get("/camunda/api/admin/auth/user/default");
        assertThat(adminAuth.status()).isEqualTo(200);
        assertThat(adminAuth.json().path("userId").asText()).isEqualTo("admin");
        assertThat(adminAuth.json().path("authorizedApps").toString()).contains("cockpit", "admin", "tasklist");

        Browser unit = browser();
        unit.login("thon1", DEMO_PASSWORD);
        // signed in, but without an application authorization the webapps refuse a unit officer
        assertThat(unit.http().get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
        assertThat(unit.http().get("/camunda/app/tasklist/default/").status()).isEqualTo(403);
        assertThat(unit.http().get("/camunda/app/admin/default/").status()).isEqualTo(403);
    }

    @Test
    void loginPageIsVietnameseWithACsrfField() {
        ApiResponse page = anonymous().get("/login");

        assertThat(page.text()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập", "name=\"_csrf\"");
        assertThat(page.headers().getFirst("Content-Security-Policy"))
                .isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void pagesRedirectAnonymousVisitorsToTheLogin() {
        ApiResponse response = anonymous().get("/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/login");
    }

    @Test
    void formLoginThenTheStartPageGreetsTheUser() {
        Browser browser = browser();

        ApiResponse login = browser.login("thon1", DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error");

        ApiResponse home = browser.http().get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains("Xin chào, Hoàng Văn Thắng", "thon1");
    }

    @Test
    void failedFormLoginShowsTheVietnameseError() {
        ApiResponse login = formLoginFrom(address(), TARGET_OF_WRONG_PASSWORDS, "sai");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/login?error");

        assertThat(anonymous().get("/login?error").text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = browser();
        browser.login("thon1", DEMO_PASSWORD);

        ApiResponse logout = browser.logout();

        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).endsWith("/login?logout");
        assertThat(browser.http().get("/api/campaigns").status()).isEqualTo(401);
        assertThat(browser.http().get("/login?logout").text()).contains("Bạn đã đăng xuất.");
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() {
        Browser browser = browser();
        browser.login("thon1", DEMO_PASSWORD);

        assertThat(browser.submitForm("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(browser.http().get("/api/campaigns").status()).isEqualTo(200);
    }

    @Test
    void theBrowserSessionReadsTheApi() {
        Browser browser = browser();
        browser.login("vhxh", DEMO_PASSWORD);

        assertThat(browser.http().get("/api/campaigns").status()).isEqualTo(200);
    }

    @Test
    void unsafeCallFromTheSessionNeedsTheCsrfToken() {
        Browser browser = browser();
        browser.login("vhxh", DEMO_PASSWORD);
        Map<String, Object> campaign = Map.of(
                "code",
                unique("CSRF"),
                "title",
                "Phong trào kiểm thử CSRF",
                "launchedOn",
                "2025-07-10",
                "awardForms",
                java.util.List.of("GIAY_KHEN_CHU_TICH_XA"));

        ApiResponse withoutToken = browser.http().post("/api/campaigns", campaign);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.code()).isEqualTo("FORBIDDEN");
        assertThat(withoutToken.str("detail")).contains("CSRF");

        ApiResponse withToken = browser.postWithCsrf("/api/campaigns", campaign);
        assertThat(withToken.status()).isEqualTo(201);
    }

    @Test
    void basicAuthCallsNeedNoCsrfToken() {
        Map<String, Object> campaign = Map.of(
                "code",
                unique("BASIC"),
                "title",
                "Phong trào kiểm thử Basic",
                "launchedOn",
                "2025-07-10",
                "awardForms",
                java.util.List.of("GIAY_KHEN_CHU_TICH_XA"));

        assertThat(api("vhxh").post("/api/campaigns", campaign).status()).isEqualTo(201);
    }

    @Test
    void actuatorBeyondHealthIsForTheAdmin() {
        ApiResponse response = api("admin").get("/actuator/info");
        assertThat(response.status()).isEqualTo(200);

        ApiResponse denied = api("thon1").get("/actuator/info");
        assertThat(denied.status()).isEqualTo(403);
    }

    @Test
    void theEngineRefusesAReviewerWhoClaimsATaskForSomeoneElse() {
        String campaignId = createOpenCampaign();
        DossierFixture.inReview(api("thon1"), campaignId, "Hồ sơ nhận hộ", "Lê Văn Nhận" + unique(""));
        String taskId = api("bxdd")
                .get("/api/tasks?campaignId={c}&stage=PARTY_BUILDING_SELECTION", campaignId)
                .json()
                .at("/items/0/id")
                .asText();
        // the authorizations the engine made for the candidate group: work on it, never reassign it
        List<Authorization> granted = authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .list();
        assertThat(granted).anySatisfy(a -> {
            assertThat(a.getGroupId()).isEqualTo("party-building");
            assertThat(a.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        });
        assertThat(granted)
                .allSatisfy(a -> assertThat(a.isPermissionGranted(Permissions.UPDATE)
                                || a.isPermissionGranted(TaskPermissions.TASK_ASSIGN))
                        .as("UPDATE or TASK_ASSIGN for " + a.getGroupId() + "/" + a.getUserId())
                        .isFalse());

        identityService.setAuthentication("bxdd", List.of("party-building"), List.of(DEFAULT_COMMUNE));
        try {
            // refused by the assignment guard (the engine wraps a listener's exception as ENGINE-03051)
            Throwable claimForOther = catchThrowable(() -> taskService.claim(taskId, "thon2"));
            assertThat(claimForOther).isNotNull();
            assertThat(claimForOther instanceof AuthorizationException
                            || claimForOther.getCause() instanceof AuthorizationException)
                    .as(String.valueOf(claimForOther))
                    .isTrue();
            assertThatThrownBy(() -> taskService.setAssignee(taskId, "thon2"))
                    .isInstanceOf(AuthorizationException.class);
            // the reviewer may still take the task for themselves
            taskService.claim(taskId, "bxdd");
        } finally {
            identityService.clearAuthentication();
        }
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getAssignee()).isEqualTo("bxdd");
        taskService.setAssignee(taskId, null);
    }

    @Test
    void wrongPasswordsMakeTheAddressWaitButTheUserLogsInFromElsewhere() {
        String attacker = address();
        ApiResponse last = null;
        for (int i = 0; i < 12; i++) {
            last = basicFrom(attacker, TARGET_OF_WRONG_PASSWORDS, "sai-" + i, "/api/campaigns");
        }
        assertThat(last.status()).as(last.toString()).isEqualTo(429);
        assertThat(last.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(last.code()).isEqualTo("LOGIN_THROTTLED");
        assertThat(Long.parseLong(last.headers().getFirst("Retry-After"))).isGreaterThanOrEqualTo(2);
        // the attacker's address waits, even with the right password ...
        assertThat(basicFrom(attacker, TARGET_OF_WRONG_PASSWORDS, DEMO_PASSWORD, "/api/campaigns")
                        .status())
                .isEqualTo(429);
        // ... while the official, elsewhere, is not locked out
        assertThat(basicFrom(address(), TARGET_OF_WRONG_PASSWORDS, DEMO_PASSWORD, "/api/campaigns")
                        .status())
                .isEqualTo(200);
        // more than ten failures: the address waits for every user name, on the engine REST API too ...
        assertThat(basicFrom(attacker, "admin", DEMO_PASSWORD, "/engine-rest/task")
                        .status())
                .isEqualTo(429);
        // ... except one whose right password came from there before (a colleague behind the same address)
        String office = address();
        assertThat(basicFrom(office, "vhxh", DEMO_PASSWORD, "/api/campaigns").status())
                .isEqualTo(200);
        for (int i = 0; i < 12; i++) {
            basicFrom(office, "khong-ton-tai-" + i, "sai", "/api/campaigns");
        }
        assertThat(basicFrom(office, "thon1", DEMO_PASSWORD, "/api/campaigns").status())
                .isEqualTo(429);
        assertThat(basicFrom(office, "vhxh", DEMO_PASSWORD, "/api/campaigns").status())
                .isEqualTo(200);
    }

    @Test
    void theEngineDoesNotLockAUserOutAfterManyWrongPasswords() {
        // fifteen wrong passwords from fifteen addresses: none of them waits, and the engine's own per-user lock
        // (which used to refuse even the right password) is off
        for (int i = 0; i < 15; i++) {
            assertThat(basicFrom(address(), TARGET_OF_WRONG_PASSWORDS, "sai-" + i, "/api/campaigns")
                            .status())
                    .isEqualTo(401);
        }
        assertThat(basicFrom(address(), TARGET_OF_WRONG_PASSWORDS, DEMO_PASSWORD, "/api/campaigns")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void formLoginWaitsTooAndSaysHowLong() {
        String attacker = address();
        ApiResponse last = null;
        for (int i = 0; i < 8; i++) {
            last = formLoginFrom(attacker, TARGET_OF_WRONG_PASSWORDS, "sai-" + i);
        }
        assertThat(last.status()).isEqualTo(302);
        assertThat(last.location()).contains("/login?throttled=");
        assertThat(last.headers().getFirst("Retry-After")).isNotBlank();

        ApiResponse page =
                anonymous().get(last.location().substring(last.location().indexOf("/login")));
        assertThat(page.text()).contains("Đăng nhập sai quá nhiều lần từ địa chỉ mạng này");
        // the right password from another address logs in at once
        ApiResponse elsewhere = formLoginFrom(address(), TARGET_OF_WRONG_PASSWORDS, DEMO_PASSWORD);
        assertThat(elsewhere.status()).isEqualTo(302);
        assertThat(elsewhere.location()).doesNotContain("error").doesNotContain("throttled");
    }

    @Test
    void failedLoginsAreShownToTheAdministratorOnly() {
        String from = address();
        basicFrom(from, TARGET_OF_WRONG_PASSWORDS, "sai-mat-khau", "/api/campaigns");

        ApiResponse list = api("admin").get("/api/admin/login-failures?size=50");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("items")).anySatisfy(item -> {
            assertThat(item.get("username").asText()).isEqualTo(TARGET_OF_WRONG_PASSWORDS);
            assertThat(item.get("clientAddress").asText()).isEqualTo(from);
            assertThat(item.get("reason").asText()).isEqualTo("BAD_CREDENTIALS");
        });
        assertThat(api("thon1").get("/api/admin/login-failures").status()).isEqualTo(403);
        assertThat(api("vhxh").get("/api/admin/login-failures").code()).isEqualTo("FORBIDDEN");
        assertThat(anonymous().get("/api/admin/login-failures").status()).isEqualTo(401);

        Browser admin = browser();
        admin.login("admin", DEMO_PASSWORD);
        ApiResponse page = admin.http().get("/admin/login-failures");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Đăng nhập thất bại", from, "Sai tên đăng nhập hoặc mật khẩu");
        Browser unit = browser();
        unit.login("thon1", DEMO_PASSWORD);
        assertThat(unit.http().get("/admin/login-failures").status()).isEqualTo(403);
    }

    @Test
    void camundaApiIsForTheAdminOnly() {
        Browser unit = browser();
        unit.login("bxdd", DEMO_PASSWORD);
        ApiResponse claim = unit.http()
                .send(
                        HttpMethod.POST,
                        "/camunda/api/engine/engine/default/task/some-task/claim",
                        MediaType.APPLICATION_JSON,
                        Map.of("userId", "thon2"),
                        h -> {});
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.code()).isEqualTo("FORBIDDEN");
        assertThat(unit.http().get("/camunda/api/admin/auth/user/default").status())
                .isEqualTo(403);

        Browser admin = browser();
        admin.login("admin", DEMO_PASSWORD);
        assertThat(admin.http().get("/camunda/api/engine/engine/default/task").status())
                .isEqualTo(200);
    }

    /** A client address of this test's own (IPv6 documentation prefix), as the proxy reports it. */
    private static String address() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8, 12);
    }

    private ApiResponse basicFrom(String address, String username, String password, String path) {
        return Api.basic(baseUrl(), objectMapper, username, password)
                .send(HttpMethod.GET, path, MediaType.APPLICATION_JSON, null, h -> h.set("X-Forwarded-For", address));
    }

    private ApiResponse formLoginFrom(String address, String username, String password) {
        Api http = Api.anonymous(baseUrl(), objectMapper);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(http.get("/login").text());
        assertThat(token.find()).isTrue();
        org.springframework.util.MultiValueMap<String, String> form =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", token.group(1));
        return http.send(
                HttpMethod.POST,
                "/login",
                MediaType.APPLICATION_FORM_URLENCODED,
                form,
                h -> h.set("X-Forwarded-For", address));
    }
}
