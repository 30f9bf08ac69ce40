package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.process.ProvinceSettings;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The Sở Nội vụ's officer completes PROVINCE_APPRAISAL in the browser: the task list shows the proposal's task, the
 * task page its nominees and the commune's documents, the appraisal forwards it to the provincial council; a
 * RETURN without a comment comes back with the field's error. At 1366×768 and on a phone.
 */
class ProvinceBrowserIT extends PostgresIT {

    private static WebDriverSession browser;

    @Autowired
    private ProvinceSettings province;

    @BeforeEach
    void start() {
        province.switchMode(ProvinceSettings.INTERNAL);
        if (browser == null) {
            browser = new WebDriverSession();
        }
        browser.at(baseUrl());
        browser.resize(WebDriverSession.LAPTOP_WIDE);
    }

    @AfterEach
    void backToExternal() {
        province.switchMode(ProvinceSettings.EXTERNAL);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theSoNoiVuAppraisesAProposalOnTheTaskPage() {
        String campaignId = createOpenCampaign();
        String dossierId = proposedToProvince(campaignId, "Chi hội Cựu chiến binh thôn 1 " + System.nanoTime());

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
        Number scroll = (Number) browser.driver()
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
    }

    private String proposedToProvince(String campaignId, String collective) {
        Map<String, Object> nominee = Map.of(
                "type",
                "COLLECTIVE",
                "fullName",
                collective,
                "proposedAward",
                "BANG_KHEN_CHU_TICH_TINH",
                "achievementSummary",
                "Tổ chức tốt phong trào.",
                "emulationContents",
                List.of("PHONG_TRAO"),
                "womenShare",
                20,
                "memberDisciplined",
                false);
        ApiResponse created = api("thon1")
                .post(
                        "/api/dossiers",
                        Map.of("campaignId", campaignId, "title", collective, "nominees", List.of(nominee)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode draft = created.json();
        String id = draft.get("id").asText();
        DossierFixture.uploadAllDocuments(api("thon1"), draft);
        assertThat(api("thon1").post("/api/dossiers/{id}/submit", null, id).status())
                .isEqualTo(200);
        String nomineeId = draft.at("/nominees/0/id").asText();
        complete(
                "bxdd",
                campaignId,
                id,
                "PARTY_BUILDING_SELECTION",
                Map.of("outcome", "FORWARD", "nominees", List.of(Map.of("nomineeId", nomineeId, "selected", true))));
        complete(
                "vhxh",
                campaignId,
                id,
                "CULTURE_SOCIAL_APPRAISAL",
                Map.of(
                        "outcome",
                        "FORWARD",
                        "nominees",
                        List.of(Map.of(
                                "nomineeId",
                                nomineeId,
                                "appraisal",
                                "DAT",
                                "recommendedAward",
                                "BANG_KHEN_CHU_TICH_TINH"))));
        complete(
                "hoidong",
                campaignId,
                id,
                "COUNCIL_REVIEW",
                Map.of(
                        "meetingDate",
                        LocalDate.ofInstant(EngineTestSupport.now(), BUSINESS_ZONE)
                                .toString(),
                        "membersTotal",
                        9,
                        "membersPresent",
                        7,
                        "nominees",
                        List.of(Map.of("nomineeId", nomineeId, "votesFor", 6))));
        complete(
                "chutich",
                campaignId,
                id,
                "CHAIRMAN_DECISION",
                Map.of(
                        "outcome",
                        "DECIDE",
                        "nominees",
                        List.of(Map.of("nomineeId", nomineeId, "award", "PROPOSE_BANG_KHEN_CHU_TICH_TINH"))));
        engine().runDueJobs(id);
        assertThat(api("vhxh").get("/api/dossiers/{id}", id).str("status")).isEqualTo("PROVINCE_PENDING");
        return id;
    }

    private void complete(String user, String campaignId, String dossierId, String stage, Map<String, Object> body) {
        String taskId = null;
        for (JsonNode item : api(user)
                .get("/api/tasks?campaignId={c}&stage={s}&size=200", campaignId, stage)
                .json()
                .get("items")) {
            if (dossierId.equals(item.get("dossierId").asText())) {
                taskId = item.get("id").asText();
            }
        }
        assertThat(taskId).as("%s task of %s", stage, dossierId).isNotNull();
        ApiResponse done = api(user).post("/api/tasks/{id}/complete", body, taskId);
        assertThat(done.status()).as("%s: %s", stage, done).isEqualTo(200);
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
