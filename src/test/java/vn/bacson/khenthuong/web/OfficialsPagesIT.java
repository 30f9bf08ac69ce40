package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The defects of issue 12 as an official meets them, in headless Chromium at 1366×768 and 390×844: the header of
 * every role on a laptop and a phone, the council's result page, an incomplete dossier sent by mistake, the
 * dashboard's countdown and unit states, dates typed dd/MM/yyyy, error summaries that name the field; each page
 * without console errors and without serious axe-core violations.
 */
class OfficialsPagesIT extends PostgresIT {

    /** One line of header: brand, menu and user menu (61 px measured); a wrapped header was 135–233 px. */
    private static final int MAX_HEADER_HEIGHT = 72;

    private static final List<String> ROLES = List.of("thon1", "bxdd", "vhxh", "truongphong", "hoidong", "chutich");

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.LAPTOP_WIDE);

    private String campaignId;

    @BeforeEach
    void anOpenCampaign() {
        campaignId = createOpenCampaign();
    }

    @Test
    void theHeaderFitsEveryRoleOnLaptopsAndIsUsableOnAPhone() {
        List<String> problems = new ArrayList<>();
        for (String user : ROLES) {
            browser.resize(WebDriverSession.LAPTOP_WIDE);
            browser.signIn(user);
            browser.clearConsole();
            for (Dimension size : List.of(WebDriverSession.LAPTOP, WebDriverSession.LAPTOP_WIDE)) {
                browser.resize(size);
                browser.open("/");
                browser.visible(By.id("current-user"));
                String where = user + " at " + size.getWidth() + "×" + size.getHeight();
                long height = headerHeight();
                if (height > MAX_HEADER_HEIGHT) {
                    problems.add(where + ": header " + height + " px tall");
                }
                problems.addAll(outsideViewport(where, "#main-nav .nav-link, #current-user, #logout"));
                if (!browser.driver().findElements(By.id("nav-dossier-menu")).isEmpty()) {
                    browser.driver().findElement(By.id("nav-dossier-menu")).click();
                    problems.addAll(outsideViewport(
                            where + ", Hồ sơ menu", "#nav-dossier-menu + .dropdown-menu .dropdown-item"));
                    browser.driver().findElement(By.id("nav-dossier-menu")).click();
                }
                browser.driver().findElement(By.id("current-user")).click();
                problems.addAll(outsideViewport(where + ", user menu", "#user-menu-name, #user-role, #lang-switch"));
                browser.driver().findElement(By.id("current-user")).click();
                if ("chutich".equals(user) && size.equals(WebDriverSession.LAPTOP)) {
                    browser.screenshot("header-chairman-1280");
                }
            }
            browser.resize(WebDriverSession.PHONE);
            browser.open("/");
            String where = user + " on a phone";
            long height = headerHeight();
            if (height > MAX_HEADER_HEIGHT) {
                problems.add(where + ": header " + height + " px tall");
            }
            browser.visible(By.id("menu-toggle")).click();
            browser.visible(By.id("logout"));
            problems.addAll(outsideViewport(where, "#main-nav .nav-link, #current-user, #logout"));
            if ("chutich".equals(user)) {
                browser.screenshot("header-chairman-phone-menu");
            }
            problems.addAll(browser.consoleErrors().stream()
                    .map(e -> where + ": console " + e)
                    .toList());
        }
        assertThat(problems).isEmpty();

        // the role line names the Ban Xây dựng Đảng once, not as role and again as unit
        browser.resize(WebDriverSession.LAPTOP_WIDE);
        browser.signIn("bxdd");
        browser.driver().findElement(By.id("current-user")).click();
        String roleLine = browser.text(By.id("user-role"));
        assertThat(roleLine).contains("Ban Xây dựng Đảng");
        assertThat(Arrays.stream(roleLine.split(" · ")).distinct().count())
                .as(roleLine)
                .isEqualTo(roleLine.split(" · ").length);
        // our own icon, so no page asks for a missing favicon.ico
        ApiResponse icon = anonymous().get("/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(anonymous().get("/images/favicon.svg").text()).startsWith("<svg");
    }

    @Test
    void theCouncilResultPageShowsTheMeeting_andTheTaskFormNamesEachField() {
        JsonNode dossier =
                DossierFixture.inReview(api("thon1"), campaignId, unique("Hồ sơ họp Hội đồng"), "Lò Văn Biểu");
        DossierFixture.appraised(api("bxdd"), api("vhxh"), campaignId, dossier);
        String nomineeId = dossier.path("nominees").path(0).path("id").asText();
        browser.signIn("hoidong");

        // the council's task: the date field reads dd/MM/yyyy whatever the browser's language; a missing vote is
        // named in the summary with the field and the nominee
        String taskId = api("hoidong")
                .get("/api/tasks?stage=COUNCIL_REVIEW&campaignId={c}", campaignId)
                .json()
                .path("items")
                .path(0)
                .path("id")
                .asText();
        browser.open("/tasks/" + taskId);
        WebElement date = browser.visible(By.id("meetingDate"));
        assertThat(date.getDomAttribute("type")).isEqualTo("text");
        assertThat(date.getDomProperty("value")).matches("\\d{2}/\\d{2}/\\d{4}");
        browser.driver().findElement(By.id("membersTotal")).sendKeys("9");
        browser.driver().findElement(By.id("membersPresent")).sendKeys("7");
        browser.driver().findElement(By.id("outcome-record")).click();
        assertThat(browser.text(By.id("task-form-error"))).contains("Số phiếu tán thành – Lò Văn Biểu:");

        LocalDate today = EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate();
        ApiResponse recorded = api("hoidong")
                .post(
                        "/api/council-sessions",
                        Map.of(
                                "campaignId",
                                campaignId,
                                "meetingDate",
                                today.toString(),
                                "membersTotal",
                                9,
                                "membersPresent",
                                7,
                                "absentWrittenOpinions",
                                1,
                                "votes",
                                List.of(Map.of("nomineeId", nomineeId, "votesFor", 6))));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        String sessionId = recorded.str("id");

        browser.clearConsole();
        browser.open("/council/sessions/" + sessionId);
        String shownDate = String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        assertThat(browser.text(By.id("session-summary")))
                .isEqualTo("Họp ngày " + shownDate + ": 7/9 thành viên có mặt.");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#session-votes tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Lò Văn Biểu", "6/9", "Đạt");
        String minutes = browser.driver().findElement(By.id("minutes-pdf")).getDomAttribute("href");
        assertThat(minutes).isEqualTo("/api/council-sessions/" + sessionId + "/minutes.pdf");
        assertThat(fetch(minutes)).startsWith("200 application/pdf");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.screenshot("council-session-result");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void anIncompleteDossierWarnsBeforeItIsSent_andTheDashboardSaysWhatTheUnitMustDo() {
        JsonNode draft = DossierFixture.draft(api("thon1"), campaignId, unique("Hồ sơ còn thiếu"), "Lò Thị Thiếu");
        String id = draft.path("id").asText();
        browser.signIn("thon1");
        browser.clearConsole();
        browser.open("/dossiers/" + id);

        // before: the page says what is missing, and what sending now would do to the dossier and its deadline
        String warning = browser.text(By.id("submit-warning"));
        assertThat(warning).contains("Còn thiếu", "5 ngày làm việc", "hạn nộp của phong trào");
        assertThat(warning).containsPattern("đến \\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.driver().findElements(By.cssSelector(".nominee-outcome")))
                .extracting(WebElement::getText)
                .containsOnly("Chưa gửi xét");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        browser.driver().findElement(By.id("submit-dossier")).click();
        Alert confirm = browser.waiter().until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains("Tờ trình", "Biên bản họp xét", "Báo cáo thành tích – Lò Thị Thiếu");
        assertThat(confirm.getText()).contains("5 ngày làm việc").containsPattern("\\d{2}/\\d{2}/\\d{4}");
        confirm.dismiss();
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Bản nháp");

        // sent anyway: back for amendment at once, by the system, with the deadline explained
        browser.clickAndConfirm(By.id("submit-dossier"));
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Cần bổ sung");
        assertThat(browser.text(By.id("amendment-due-explained")))
                .contains("5 ngày làm việc", "hạn nộp của phong trào");
        assertThat(browser.driver().findElements(By.cssSelector(".nominee-outcome")))
                .extracting(WebElement::getText)
                .containsOnly("Chờ đơn vị bổ sung hồ sơ");
        String history = browser.text(By.id("history-list"));
        assertThat(history).contains("bởi hệ thống").doesNotContain("bởi system");
        browser.screenshot("amendment-deadline-explained");

        // complete now: the page says where it goes first, and so does the confirmation
        DossierFixture.uploadAllDocuments(api("thon1"), draft);
        browser.open("/dossiers/" + id);
        assertThat(browser.driver().findElements(By.id("submit-warning"))).isEmpty();
        assertThat(browser.text(By.id("submit-destination"))).contains("Ban Xây dựng Đảng");
        browser.driver().findElement(By.id("submit-dossier")).click();
        confirm = browser.waiter().until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains("Ban Xây dựng Đảng").doesNotContain("Hội đồng");
        confirm.dismiss();
        assertThat(browser.consoleErrors()).as("dossier page with its diagram").isEmpty();

        // the dashboard: the unit must amend (not "submitted"), the countdown in days and hours
        JsonNode monitor = api("truongphong")
                .get("/api/monitoring/campaigns/{id}", campaignId)
                .json();
        browser.signIn("truongphong");
        browser.clearConsole();
        for (Dimension size : List.of(WebDriverSession.LAPTOP_WIDE, WebDriverSession.PHONE)) {
            browser.resize(size);
            browser.open("/monitoring/campaigns/" + campaignId);
            WebElement unit = browser.visible(By.cssSelector("#unit-table tr[data-unit='thon-1'] .unit-badge"));
            assertThat(unit.getText()).isEqualTo("Cần bổ sung hồ sơ");
            long days = Long.parseLong(browser.text(By.id("days-left")));
            long hours = Long.parseLong(browser.text(By.id("hours-left")));
            assertThat(hours).isBetween(0L, 23L);
            assertThat(days * 24 + hours)
                    .isBetween(
                            monitor.path("hoursLeft").asLong() - 1,
                            monitor.path("hoursLeft").asLong());
            browser.waiter()
                    .until(d -> "true"
                            .equals(d.findElement(By.id("monitoring-diagram")).getDomAttribute("data-rendered")));
            assertThat(Axe.seriousViolations(browser))
                    .as("dashboard at " + size)
                    .isEmpty();
            if (size.equals(WebDriverSession.LAPTOP_WIDE)) {
                browser.screenshot("monitoring-dashboard");
            }
        }
        assertThat(browser.consoleErrors()).as("dashboard with its diagram").isEmpty();
    }

    @Test
    void dateFieldsReadDayMonthYearWhateverTheBrowserLanguage() {
        JsonNode draft = DossierFixture.draft(api("thon1"), campaignId, unique("Hồ sơ ngày kỷ luật"), "Lò Văn Ngày");
        String id = draft.path("id").asText();
        browser.signIn("thon1");
        browser.open("/dossiers/" + id + "/edit");
        new Select(browser.visible(By.id("nominees0.disciplineLevel"))).selectByValue("KHIEN_TRACH");
        WebElement date = browser.visible(By.id("nominees0.disciplineDecidedOn"));
        assertThat(date.getDomAttribute("type")).isEqualTo("text");
        assertThat(date.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        date.sendKeys("05/03/2025");
        browser.driver().findElement(By.id("save-dossier")).click();
        assertThat(browser.text(By.id("flash-success"))).contains("Đã lưu");
        assertThat(api("thon1")
                        .get("/api/dossiers/{id}", id)
                        .json()
                        .path("nominees")
                        .path(0)
                        .path("disciplineDecidedOn")
                        .asText())
                .isEqualTo("2025-03-05");
        browser.open("/dossiers/" + id + "/edit");
        assertThat(browser.visible(By.id("nominees0.disciplineDecidedOn")).getDomProperty("value"))
                .isEqualTo("05/03/2025");
    }

    private long headerHeight() {
        return Math.round(((Number) browser.driver()
                        .executeScript(
                                "return document.querySelector('header.app-header').getBoundingClientRect().height"))
                .doubleValue());
    }

    /** The elements of the selector that are hidden or reach beyond the window, as "where: text (box)". */
    @SuppressWarnings("unchecked")
    private List<String> outsideViewport(String where, String selector) {
        List<Object> found = (List<Object>) browser.driver().executeScript("""
                        const out = [];
                        const all = document.querySelectorAll(arguments[0]);
                        if (all.length === 0) { out.push('nothing matches ' + arguments[0]); }
                        all.forEach(e => {
                          const b = e.getBoundingClientRect();
                          if (b.width === 0 || b.height === 0 || b.left < 0 || b.top < 0
                              || b.right > window.innerWidth || b.bottom > window.innerHeight) {
                            out.push((e.id || e.textContent.trim()) + ' (' + Math.round(b.left) + ',' + Math.round(b.top)
                                + ' to ' + Math.round(b.right) + ',' + Math.round(b.bottom) + ')');
                          }
                        });
                        return out;
                        """, selector);
        return found.stream().map(f -> where + ": " + f).toList();
    }

    /** GET from the page, with its session: "status content-type". */
    private String fetch(String path) {
        return String.valueOf(browser.driver()
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                        path));
    }
}
