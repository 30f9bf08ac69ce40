package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The Ban Xây dựng Đảng's task list in headless Chromium, at 1366×768 and 390×844 (issue 12): filter by the
 * unit's name, save the filter, select several dossiers and forward them at once, come back through the saved
 * filter; the handler column names people; no console errors.
 */
class TaskListJourneyIT extends PostgresIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);

    private String campaignId;
    private JsonNode first;
    private JsonNode second;
    private JsonNode otherUnit;

    @BeforeEach
    void threeDossiersWaitForTheSelection() {
        campaignId = createOpenCampaign();
        String suffix = unique("");
        first = DossierFixture.inReview(api("thon1"), campaignId, "Thôn 1 – hồ sơ thứ nhất", "Hà Văn Một" + suffix);
        second = DossierFixture.inReview(api("thon1"), campaignId, "Thôn 1 – hồ sơ thứ hai", "Hà Thị Hai" + suffix);
        otherUnit = DossierFixture.inReview(api("thon2"), campaignId, "Thôn 2 – hồ sơ", "Lò Văn Ba" + suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1366x768", "390x844"})
    void filterByUnitNameSaveItAndForwardSeveralAtOnce(String viewport) {
        String[] wh = viewport.split("x");
        Dimension size = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        signIn(size);
        browser.consoleErrors();
        browser.open("/tasks?stage=PARTY_BUILDING_SELECTION&campaignId=" + campaignId);
        assertThat(rows()).hasSize(3);
        // the table scrolls inside its card on a phone; the page itself never scrolls sideways
        assertThat(browser.sidewaysScroll())
                .as("sideways scroll of the task list at " + viewport)
                .isZero();

        // the unit filter offers the units by name
        Select unit = new Select(browser.visible(By.id("t-unit")));
        assertThat(unit.getOptions().stream().map(WebElement::getText)).contains("Thôn 1", "Thôn 2");
        unit.selectByVisibleText("Thôn 1");
        browser.submitWith(browser.driver().findElement(By.cssSelector("#task-filters button[type=submit]")));
        assertThat(browser.driver().getCurrentUrl()).contains("unit=thon-1");
        assertThat(rows()).hasSize(2);
        assertThat(browser.text(By.id("task-table")))
                .contains("Thôn 1 – hồ sơ thứ nhất")
                .doesNotContain("Thôn 2");

        // save the filter under a name
        String name = "Thôn 1 chờ lựa chọn " + viewport + " " + unique("");
        browser.visible(By.id("filter-name")).sendKeys(name);
        browser.submitWith(browser.driver().findElement(By.id("save-filter")));
        assertThat(browser.text(By.id("flash-success"))).contains(name);
        assertThat(rows()).hasSize(2);

        // select both and forward them at once, after a confirmation
        browser.screenshot("tasks-bulk-" + viewport);
        for (WebElement box : browser.driver().findElements(By.cssSelector(".bulk-select"))) {
            box.click();
        }
        new Select(browser.driver().findElement(By.id("bulk-outcome"))).selectByValue("FORWARD");
        browser.visible(By.id("bulk-comment")).sendKeys("Đồng ý, chuyển Phòng VH-XH");
        browser.clickAndConfirm(By.id("bulk-submit"));
        assertThat(browser.text(By.id("flash-success"))).contains("2 hồ sơ");
        browser.visible(By.id("no-tasks"));

        List<String> appraisal = api("vhxh")
                .get("/api/tasks?campaignId={c}", campaignId)
                .json()
                .get("items")
                .findValuesAsText("dossierId");
        assertThat(appraisal).containsExactlyInAnyOrder(id(first), id(second));

        // the saved filter brings the same view back, in a new session too
        signIn(size);
        browser.open("/tasks");
        WebElement saved = browser.driver().findElements(By.cssSelector(".apply-filter")).stream()
                .filter(a -> a.getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("saved filter " + name + " not listed"));
        saved.click();
        browser.waiter().until(ExpectedConditions.urlContains("unit=thon-1"));
        assertThat(new Select(browser.visible(By.id("t-unit")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Thôn 1");
        assertThat(browser.driver().getCurrentUrl()).contains("stage=PARTY_BUILDING_SELECTION");

        // the thon-2 dossier is still there, claimed: the handler is named, and releasing is not "Trả lại"
        String list = "/tasks?stage=PARTY_BUILDING_SELECTION&campaignId=" + campaignId;
        String other = api("bxdd")
                .get("/api/tasks?campaignId={c}", campaignId)
                .json()
                .at("/items/0/id")
                .asText();
        String row = "tr[data-task-id='" + other + "'] ";
        browser.open(list);
        browser.visible(By.cssSelector(row + ".claim-task")).click();
        browser.visible(By.id("flash-success"));
        browser.open(list);
        assertThat(browser.text(By.cssSelector(row + ".task-assignee")))
                .contains("Nông Thị Lan")
                .doesNotContain("bxdd");
        assertThat(browser.text(By.cssSelector(row + ".unclaim-task"))).isEqualTo("Bỏ nhận việc");
        browser.driver().findElement(By.cssSelector(row + ".unclaim-task")).click();
        browser.visible(By.id("flash-success"));
        assertThat(id(otherUnit)).isNotBlank();

        // and the filter can be deleted
        browser.open("/tasks");
        WebElement item = browser.driver().findElements(By.cssSelector(".saved-filter")).stream()
                .filter(li -> li.getText().contains(name))
                .findFirst()
                .orElseThrow();
        item.findElement(By.cssSelector(".delete-filter")).click();
        browser.waiter().until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.text(By.id("flash-success"))).contains("Đã xóa");

        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Signs in as bxdd (on a wide window, where the menu shows "Đăng xuất"), then works at this size. */
    private static void signIn(Dimension size) {
        browser.resize(WebDriverSession.DESKTOP);
        browser.signIn("bxdd");
        browser.resize(size);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#task-table tr[data-task-id]"));
    }

    private static String id(JsonNode dossier) {
        return dossier.get("id").asText();
    }
}
