package vn.bacson.khenthuong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The office lead's journey in headless Chromium: sign in, open the campaign's dashboard, see the diagram with
 * the number of dossiers waiting at each step and the two charts drawn, follow a number to the list behind it,
 * download the Excel list with the session. The dashboard's screenshot goes to docs/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringBrowserIT extends PostgresIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);

    private String campaignId;
    private String atAppraisal;

    @BeforeAll
    void dossiersAtEveryStage() {
        Instant t0 = Instant.now();
        EngineTestSupport.setNow(t0.minus(Duration.ofDays(1)));
        campaignId = createOpenCampaign();
        MonitoringFixture f = new MonitoringFixture(this::api, campaignId);
        f.draft("thon1", "Đề nghị khen thưởng Thôn 1 (đang soạn)", MonitoringFixture.name("Hoàng Văn Nam"));
        f.inReview("thon2", "Đề nghị khen thưởng Thôn 2", MonitoringFixture.name("Lương Thị Hoa"));
        atAppraisal = f.inReview(
                "pkt",
                "Đề nghị khen thưởng Phòng Kinh tế",
                MonitoringFixture.name("Vi Văn Đức"),
                MonitoringFixture.name("Nông Văn Tùng"));
        EngineTestSupport.setNow(t0.minus(Duration.ofHours(20)));
        f.forwardSelection(atAppraisal);
        EngineTestSupport.setNow(t0);
        String decided = f.inReview("thon1", "Đề nghị khen thưởng Thôn 1", MonitoringFixture.name("Hà Thị Lan"));
        EngineTestSupport.setNow(t0.plus(Duration.ofHours(3)));
        f.forwardSelection(decided);
        f.forwardAppraisal(decided);
        f.councilPasses(
                decided, java.time.LocalDate.ofInstant(t0, BUSINESS_ZONE).toString());
        f.chairmanDecides(decided);
        engine().runDueJobs(decided);
        EngineTestSupport.resetClock();
    }

    @Test
    void theOfficeLeadFollowsTheCampaignFromTheDashboard() {
        browser.signIn("truongphong");
        ChromeDriver driver = browser.driver();
        WebDriverWait wait = browser.waiter();

        browser.open("/monitoring");
        // the shared IT database holds many campaigns: find ours in the list and follow its link
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#monitoring-campaigns a[href='/monitoring/campaigns/" + campaignId + "']")));
        driver.get(link.getAttribute("href"));

        wait.until(ExpectedConditions.attributeToBe(By.id("monitoring-diagram"), "data-rendered", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("chart-submissions"), "data-rendered", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("chart-finished"), "data-rendered", "true"));
        assertThat(driver.findElements(By.cssSelector("#monitoring-diagram svg")))
                .isNotEmpty();
        assertThat(canvasHasPixels("chart-submissions")).isTrue();
        assertThat(canvasHasPixels("chart-finished")).isTrue();
        assertThat(browser.consoleErrors())
                .as("console errors and CSP refusals")
                .isEmpty();

        browser.screenshotForDocs("monitoring-dashboard");
        WebElement appraisal =
                driver.findElement(By.cssSelector("a.stage-count[data-element='UserTask_AppraiseDossier']"));
        WebElement selection =
                driver.findElement(By.cssSelector("a.stage-count[data-element='UserTask_SelectNominees']"));
        // the diagram opens zoomed on the current stage: a count may lie outside the view until the user pans
        assertThat(appraisal.getDomProperty("textContent").strip()).isEqualTo("1");
        assertThat(selection.getDomProperty("textContent").strip()).isEqualTo("1");
        assertThat(driver.findElement(By.id("units-submitted")).getText()).startsWith("3/");
        assertThat(driver.findElement(By.cssSelector("tr[data-unit='phong-vhxh']"))
                        .getText())
                .contains("Chưa có hồ sơ")
                .contains("Gửi nhắc nhở");
        assertThat(driver.findElement(By.cssSelector("tr[data-unit='thon-1']")).getText())
                .contains("Đã có quyết định");
        assertThat(driver.findElement(By.id("nominees-awarded")).getText()).isEqualTo("1");

        // the XLSX with the session, as the download link would fetch it
        Object bytes = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export-dossiers-xlsx').href, {credentials: 'same-origin'})"
                + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                + "var a = new Uint8Array(b); done([r.status, a.length, a[0], a[1]]); }); })"
                + ".catch(function (e) { done(['error', String(e)]); });");
        @SuppressWarnings("unchecked")
        List<Object> download = (List<Object>) bytes;
        assertThat(download.get(0)).isEqualTo(200L);
        assertThat((Long) download.get(1)).isGreaterThan(1000L);
        assertThat(Map.of("P", download.get(2), "K", download.get(3))).isEqualTo(Map.of("P", 80L, "K", 75L));

        // the stage's link under the diagram (the diagram opens at its start; its count may need a pan first)
        WebElement appraisalLink = driver.findElement(By.xpath(
                "//ul[@id='stage-links']//a[contains(normalize-space(.), 'Phòng Văn hóa - Xã hội thẩm định: 1')]"));
        assertThat(appraisalLink.getAttribute("href")).isEqualTo(appraisal.getAttribute("href"));
        driver.get(appraisalLink.getAttribute("href"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monitoring-dossiers")));
        assertThat(driver.findElement(By.id("list-title")).getText()).contains("Phòng Văn hóa - Xã hội thẩm định");
        List<WebElement> rows = driver.findElements(By.cssSelector("#monitoring-dossiers tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Đề nghị khen thưởng Phòng Kinh tế");
        browser.screenshotForDocs("monitoring-stage-list");
    }

    private boolean canvasHasPixels(String id) {
        Object drawn = browser.driver()
                .executeScript(
                        "var c = document.getElementById(arguments[0]); var d = c.getContext('2d')"
                                + ".getImageData(0, 0, c.width, c.height).data;"
                                + "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } } return false;",
                        id);
        return Boolean.TRUE.equals(drawn);
    }
}
