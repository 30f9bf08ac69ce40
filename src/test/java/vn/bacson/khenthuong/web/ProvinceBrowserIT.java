package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;
import vn.bacson.khenthuong.support.ProvinceReviewsInTheSystem;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The Sở Nội vụ's officer completes PROVINCE_APPRAISAL in the browser: the task list shows the proposal's task, the
 * task page its nominees and the commune's documents, the appraisal forwards it to the provincial council; a
 * RETURN without a comment comes back with the field's error. At 1366×768 and on a phone.
 */
@ExtendWith(ProvinceReviewsInTheSystem.class)
class ProvinceBrowserIT extends PostgresIT {

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.LAPTOP_WIDE);

    @Test
    void theSoNoiVuAppraisesAProposalOnTheTaskPage() {
        String campaignId = createOpenCampaign();
        String collective = "Chi hội Cựu chiến binh thôn 1 " + unique("CCB");
        String dossierId = ProvinceProposalFixture.proposed(
                        this::api, engine(), campaignId, "thon1", collective, collective)
                .path("id")
                .asText();

        browser.signIn("sonv");
        browser.open("/tasks?stage=PROVINCE_APPRAISAL");
        browser.visible(By.cssSelector("a[href$='" + taskId(dossierId) + "']")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/province/tasks/" + taskId(dossierId));
        assertThat(browser.text(By.id("task-title"))).contains("Sở Nội vụ thẩm định", "/TTr-UBND");
        assertThat(browser.text(By.id("task-nominees"))).contains("Chi hội Cựu chiến binh thôn 1");
        assertThat(browser.driver().findElements(By.cssSelector("#task-documents a")))
                .isNotEmpty();
        assertThat(browser.consoleErrors()).isEmpty();

        // a RETURN needs a comment: the page names the field and keeps the task
        browser.visible(By.id("outcome-RETURN")).click();
        assertThat(browser.text(By.id("form-error"))).contains("Ý kiến: Trường này là bắt buộc.");

        new Select(browser.visible(By.id("appraisal-0"))).selectByValue("DAT");
        browser.visible(By.id("note-0")).sendKeys("Thành tích tiêu biểu.");
        browser.visible(By.id("outcome-FORWARD")).click();
        assertThat(browser.text(By.id("flash-success"))).isNotBlank();

        JsonNode proposal = proposalOf(dossierId);
        assertThat(proposal.get("stage").asText()).isEqualTo("PROVINCE_COUNCIL");
        assertThat(proposal.get("nominees").get(0).get("appraisal").asText()).isEqualTo("DAT");

        // the proposal page fits a phone
        browser.resize(WebDriverSession.PHONE);
        browser.open("/province/proposals/" + proposal.get("id").asText());
        assertThat(browser.text(By.id("proposal-status"))).isEqualTo("Tỉnh đang xét");
        assertThat(browser.sidewaysScroll())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0);
    }

    private String taskId(String dossierId) {
        List<String> found = new ArrayList<>();
        for (JsonNode item : api("sonv")
                .get("/api/tasks?stage=PROVINCE_APPRAISAL&size=200")
                .json()
                .get("items")) {
            if (dossierId.equals(item.get("dossierId").asText())) {
                found.add(item.get("id").asText());
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private JsonNode proposalOf(String dossierId) {
        for (JsonNode item :
                api("sonv").get("/api/province-proposals?size=200").json().get("items")) {
            for (JsonNode d : item.get("dossierIds")) {
                if (dossierId.equals(d.asText())) {
                    return api("sonv")
                            .get("/api/province-proposals/{id}", item.get("id").asText())
                            .json();
                }
            }
        }
        throw new AssertionError("no proposal for " + dossierId);
    }
}
