package vn.bacson.khenthuong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.process.ProvinceSettings;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.CommuneFixture;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The province dashboard over HTTP on PostgreSQL: two communes onboarded for this test, each with its own campaign
 * and dossiers, show their own counts and nothing of the other's (dossiers by status, units not submitted, open and
 * overdue tasks); the province roles and the system administrator read it, commune users get 403. In Chromium: the
 * table at 1366×768 and on a phone, and the province's process diagram with the proposals at each step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceDashboardIT extends PostgresIT {

    /** Two units, two drafts of thon-1, nothing submitted. */
    private String quiet;
    /** One unit; one dossier in review (a task at the first review stage), one draft. */
    private String busy;

    /** The communes of this class by code. */
    private final Map<String, CommuneFixture> communes = new HashMap<>();

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.LAPTOP_WIDE);

    @Autowired
    private ProvinceSettings provinceMode;

    @BeforeAll
    void twoCommunes() {
        quiet = commune(List.of("thon-1", "thon-2"));
        busy = commune(List.of("thon-1"));
        String quietCampaign = campaign(quiet);
        String busyCampaign = campaign(busy);
        DossierFixture.draft(unitUser(quiet), quietCampaign, "Hồ sơ nháp 1", "Hoàng Văn Một");
        DossierFixture.draft(unitUser(quiet), quietCampaign, "Hồ sơ nháp 2", "Hoàng Văn Hai");
        DossierFixture.inReview(unitUser(busy), busyCampaign, "Hồ sơ đã gửi", "Lương Thị Ba");
        DossierFixture.draft(unitUser(busy), busyCampaign, "Hồ sơ nháp", "Lương Thị Bốn");
    }

    @Test
    void eachCommuneHasItsOwnLine() {
        ApiResponse answer = api("sonv").get("/api/monitoring/province");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode a = line(answer.json(), quiet);
        JsonNode b = line(answer.json(), busy);

        assertThat(a.get("campaigns").asLong()).isEqualTo(1);
        assertThat(a.get("openCampaigns").asLong()).isEqualTo(1);
        assertThat(a.get("dossiers").asLong()).isEqualTo(2);
        assertThat(a.at("/dossiersByStatus/DRAFT").asLong()).isEqualTo(2);
        assertThat(a.at("/dossiersByStatus/IN_REVIEW").asLong()).isZero();
        assertThat(a.get("unitsNotSubmitted").asLong()).isEqualTo(2);
        assertThat(a.get("openTasks").asLong()).isZero();
        assertThat(a.at("/proposalsByStage/PROVINCE_APPRAISAL").asLong()).isZero();

        assertThat(b.get("dossiers").asLong()).isEqualTo(2);
        assertThat(b.at("/dossiersByStatus/DRAFT").asLong()).isEqualTo(1);
        assertThat(b.at("/dossiersByStatus/IN_REVIEW").asLong()).isEqualTo(1);
        assertThat(b.get("unitsNotSubmitted").asLong()).isZero();
        assertThat(b.get("openTasks").asLong()).isEqualTo(1);
        assertThat(b.get("overdueTasks").asLong()).isZero();

        // the totals hold every commune: at least these two
        JsonNode total = answer.json().get("total");
        assertThat(total.get("dossiers").asLong()).isGreaterThanOrEqualTo(4);

        // two months later: the window has closed and the review task is overdue, in its own commune only
        EngineTestSupport.setNow(Instant.now().plus(Duration.ofDays(60)));
        JsonNode later = api("chutichtinh").get("/api/monitoring/province").json();
        assertThat(line(later, busy).get("overdueTasks").asLong()).isEqualTo(1);
        assertThat(line(later, busy).get("openCampaigns").asLong()).isZero();
        assertThat(line(later, quiet).get("overdueTasks").asLong()).isZero();
        assertThat(line(later, quiet).get("unitsNotSubmitted").asLong()).isZero();
    }

    @Test
    void theProvinceAndTheAdministratorReadItCommuneUsersDoNot() {
        for (String user : List.of("sonv", "hdtinh", "chutichtinh", "admin")) {
            assertThat(api(user).get("/api/monitoring/province").status())
                    .as(user)
                    .isEqualTo(200);
        }
        for (String user : List.of("thon1", "vhxh", "truongphong", "chutich", "vl-chutich")) {
            ApiResponse refused = api(user).get("/api/monitoring/province");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
            assertThat(api(user).get("/api/monitoring/province/export.csv").status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(unitUser(quiet).get("/api/monitoring/province").status()).isEqualTo(403);
    }

    @Test
    void theTableIsExported() throws Exception {
        ApiResponse csv = api("sonv").get("/api/monitoring/province/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"Tên xã\"").contains("\"" + quiet + "\"").contains("Toàn tỉnh");

        ApiResponse xlsx = api("sonv").get("/api/monitoring/province/export.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Tên xã");
        }

        // the page: every commune in one table
        vn.bacson.khenthuong.support.Browser browser = browser();
        browser.login("sonv", DEMO_PASSWORD);
        ApiResponse page = browser.http().get("/monitoring/province");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"province-" + busy + "\"").contains("Theo dõi toàn tỉnh");
    }

    @Test
    void theTableFitsALaptopAndAPhoneAndShowsWhatIsOverdue() {
        EngineTestSupport.setNow(Instant.now().plus(Duration.ofDays(60)));
        browser.resize(WebDriverSession.LAPTOP_WIDE);
        browser.signIn("sonv");
        browser.visible(By.id("nav-province-dashboard")).click();
        WebElement table = browser.visible(By.id("province-table"));
        ChromeDriver driver = browser.driver();

        // the busy commune has an overdue task: its row is marked, the quiet one is not
        assertThat(driver.findElement(By.id("province-" + busy)).getAttribute("class"))
                .contains("has-overdue");
        assertThat(driver.findElement(By.id("province-" + quiet)).getAttribute("class"))
                .doesNotContain("has-overdue");
        assertThat(driver.findElement(By.cssSelector("#province-" + busy + " .overdue-tasks"))
                        .getText())
                .isEqualTo("1");
        // 1366×768: every column in view, no sideways scrolling of the table or the page
        assertThat((Boolean) driver.executeScript(
                        "const t = arguments[0]; return t.scrollWidth <= t.parentElement.clientWidth + 1"
                                + " && document.documentElement.scrollWidth <= window.innerWidth;",
                        table))
                .isTrue();
        // a phone: one card per commune, each figure with its label, nothing wider than the screen
        browser.resize(WebDriverSession.PHONE);
        driver.navigate().refresh();
        browser.visible(By.id("province-table"));
        assertThat(fitsTheWindow()).isTrue();
        WebElement overdue = driver.findElement(By.cssSelector("#province-" + busy + " .overdue-tasks"));
        assertThat((String) driver.executeScript("return getComputedStyle(arguments[0], '::before').content;", overdue))
                .contains("Quá hạn");
        assertThat(driver.findElement(By.cssSelector("#province-table thead")).isDisplayed())
                .isFalse();
    }

    /**
     * Two communes send four proposals: the Sở Nội vụ returns one at once; twenty days later one still waits for
     * its appraisal (overdue), one has gone on to the provincial council and one to the chairman (both on time), and
     * the returned one has not been sent again (overdue). The API counts them in each commune's line; the province's
     * diagram shows the totals of every commune on its steps, and each number leads to exactly the proposals it
     * counts.
     */
    @Test
    void theProvinceDiagramCountsTheProposalsAtEachStepAndLeadsToThem() {
        provinceMode.switchMode(ProvinceSettings.INTERNAL);
        try {
            String north = commune(List.of("thon-1"));
            String south = commune(List.of("thon-1"));
            String northCampaign = campaign(north);
            String southCampaign = campaign(south);
            String lateAppraisal = proposal(north, northCampaign, "Nông Văn Thẩm");
            String atCouncil = proposal(north, northCampaign, "Nông Văn Hội");
            String atDecision = proposal(south, southCampaign, "Lục Thị Quyết");
            String returned = proposal(south, southCampaign, "Lục Thị Trả");
            completeProvinceTask(
                    "sonv",
                    returned,
                    "PROVINCE_APPRAISAL",
                    Map.of("outcome", "RETURN", "comment", "Bổ sung biên bản họp xét của xã."));
            engine().runDueJobs(returned);

            passWorkingDays(10); // and the resend's 5
            completeProvinceTask("sonv", atCouncil, "PROVINCE_APPRAISAL", appraisedDat(atCouncil));
            completeProvinceTask("sonv", atDecision, "PROVINCE_APPRAISAL", appraisedDat(atDecision));
            completeProvinceTask("hdtinh", atDecision, "PROVINCE_COUNCIL", councilPasses(atDecision));

            JsonNode overview = api("sonv").get("/api/monitoring/province").json();
            JsonNode n = line(overview, north);
            assertThat(n.at("/proposalsByStage/PROVINCE_APPRAISAL").asLong()).isEqualTo(1);
            assertThat(n.at("/proposalsOverdueByStage/PROVINCE_APPRAISAL").asLong())
                    .isEqualTo(1);
            assertThat(n.at("/proposalsByStage/PROVINCE_COUNCIL").asLong()).isEqualTo(1);
            assertThat(n.at("/proposalsOverdueByStage/PROVINCE_COUNCIL").asLong())
                    .isZero();
            assertThat(n.at("/proposalsByStage/PROVINCE_DECISION").asLong()).isZero();
            assertThat(n.get("proposalsReturned").asLong()).isZero();
            JsonNode s = line(overview, south);
            assertThat(s.at("/proposalsByStage/PROVINCE_APPRAISAL").asLong()).isZero();
            assertThat(s.at("/proposalsByStage/PROVINCE_DECISION").asLong()).isEqualTo(1);
            assertThat(s.at("/proposalsOverdueByStage/PROVINCE_DECISION").asLong())
                    .isZero();
            assertThat(s.get("proposalsReturned").asLong()).isEqualTo(1);
            assertThat(s.get("proposalsReturnedOverdue").asLong()).isEqualTo(1);
            JsonNode total = overview.get("total");

            browser.resize(WebDriverSession.LAPTOP_WIDE);
            browser.signIn("sonv");
            browser.clearConsole();
            browser.open("/monitoring/province");
            browser.waiter()
                    .until(ExpectedConditions.attributeToBe(By.id("province-diagram"), "data-rendered", "true"));
            // each step's number is the API's total over every commune, the overdue ones too (none: no orange number)
            Map<String, String> steps = new LinkedHashMap<>();
            steps.put("UserTask_AppraiseProposal", "/PROVINCE_APPRAISAL");
            steps.put("UserTask_ReviewInProvinceCouncil", "/PROVINCE_COUNCIL");
            steps.put("UserTask_DecideProvinceAwards", "/PROVINCE_DECISION");
            for (Map.Entry<String, String> step : steps.entrySet()) {
                assertShows(
                        step.getKey(),
                        total.at("/proposalsByStage" + step.getValue()).asLong(),
                        total.at("/proposalsOverdueByStage" + step.getValue()).asLong());
            }
            assertShows(
                    "ReceiveTask_AwaitResend",
                    total.get("proposalsReturned").asLong(),
                    total.get("proposalsReturnedOverdue").asLong());
            assertThat(overlay("stage-count", "UserTask_AppraiseProposal").getAttribute("aria-label"))
                    .endsWith("đề nghị đang chờ: Sở Nội vụ thẩm định");
            assertThat(browser.text(By.id("province-steps"))).contains("Trả lại xã, chờ xã gửi lại");
            assertThat(fitsTheWindow()).as("1366×768: no sideways scrolling").isTrue();
            browser.screenshotForDocs("province-dashboard");

            // the council's number leads to the proposals at the council, and no other
            overlay("stage-count", "UserTask_ReviewInProvinceCouncil").click();
            browser.visible(By.id("proposals-total"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/province/proposals?stage=PROVINCE_COUNCIL");
            assertListIs(
                    "stage=PROVINCE_COUNCIL",
                    total.at("/proposalsByStage/PROVINCE_COUNCIL").asLong(),
                    atCouncil);
            assertThat(listedIds()).doesNotContain(proposalOf(lateAppraisal), proposalOf(atDecision));

            // the orange number on the appraisal: the late one alone of this test's proposals
            browser.driver().navigate().back();
            browser.waiter()
                    .until(ExpectedConditions.attributeToBe(By.id("province-diagram"), "data-rendered", "true"));
            overlay("stage-overdue", "UserTask_AppraiseProposal").click();
            browser.visible(By.id("proposals-total"));
            assertListIs(
                    "stage=PROVINCE_APPRAISAL&overdue=true",
                    total.at("/proposalsOverdueByStage/PROVINCE_APPRAISAL").asLong(),
                    lateAppraisal);
            assertThat(apiIds("stage=PROVINCE_APPRAISAL&overdue=true"))
                    .doesNotContain(proposalOf(atCouncil), proposalOf(atDecision), proposalOf(returned));

            // and the proposals returned to their commune, not sent again in time
            browser.driver().navigate().back();
            browser.waiter()
                    .until(ExpectedConditions.attributeToBe(By.id("province-diagram"), "data-rendered", "true"));
            overlay("stage-overdue", "ReceiveTask_AwaitResend").click();
            browser.visible(By.id("proposals-total"));
            assertListIs(
                    "status=RETURNED&overdue=true",
                    total.get("proposalsReturnedOverdue").asLong(),
                    returned);
            assertThat(browser.consoleErrors())
                    .as("console errors and CSP refusals")
                    .isEmpty();

            // a phone: the diagram is drawn, the page no wider than the screen, every figure in the list below
            browser.resize(WebDriverSession.PHONE);
            browser.open("/monitoring/province");
            browser.waiter()
                    .until(ExpectedConditions.attributeToBe(By.id("province-diagram"), "data-rendered", "true"));
            assertThat(fitsTheWindow()).as("a phone: no sideways scrolling").isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("#province-steps a.step-count")))
                    .hasSize(4);
            assertThat(browser.consoleErrors())
                    .as("console errors and CSP refusals")
                    .isEmpty();

            // the system administrator reads the same numbers, but the proposals' list is the province's: no links
            browser.resize(WebDriverSession.LAPTOP_WIDE);
            browser.signIn("admin");
            browser.open("/monitoring/province");
            browser.waiter()
                    .until(ExpectedConditions.attributeToBe(By.id("province-diagram"), "data-rendered", "true"));
            assertThat(browser.visible(
                                    By.cssSelector(
                                            "#province-diagram span.stage-count[data-element='UserTask_ReviewInProvinceCouncil']"))
                            .getDomProperty("textContent"))
                    .isEqualTo(total.at("/proposalsByStage/PROVINCE_COUNCIL").asText());
            assertThat(
                            browser.driver()
                                    .findElements(
                                            By.cssSelector(
                                                    "#province-diagram a.stage-count, #province-diagram a.stage-overdue, #province-steps a")))
                    .isEmpty();
            assertThat(browser.consoleErrors())
                    .as("console errors and CSP refusals")
                    .isEmpty();
        } finally {
            provinceMode.switchMode(ProvinceSettings.EXTERNAL);
        }
    }

    @Test
    void theProposalsListRefusesAFilterThatIsNotOne() {
        ApiResponse communeStage = api("sonv").get("/api/province-proposals?stage=COUNCIL_REVIEW");
        assertThat(communeStage.status()).isEqualTo(400);
        assertThat(communeStage.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(communeStage.json().at("/errors/0/field").asText()).isEqualTo("stage");
        assertThat(api("sonv").get("/api/province-proposals?stage=NOI_VU").status())
                .isEqualTo(400);
        assertThat(api("sonv").get("/api/province-proposals?overdue=co").status())
                .isEqualTo(400);
        assertThat(api("sonv")
                        .get("/api/province-proposals?stage=PROVINCE_DECISION&overdue=false")
                        .status())
                .isEqualTo(200);

        vn.bacson.khenthuong.support.Browser page = browser();
        page.login("sonv", DEMO_PASSWORD);
        ApiResponse refused = page.http().get("/province/proposals?stage=COUNCIL_REVIEW");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Bước xử lý phải là một bước của tỉnh");
        for (String query : List.of("stage=NOI_VU", "overdue=co")) {
            ApiResponse unknown = page.http().get("/province/proposals?" + query);
            assertThat(unknown.status()).as(query).isEqualTo(404);
            assertThat(unknown.contentType().toString()).as(query).startsWith("text/html");
        }
    }

    private void assertShows(String elementId, long count, long overdue) {
        assertThat(overlay("stage-count", elementId).getDomProperty("textContent"))
                .as("the number on %s", elementId)
                .isEqualTo(String.valueOf(count));
        List<WebElement> late = browser.driver()
                .findElements(By.cssSelector("#province-diagram a.stage-overdue[data-element='" + elementId + "']"));
        if (overdue == 0) {
            assertThat(late).as("no overdue number on %s", elementId).isEmpty();
        } else {
            assertThat(late).hasSize(1);
            assertThat(late.get(0).getDomProperty("textContent"))
                    .as("the overdue number on %s", elementId)
                    .isEqualTo(String.valueOf(overdue));
        }
    }

    private WebElement overlay(String kind, String elementId) {
        return browser.visible(By.cssSelector("#province-diagram a." + kind + "[data-element='" + elementId + "']"));
    }

    /** The list page shows the number and exactly the proposals the API lists with the same filter, ours among them. */
    private void assertListIs(String query, long count, String ourDossier) {
        assertThat(browser.text(By.id("proposals-total"))).isEqualTo("Có " + count + " đề nghị.");
        JsonNode page = api("sonv").get("/api/province-proposals?" + query).json();
        assertThat(page.get("total").asLong()).isEqualTo(count);
        List<String> expected = new ArrayList<>();
        page.get("items").forEach(item -> expected.add(item.get("id").asText()));
        assertThat(listedIds()).containsExactlyElementsOf(expected);
        assertThat(apiIds(query)).contains(proposalOf(ourDossier));
    }

    /** The proposals the API lists with this filter (the first 200). */
    private List<String> apiIds(String query) {
        List<String> ids = new ArrayList<>();
        api("sonv")
                .get("/api/province-proposals?" + query + "&size=200")
                .json()
                .get("items")
                .forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private List<String> listedIds() {
        return browser.driver().findElements(By.cssSelector("#proposals tbody tr")).stream()
                .map(row -> row.getAttribute("id").replaceFirst("^proposal-", ""))
                .toList();
    }

    private boolean fitsTheWindow() {
        return (Boolean)
                browser.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /** A dossier of the commune's unit proposed for the Bằng khen by its chairman: answers the dossier's id. */
    private String proposal(String commune, String campaignId, String nominee) {
        return ProvinceProposalFixture.proposed(
                        name -> communeUser(commune, name), engine(), campaignId, "unit", "Đề nghị " + nominee, nominee)
                .path("id")
                .asText();
    }

    /** The province task at this stage of the dossier's proposal (the task list names it by its first dossier). */
    private void completeProvinceTask(String user, String dossierId, String stage, Map<String, Object> payload) {
        String taskId = null;
        for (JsonNode item :
                api(user).get("/api/tasks?stage={s}&size=200", stage).json().get("items")) {
            if (dossierId.equals(item.get("dossierId").asText())) {
                taskId = item.get("id").asText();
            }
        }
        assertThat(taskId).as("%s task of the proposal of %s", stage, dossierId).isNotNull();
        ApiResponse done = api(user).post("/api/tasks/{id}/complete", payload, taskId);
        assertThat(done.status()).as("%s: %s", stage, done).isEqualTo(200);
        engine().runDueJobs(proposalOf(dossierId));
    }

    private Map<String, Object> appraisedDat(String dossierId) {
        return Map.of(
                "outcome",
                "FORWARD",
                "comment",
                "Đủ điều kiện trình Hội đồng tỉnh.",
                "nominees",
                nomineeIds(dossierId).stream()
                        .map(id -> Map.of("nomineeId", id, "appraisal", "DAT", "note", "Thành tích tiêu biểu."))
                        .toList());
    }

    private Map<String, Object> councilPasses(String dossierId) {
        return Map.of(
                "meetingDate",
                EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate().toString(),
                "membersTotal",
                11,
                "membersPresent",
                9,
                "nominees",
                nomineeIds(dossierId).stream()
                        .map(id -> Map.of("nomineeId", id, "votesFor", 7))
                        .toList());
    }

    private List<String> nomineeIds(String dossierId) {
        List<String> ids = new ArrayList<>();
        proposalJson(dossierId)
                .get("nominees")
                .forEach(n -> ids.add(n.get("nomineeId").asText()));
        return ids;
    }

    private String proposalOf(String dossierId) {
        return proposalJson(dossierId).get("id").asText();
    }

    private JsonNode proposalJson(String dossierId) {
        for (JsonNode item :
                api("sonv").get("/api/province-proposals?size=200").json().get("items")) {
            for (JsonNode d : item.get("dossierIds")) {
                if (dossierId.equals(d.asText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no proposal of dossier " + dossierId);
    }

    private static JsonNode line(JsonNode overview, String code) {
        for (JsonNode line : overview.get("communes")) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + code + " in " + overview);
    }

    /**
     * A commune with these units and a user of each review role ({@code <code>-bxdd}, {@code -vhxh}, {@code -hoidong},
     * {@code -chutich}: the demo users' names after the commune's code) and a unit user of its first unit
     * ({@code <code>-unit}).
     */
    private String commune(List<String> units) {
        String code = "pd-" + UUID.randomUUID().toString().substring(0, 8);
        CommuneFixture commune = onboardCommune(code, "Xã Theo Dõi " + code);
        units.forEach(unit -> commune.unit(unit, unit));
        commune.user("bxdd", Roles.PARTY_BUILDING, units.get(0))
                .user("vhxh", Roles.CULTURE_SOCIAL, null)
                .user("hoidong", Roles.COUNCIL, null)
                .user("chutich", Roles.CHAIRMAN, null)
                .user("unit", Roles.UNIT, units.get(0));
        communes.put(code, commune);
        return code;
    }

    private Api unitUser(String code) {
        return communeUser(code, "unit");
    }

    /** The commune's user by the demo name of its role: unit, bxdd, vhxh, hoidong, chutich. */
    private Api communeUser(String code, String name) {
        return communes.get(code).as(name);
    }

    private String campaign(String code) {
        return communes.get(code).openCampaign("DH-2025", "Thi đua chào mừng Đại hội Đảng bộ xã");
    }
}
