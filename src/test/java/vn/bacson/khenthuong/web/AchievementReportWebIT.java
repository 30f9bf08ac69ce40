package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * In headless Chromium: a unit fills in a nominee's achievement report on the form (rows added and removed by the
 * server), previews it, sees "Đã lập báo cáo thành tích (biểu mẫu)" with its PDF instead of an upload, submits;
 * the reviewer finds the report's PDF among the documents of the task page.
 */
class AchievementReportWebIT extends PostgresIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);

    @Test
    void aUnitFillsInTheReportInsteadOfUploadingAndTheReviewerReadsIt() {
        String campaignId = createOpenCampaign();
        Api thon1 = api("thon1");
        String name = "Triệu Thị Hương Giang";
        String title = "Hồ sơ báo cáo biểu mẫu " + System.nanoTime();
        JsonNode dossier = DossierFixture.draft(thon1, campaignId, title, name);
        String id = dossier.get("id").asText();
        String nominee = dossier.at("/nominees/0/id").asText();
        for (String kind : List.of("TO_TRINH", "BIEU_TOM_TAT", "BIEN_BAN_HOP_XET")) {
            DossierFixture.upload(thon1, id, kind, null);
        }

        browser.signIn("thon1");
        browser.open("/dossiers/" + id);
        assertThat(browser.text(By.id("report-state-" + nominee))).isEqualTo("Chưa có báo cáo thành tích");
        assertThat(browser.text(By.id("missing-list"))).contains("Báo cáo thành tích – " + name);
        browser.visible(By.id("fill-report-" + nominee)).click();

        // the form starts with one row per emulation content of the nominee (KTXH, DAI_HOI)
        browser.visible(By.id("report-form"));
        assertThat(browser.text(By.id("report-title"))).contains(name);
        assertThat(rows()).hasSize(2);
        assertThat(new Select(browser.driver().findElement(By.id("achievements0.content")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Hoàn thành xuất sắc chỉ tiêu phát triển kinh tế - xã hội");
        browser.driver()
                .findElement(By.id("background"))
                .sendKeys("Tham gia công tác thôn từ năm 2012; Chi hội trưởng Phụ nữ từ năm 2020.");
        browser.driver()
                .findElement(By.id("achievements0.result"))
                .sendKeys("Vận động 38 hộ góp 640 ngày công làm đường bê tông.");
        browser.submitWith(browser.driver().findElement(By.id("add-row")));
        assertThat(rows()).hasSize(3);
        // the second row (DAI_HOI) has nothing to say: removed; what was typed stays
        browser.submitWith(
                browser.driver().findElements(By.cssSelector(".remove-row")).get(1));
        assertThat(rows()).hasSize(2);
        assertThat(browser.driver().findElement(By.id("achievements0.result")).getDomProperty("value"))
                .startsWith("Vận động 38 hộ");
        // a result without its content is refused next to the row
        browser.driver().findElement(By.id("achievements1.result")).sendKeys("Trồng 300 cây xanh chào mừng Đại hội.");
        browser.submitWith(browser.driver().findElement(By.id("save-report")));
        assertThat(browser.text(By.id("form-errors"))).contains("chưa lưu được");
        assertThat(browser.text(By.cssSelector("#report-row-1 .field-error"))).contains("nội dung thi đua");
        browser.screenshot("16-report-form-errors");
        new Select(browser.driver().findElement(By.id("achievements1.content"))).selectByValue("CONG_TRINH");
        browser.submitWith(browser.driver().findElement(By.id("save-report")));

        // saved without initiative or deed: kept, but the upload is still asked for
        assertThat(browser.text(By.id("flash-success"))).contains("Đã lưu báo cáo thành tích của " + name);
        assertThat(browser.text(By.id("report-state-" + nominee)))
                .isEqualTo("Báo cáo thành tích (biểu mẫu) chưa đủ nội dung");
        assertThat(browser.text(By.id("missing-list"))).contains(name);

        browser.visible(By.id("fill-report-" + nominee)).click();
        assertThat(browser.text(By.id("report-updated"))).contains("thon1");
        browser.visible(By.id("initiatives")).sendKeys("Mô hình “Con đường bích họa” do phụ nữ tự quản.");
        browser.driver().findElement(By.id("signerTitle")).sendKeys("Trưởng thôn");
        browser.driver().findElement(By.id("signerName")).sendKeys("Hoàng Văn Thắng");
        browser.screenshot("17-report-form");
        // the preview draws the report as written, without saving it
        Object preview = browser.driver()
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById('report-form');"
                        + "var url = document.getElementById('preview-report').getAttribute('formaction');"
                        + "fetch(url, {method: 'POST', body: new FormData(form), credentials: 'same-origin'})"
                        + ".then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertThat(String.valueOf(preview)).isEqualTo("200 application/pdf");
        browser.submitWith(browser.driver().findElement(By.id("save-report")));

        // filled: shown as made on the form, with its PDF; nothing is missing any more
        assertThat(browser.text(By.id("report-state-" + nominee))).isEqualTo("Đã lập báo cáo thành tích (biểu mẫu)");
        assertThat(browser.visible(By.id("missing-none")).getText()).contains("đủ");
        WebElement pdfLink = browser.visible(By.id("report-pdf-" + nominee));
        assertThat(fetch(pdfLink.getDomAttribute("href"))).startsWith("200 application/pdf inline");
        browser.screenshot("18-report-filled");

        browser.clickAndConfirm(By.id("submit-dossier"));
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đang xét duyệt");
        assertThat(browser.driver().findElements(By.id("fill-report-" + nominee)))
                .isEmpty();
        assertThat(browser.visible(By.id("report-pdf-" + nominee))).isNotNull();

        // the reviewer reads it among the documents before deciding
        browser.signIn("bxdd");
        browser.open("/tasks?campaignId=" + campaignId);
        browser.visible(By.linkText(title)).click();
        WebElement report = browser.present(By.id("report-preview-" + nominee));
        assertThat(report.getText()).contains("Báo cáo thành tích (biểu mẫu)").contains(name);
        WebElement frame = report.findElement(By.cssSelector("iframe.report-pdf-preview"));
        assertThat(frame.getDomAttribute("src"))
                .isEqualTo("/dossiers/" + id + "/nominees/" + nominee + "/achievement-report/view");
        assertThat(fetch(frame.getDomAttribute("src"))).startsWith("200 application/pdf inline");
        browser.screenshot("19-task-report");
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector(".report-row"));
    }

    /** Status, content type and disposition of an address, fetched with the page's session. */
    private static String fetch(String url) {
        return String.valueOf(browser.driver()
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                                + " + r.headers.get('content-disposition')));",
                        url));
    }
}
