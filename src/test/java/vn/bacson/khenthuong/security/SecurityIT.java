package vn.bacson.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.PostgresIT;

class SecurityIT extends PostgresIT {

    /**
     * The engine throttles logins after a wrong password (the user is locked for a few seconds), so wrong
     * passwords are tried on a user of their own, never on a demo user other tests log in with.
     */
    private static final String TARGET_OF_WRONG_PASSWORDS = "it-sai-mat-khau";

    @Autowired
    private UserDirectory directory;

    @BeforeEach
    void userForWrongPasswords() {
        directory.ensureUser(TARGET_OF_WRONG_PASSWORDS, "Thử", "Người", "it@bacson.example", DEMO_PASSWORD);
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
        ApiResponse response = Api.basic(baseUrl(), objectMapper, TARGET_OF_WRONG_PASSWORDS, "sai-mat-khau")
                .get("/api/campaigns");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void unknownUserIsRefused() {
        assertThat(Api.basic(baseUrl(), objectMapper, "khong-ton-tai", "demo")
                        .get("/api/campaigns")
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
        Browser browser = browser();

        ApiResponse login = browser.login(TARGET_OF_WRONG_PASSWORDS, "sai");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/login?error");

        assertThat(browser.http().get("/login?error").text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
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
}
