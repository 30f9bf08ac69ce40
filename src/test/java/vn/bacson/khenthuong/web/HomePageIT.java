package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import vn.bacson.khenthuong.home.HomeFixture;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * Each role's start page in headless Chromium at 1366×768 and 390×844, on the data of one campaign (the page
 * narrowed to it with ?campaignId=): what the user finds first, one click into the work, axe-core without serious
 * or critical violations, no console errors, nothing wider than the screen. Screenshots: target/screenshots/home-*.
 */
class HomePageIT extends PostgresIT {

    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Collects what the console would show as errors, from the first script of every document on. */
    private static final String CONSOLE_PROBE = """
            window.__homeErrors = [];
            const push = (text) => window.__homeErrors.push(String(text));
            const original = console.error;
            console.error = function (...args) { push(args.join(' ')); return original.apply(console, args); };
            window.addEventListener('error', e => push(e.message || ('failed to load ' + (e.target && (e.target.src || e.target.href)))), true);
            window.addEventListener('unhandledrejection', e => push('unhandled rejection: ' + e.reason));
            document.addEventListener('securitypolicyviolation', e => push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
            """;

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(LAPTOP)
            .onStart(driver ->
                    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CONSOLE_PROBE)));

    /** One campaign with a dossier at every stage, shared by the tests of this class. */
    private static String campaignId;

    private static JsonNode returned;
    private static JsonNode decided;
    private static JsonNode draft;
    private static String reason;

    @BeforeEach
    void aCampaignWithADossierAtEveryStage() {
        if (campaignId == null) {
            campaignId = createOpenCampaign();
            HomeFixture fixture = new HomeFixture(this::api, campaignId);
            reason = "Bổ sung biên bản họp bình xét của thôn.";
            draft = fixture.draft(unique("Bản nháp của Thôn 1"), unique("Lò Văn Nháp"));
            returned = fixture.returned(unique("Hồ sơ Thôn 1 cần bổ sung"), unique("Hoàng Thị Bổ"), reason);
            fixture.inReview(unique("Hồ sơ chờ Ban Xây dựng Đảng"), unique("Nông Văn Chọn"));
            fixture.selected(unique("Hồ sơ chờ thẩm định"), unique("Hoàng Văn Thẩm"));
            fixture.appraised(unique("Hồ sơ chờ Hội đồng"), unique("Dương Văn Họp"));
            fixture.voted(unique("Hồ sơ chờ Chủ tịch"), unique("Hà Văn Quyết"));
            decided = fixture.decided(unique("Hồ sơ Thôn 1 đã có quyết định"), unique("Vi Văn Khen"));
            engine().runDueJobs(HomeFixture.id(decided));
            decided = fixture.get(decided);
        }
    }

    @AfterAll
    static void forgetTheData() {
        campaignId = null;
    }

    @Test
    void aUnitFindsItsCampaignsAmendmentsDecisionsAndDrafts() {
        List<String> problems = visit("thon1", "home-unit", () -> {
            WebElement campaign =
                    browser.visible(By.cssSelector(".open-campaign[data-campaign-id='" + campaignId + "']"));
            assertThat(campaign.getText()).contains("Còn 17 ngày").contains("Đơn vị đã gửi 6 hồ sơ, 1 bản nháp");
            WebElement amendment =
                    browser.visible(By.cssSelector(".amendment[data-dossier-id='" + HomeFixture.id(returned) + "']"));
            String due = DATE_TIME.format(
                    OffsetDateTime.parse(returned.path("amendmentDueAt").asText())
                            .atZoneSameInstant(BUSINESS_ZONE));
            assertThat(amendment.getText()).contains("Hạn bổ sung " + due).contains("Lý do: " + reason);
            WebElement decision =
                    browser.visible(By.cssSelector(".decision[data-dossier-id='" + HomeFixture.id(decided) + "']"));
            assertThat(decision.getText())
                    .contains("Quyết định số " + decided.at("/decision/number").asText() + " ngày "
                            + DATE.format(java.time.LocalDate.parse(
                                    decided.at("/decision/decidedOn").asText())));
            assertThat(decision.findElement(By.className("decision-pdf")).getDomAttribute("href"))
                    .isEqualTo("/api/decisions/" + decided.at("/decision/id").asText() + "/document.pdf");
            assertThat(browser.text(By.cssSelector(".draft[data-dossier-id='" + HomeFixture.id(draft) + "']")))
                    .contains("1 đối tượng")
                    .contains("Còn 17 ngày");
        });
        // one click into the work: the amendment opens the dossier with its reason
        browser.resize(LAPTOP);
        browser.driver()
                .findElement(By.cssSelector(".amendment[data-dossier-id='" + HomeFixture.id(returned) + "'] a"))
                .click();
        assertThat(browser.text(By.id("amendment-comment"))).isEqualTo(reason);
        assertThat(problems).isEmpty();
    }

    @Test
    void partyBuildingFindsItsSelectionTasks() {
        List<String> problems = visit("bxdd", "home-party-building", () -> {
            assertThat(browser.text(By.cssSelector("#tile-total .home-tile-number")))
                    .isEqualTo("1");
            assertThat(browser.text(By.cssSelector("#tasks-by-stage tr[data-stage='PARTY_BUILDING_SELECTION']")))
                    .contains("Ban Xây dựng Đảng lựa chọn");
            assertThat(browser.text(By.id("next-tasks"))).contains("Hồ sơ chờ Ban Xây dựng Đảng");
        });
        browser.resize(LAPTOP);
        browser.driver().findElement(By.cssSelector("#next-tasks .next-task a")).click();
        browser.visible(By.id("outcome-FORWARD"));
        assertThat(problems).isEmpty();
    }

    @Test
    void cultureSocialFindsItsAppraisalAndTheCouncilSessionToPrepare() {
        List<String> problems = visit("vhxh", "home-culture-social", () -> {
            assertThat(browser.text(By.cssSelector("#tile-total .home-tile-number")))
                    .isEqualTo("1");
            assertThat(browser.text(By.id("next-tasks"))).contains("Hồ sơ chờ thẩm định");
            WebElement session =
                    browser.visible(By.cssSelector(".council-queue[data-campaign-id='" + campaignId + "']"));
            assertThat(session.getText()).contains("1 hồ sơ chờ Hội đồng xét");
            assertThat(session.findElements(By.className("record-session"))).isEmpty();
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theCouncilFindsItsNextSessionAndOpensIt() {
        List<String> problems = visit("hoidong", "home-council", () -> {
            assertThat(browser.text(By.cssSelector("#tile-total .home-tile-number")))
                    .isEqualTo("1");
            assertThat(browser.text(By.cssSelector(".council-queue[data-campaign-id='" + campaignId + "']")))
                    .contains("1 hồ sơ chờ Hội đồng xét");
        });
        browser.resize(LAPTOP);
        browser.driver()
                .findElement(By.cssSelector(".council-queue[data-campaign-id='" + campaignId + "'] .record-session"))
                .click();
        browser.visible(By.id("cs-total"));
        assertThat(browser.driver().getCurrentUrl()).contains("/council/sessions/new?campaignId=" + campaignId);
        assertThat(browser.text(By.id("main"))).contains("Hồ sơ chờ Hội đồng");
        assertThat(problems).isEmpty();
    }

    @Test
    void theChairmanFindsTheDecisionToTake() {
        List<String> problems = visit("chutich", "home-chairman", () -> {
            assertThat(browser.text(By.cssSelector("#tile-total .home-tile-number")))
                    .isEqualTo("1");
            assertThat(browser.text(By.cssSelector("#tasks-by-stage tr[data-stage='CHAIRMAN_DECISION']")))
                    .contains("Chủ tịch UBND xã quyết định");
            assertThat(browser.text(By.id("next-tasks"))).contains("Hồ sơ chờ Chủ tịch");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theOfficeLeadFindsTheCampaignInOneLineAndOpensTheDashboard() {
        List<String> problems = visit("truongphong", "home-office-lead", () -> {
            WebElement line = browser.visible(By.cssSelector(".campaign-line[data-campaign-id='" + campaignId + "']"));
            assertThat(line.getText())
                    .contains("Còn 17 ngày nhận hồ sơ")
                    .containsPattern("\\d+/\\d+ đơn vị chưa gửi")
                    .contains("0 việc quá hạn")
                    .contains("0 sự cố");
        });
        browser.resize(LAPTOP);
        browser.driver()
                .findElement(By.cssSelector(".campaign-line[data-campaign-id='" + campaignId + "'] .home-title"))
                .click();
        browser.waiter().until(d -> d.getCurrentUrl().contains("/monitoring/campaigns/" + campaignId));
        assertThat(problems).isEmpty();
    }

    /**
     * Signs in, opens the start page narrowed to the campaign at 1366×768 (screenshot) and at 390×844, checks
     * {@code content} at both; answers the accessibility, console and overflow problems found.
     */
    private List<String> visit(String user, String screenshot, Runnable content) {
        browser.signIn(user);
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(LAPTOP, WebDriverSession.PHONE)) {
            browser.resize(size);
            browser.open("/?campaignId=" + campaignId);
            browser.present(By.id("greeting"));
            content.run();
            String where = user + " " + size.getWidth() + "×" + size.getHeight();
            violations().forEach(v -> problems.add(where + " axe: " + v));
            consoleErrors().forEach(e -> problems.add(where + " console: " + e));
            if (overflows()) {
                problems.add(where + ": the page is wider than the screen");
            }
            if (size.equals(LAPTOP)) {
                browser.screenshot(screenshot);
            }
        }
        return problems;
    }

    private boolean overflows() {
        return (Boolean)
                browser.driver()
                        .executeScript(
                                "const m = document.getElementById('main');"
                                        + "return m.scrollWidth > m.clientWidth + 1 || m.getBoundingClientRect().right > window.innerWidth + 1;");
    }

    @SuppressWarnings("unchecked")
    private List<String> consoleErrors() {
        Object errors = browser.driver().executeScript("return window.__homeErrors || ['console probe missing'];");
        return new ArrayList<>((List<String>) errors);
    }

    /** axe-core (WCAG 2 A and AA) on the current page: each serious or critical violation as "rule: targets". */
    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return Axe.seriousViolations(browser);
    }
}
