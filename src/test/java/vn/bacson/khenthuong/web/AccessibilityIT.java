package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The accessibility check of issue 3: axe-core (WCAG 2 A and AA rules) runs in headless Chromium on the pages
 * each kind of user works in; a serious or critical violation fails the build with the rule and the element.
 */
class AccessibilityIT extends PostgresIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);

    private String campaignId;
    private JsonNode dossier;

    @BeforeEach
    void aCampaignWithADossierInReview() {
        campaignId = createOpenCampaign();
        dossier = DossierFixture.inReview(api("thon1"), campaignId, unique("Hồ sơ kiểm tra truy cập"), "Lò Văn Minh");
    }

    @Test
    void loginPageHasNoSeriousViolations() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.visible(By.id("username"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void unitOfficersPagesHaveNoSeriousViolations() {
        browser.signIn("thon1");
        List<String> found = new ArrayList<>();
        for (String page : List.of(
                "/unit",
                "/dossiers/new?campaignId=" + campaignId,
                "/dossiers/" + dossier.path("id").asText(),
                "/dossiers/" + dossier.path("id").asText() + "/edit")) {
            browser.open(page);
            browser.visible(By.id("logout"));
            violations().forEach(v -> found.add(page + " → " + v));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void achievementReportFormHasNoSeriousViolations() {
        JsonNode draft =
                DossierFixture.draft(api("thon1"), campaignId, unique("Hồ sơ nháp kiểm tra truy cập"), "Lò Thị Nháp");
        String form = "/dossiers/" + draft.path("id").asText() + "/nominees/"
                + draft.path("nominees").path(0).path("id").asText() + "/achievement-report";
        browser.signIn("thon1");
        List<String> found = new ArrayList<>();
        for (String page : List.of("/dossiers/" + draft.path("id").asText(), form)) {
            browser.open(page);
            browser.visible(By.id("logout"));
            violations().forEach(v -> found.add(page + " → " + v));
        }
        // the form with its field errors shown
        browser.driver().findElement(By.id("add-row")).click();
        browser.visible(By.id("achievements2.result")).sendKeys("Kết quả chưa chọn nội dung thi đua.");
        browser.driver().findElement(By.id("save-report")).click();
        browser.visible(By.id("form-errors"));
        violations().forEach(v -> found.add(form + " (errors) → " + v));
        assertThat(found).isEmpty();
    }

    @Test
    void reviewersPagesHaveNoSeriousViolations() {
        browser.signIn("bxdd");
        List<String> found = new ArrayList<>();
        browser.open("/tasks");
        browser.visible(By.id("logout"));
        violations().forEach(v -> found.add("/tasks → " + v));
        JsonNode task = api("bxdd")
                .get("/api/tasks?stage=PARTY_BUILDING_SELECTION&campaignId=" + campaignId)
                .json()
                .path("items")
                .path(0);
        assertThat(task.isMissingNode()).as("the dossier's selection task").isFalse();
        browser.open("/tasks/" + task.path("id").asText());
        browser.visible(By.id("logout"));
        violations().forEach(v -> found.add("task page → " + v));
        assertThat(found).isEmpty();
    }

    @Test
    void taskListWithBulkBarSavedFiltersAndTheDelegationPageHaveNoSeriousViolations() {
        api("bxdd").post("/api/me/task-filters", Map.of("name", unique("Truy cập"), "query", "stage=COUNCIL_REVIEW"));
        List<String> found = new ArrayList<>();
        for (org.openqa.selenium.Dimension size :
                List.of(new org.openqa.selenium.Dimension(1366, 768), WebDriverSession.PHONE)) {
            browser.resize(WebDriverSession.DESKTOP);
            browser.signIn("bxdd");
            browser.resize(size);
            String list = "/tasks?stage=PARTY_BUILDING_SELECTION&campaignId=" + campaignId + "&unit=thon-1";
            browser.open(list);
            browser.present(By.id("bulk-form"));
            browser.present(By.cssSelector(".saved-filter"));
            violations().forEach(v -> found.add(size + " " + list + " → " + v));
            browser.open("/delegations");
            browser.present(By.id("given-heading"));
            violations().forEach(v -> found.add(size + " /delegations → " + v));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void chairmansPhoneViewHasNoSeriousViolations() {
        browser.signIn("chutich");
        browser.resize(WebDriverSession.PHONE);
        browser.open("/chairman?campaignId=" + campaignId);
        browser.present(By.id("logout")); // in the collapsed menu on a phone
        assertThat(violations()).isEmpty();
    }

    @Test
    void publicPostingPageWithItsFormHasNoSeriousViolations() {
        api("vhxh").patch("/api/campaigns/{id}", Map.of("publicPostingDays", 2), campaignId);
        DossierFixture.appraised(api("bxdd"), api("vhxh"), campaignId, dossier);
        String id = dossier.path("id").asText();
        String code = api("vhxh").get("/api/campaigns/{id}", campaignId).str("code");

        browser.driver().manage().deleteAllCookies();
        browser.open("/cong-khai/niem-yet?campaign=" + code);
        browser.visible(By.cssSelector("#dossier-" + id + " summary")).click();
        List<String> found = new ArrayList<>();
        violations().forEach(v -> found.add("form → " + v));
        // and with the server's error messages in place
        browser.visible(By.id("send-feedback-" + id)).click();
        browser.visible(By.id("sender-error-" + id));
        violations().forEach(v -> found.add("errors → " + v));
        assertThat(found).isEmpty();
    }

    @Test
    void publicVerificationPageHasNoSeriousViolations() {
        browser.driver().manage().deleteAllCookies();
        List<String> found = new ArrayList<>();
        for (org.openqa.selenium.Dimension size : List.of(WebDriverSession.DESKTOP, WebDriverSession.PHONE)) {
            browser.resize(size);
            browser.open("/xac-thuc");
            browser.visible(By.id("verify-file"));
            violations().forEach(v -> found.add(size + " /xac-thuc → " + v));
            // a code that names nothing: the message in place
            browser.open("/xac-thuc?ma=" + java.util.UUID.randomUUID());
            browser.visible(By.id("verify-problem"));
            violations().forEach(v -> found.add(size + " /xac-thuc?ma=… → " + v));
        }
        assertThat(found).isEmpty();
    }

    /** Runs axe on the current page; each serious or critical violation as "rule: target (help)". */
    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return Axe.seriousViolations(browser);
    }
}
