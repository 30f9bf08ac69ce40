package vn.bacson.khenthuong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The province dashboard over HTTP on PostgreSQL: two communes onboarded for this test, each with its own campaign
 * and dossiers, show their own counts and nothing of the other's (dossiers by status, units not submitted, open and
 * overdue tasks); the province roles and the system administrator read it, commune users get 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceDashboardIT extends PostgresIT {

    static final String PASSWORD = "mat-khau-IT-2";

    /** Two units, two drafts of thon-1, nothing submitted. */
    private String quiet;
    /** One unit; one dossier in review (a task at the first review stage), one draft. */
    private String busy;

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
        assertThat(Api.basic(baseUrl(), objectMapper, quiet + "-unit", PASSWORD)
                        .get("/api/monitoring/province")
                        .status())
                .isEqualTo(403);
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
    void theTableFitsALaptopAndAPhoneAndShowsWhatIsOverdue() throws Exception {
        EngineTestSupport.setNow(Instant.now().plus(Duration.ofDays(60)));
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        java.nio.file.Path profile = java.nio.file.Files.createTempDirectory("chromium-province");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=vi");
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                        .build(),
                options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.manage().window().setSize(new Dimension(1366, 768));
            driver.get(baseUrl() + "/login");
            driver.findElement(By.id("username")).sendKeys("sonv");
            driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
            driver.findElement(By.id("login-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
            driver.findElement(By.id("nav-province-dashboard")).click();
            WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("province-table")));

            // the busy commune has an overdue task: its row is marked, the quiet one is not
            assertThat(driver.findElement(By.id("province-" + busy)).getAttribute("class"))
                    .contains("has-overdue");
            assertThat(driver.findElement(By.id("province-" + quiet)).getAttribute("class"))
                    .doesNotContain("has-overdue");
            assertThat(driver.findElement(By.cssSelector("#province-" + busy + " .overdue-tasks"))
                            .getText())
                    .isEqualTo("1");
            JavascriptExecutor js = driver;
            // 1366×768: every column in view, no sideways scrolling of the table or the page
            assertThat((Boolean) js.executeScript(
                            "const t = arguments[0]; return t.scrollWidth <= t.parentElement.clientWidth + 1"
                                    + " && document.documentElement.scrollWidth <= window.innerWidth;",
                            table))
                    .isTrue();
            // a phone: one card per commune, each figure with its label, nothing wider than the screen
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("province-table")));
            assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .isTrue();
            WebElement overdue = driver.findElement(By.cssSelector("#province-" + busy + " .overdue-tasks"));
            assertThat((String) js.executeScript("return getComputedStyle(arguments[0], '::before').content;", overdue))
                    .contains("Quá hạn");
            assertThat(driver.findElement(By.cssSelector("#province-table thead"))
                            .isDisplayed())
                    .isFalse();
        } finally {
            driver.quit();
        }
    }

    private static JsonNode line(JsonNode overview, String code) {
        for (JsonNode line : overview.get("communes")) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + code + " in " + overview);
    }

    /** A commune with these units, a culture-social officer and a unit user of its first unit. */
    private String commune(List<String> units) {
        String code = "pd-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = api("admin");
        ApiResponse created = admin.post(
                "/api/admin/communes",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Xã Theo Dõi " + code,
                        "issuer",
                        Map.of(
                                "name", "ỦY BAN NHÂN DÂN XÃ THEO DÕI",
                                "placeName", "Theo Dõi",
                                "chairmanName", "Nguyễn Văn Chủ")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        for (String unit : units) {
            assertThat(admin.post(
                                    "/api/admin/communes/{c}/units",
                                    Map.of("code", unit, "name", unit, "email", unit + "@" + code + ".example"),
                                    code)
                            .status())
                    .isEqualTo(201);
        }
        user(admin, code, code + "-vhxh", "culture-social", null);
        user(admin, code, code + "-unit", "unit", units.get(0));
        return code;
    }

    private static void user(Api admin, String code, String username, String role, String unitCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("fullName", "Người Dùng Kiểm Thử");
        body.put("email", username + "@" + code + ".example");
        body.put("password", PASSWORD);
        body.put("roles", List.of(role));
        body.put("unitCode", unitCode);
        ApiResponse created = admin.post("/api/admin/communes/{c}/users", body, code);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private Api unitUser(String code) {
        return Api.basic(baseUrl(), objectMapper, code + "-unit", PASSWORD);
    }

    private String campaign(String code) {
        LocalDate congress =
                EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate().minusDays(3);
        ApiResponse created = Api.basic(baseUrl(), objectMapper, code + "-vhxh", PASSWORD)
                .post(
                        "/api/campaigns",
                        Map.of(
                                "code",
                                "DH-2025",
                                "title",
                                "Thi đua chào mừng Đại hội Đảng bộ xã",
                                "planNumber",
                                "01/KH-UBND",
                                "launchedOn",
                                congress.minusDays(30).toString(),
                                "congressDate",
                                congress.toString(),
                                "windowDays",
                                20,
                                "awardForms",
                                List.of("GIAY_KHEN_CHU_TICH_XA", "BANG_KHEN_CHU_TICH_TINH")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.str("id");
    }
}
