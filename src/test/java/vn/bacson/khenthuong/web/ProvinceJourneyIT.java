package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.Mails;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;
import vn.bacson.khenthuong.support.ProvinceReviewsInTheSystem;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The province's review of two communes' Bằng khen proposals, end to end in headless Chromium (README "The province
 * reviews the communes' Bằng khen proposals"): Bắc Sơn and Vũ Lễ each send one (the commune stages over the API);
 * the Sở Nội vụ returns Vũ Lễ's with a comment and forwards Bắc Sơn's; the returned one is not sent again in time, and
 * the reminder reaches the commune; Vũ Lễ's culture-social officer reads the comment on a phone and sends it again;
 * the provincial council records its meeting and the province's chairman decides both, one collective not awarded.
 * Each commune's people then read their own result (status, each nominee's result, the province's number, the
 * decision's PDF) and nothing of the other commune's, and the e-mails went to the right commune. Every page fits
 * 1366×768 without sideways scrolling, with no console error.
 */
@ExtendWith(ProvinceReviewsInTheSystem.class)
class ProvinceJourneyIT extends PostgresIT {

    private static final String RETURN_COMMENT = "Bổ sung biên bản họp xét của Hội đồng Thi đua - Khen thưởng xã.";

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.LAPTOP_WIDE);

    @RegisterExtension
    final GreenMailExtension smtp = smtpServer();

    @Autowired
    private MailDispatcher dispatcher;

    /** Console errors and sideways scrolling, each with the page it happened on. */
    private final List<String> pageProblems = new ArrayList<>();

    @Test
    void twoCommunesPropose_oneIsReturnedAndSentAgain_theProvinceDecidesBoth_eachCommuneReadsItsOwnResult() {
        String suffix = " " + unique("IT");
        Function<String, Api> bacSon = this::api;
        Function<String, Api> vuLe = role -> api("vl-" + role);
        String titleA = "Đề nghị Bằng khen Thôn 1 Bắc Sơn" + suffix;
        String titleB = "Đề nghị Bằng khen Thôn 1 Vũ Lễ" + suffix;
        String farmers = "Chi hội Nông dân thôn 1" + suffix;
        String youth = "Chi đoàn thôn 1" + suffix;
        String veterans = "Chi hội Cựu chiến binh thôn 1 Vũ Lễ" + suffix;
        String dossierA = ProvinceProposalFixture.proposed(
                        bacSon, engine(), createOpenCampaign(), "thon1", titleA, farmers, youth)
                .path("id")
                .asText();
        String dossierB = ProvinceProposalFixture.proposed(
                        vuLe, engine(), createOpenCampaign("vl-vhxh"), "thon1", titleB, veterans)
                .path("id")
                .asText();
        String proposalA = proposalOf(bacSon, dossierA);
        String proposalB = proposalOf(vuLe, dossierB);

        // the Sở Nội vụ returns Vũ Lễ's proposal with a comment and forwards Bắc Sơn's
        browser.signIn("sonv");
        openTask("PROVINCE_APPRAISAL", titleB);
        assertThat(taskRow).as("the task list names the commune").contains("Xã Vũ Lễ");
        assertThat(browser.text(By.id("task-title"))).startsWith("Sở Nội vụ thẩm định: Tờ trình số ");
        assertThat(browser.text(By.id("main"))).contains("Xã Vũ Lễ");
        assertThat(browser.text(By.id("task-nominees"))).contains(veterans);
        checkPage("sonv: appraisal of Vũ Lễ's proposal");
        browser.visible(By.id("comment")).sendKeys(RETURN_COMMENT);
        browser.visible(By.id("outcome-RETURN")).click();
        assertThat(browser.text(By.id("flash-success"))).startsWith("Đã xử lý đề nghị ");
        engine().runDueJobs(proposalB);

        openTask("PROVINCE_APPRAISAL", titleA);
        assertThat(taskRow).contains("Xã Bắc Sơn").doesNotContain("Vũ Lễ");
        assertThat(browser.text(By.id("main"))).contains("Xã Bắc Sơn");
        appraiseAllDatAndForward();
        checkPage("sonv: task list");

        // five working days pass and Vũ Lễ has not sent it again: the commune and the Sở Nội vụ are reminded
        passWorkingDays(5);
        engine().runDueJobs(proposalB);

        // Vũ Lễ's culture-social officer reads the province's comment on the dossier, on a phone, and sends it again
        browser.signIn("vl-vhxh");
        browser.open("/dossiers/" + dossierB);
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Chờ tỉnh quyết định");
        checkPage("vl-vhxh: dossier waiting for the province");
        browser.resize(WebDriverSession.PHONE);
        browser.visible(By.id("province-proposal-link")).click();
        browser.waiter().until(ExpectedConditions.urlContains("/province/proposals/" + proposalB));
        assertThat(browser.text(By.id("proposal-status"))).isEqualTo("Tỉnh trả lại để bổ sung");
        assertThat(browser.text(By.id("proposal-returned"))).contains(RETURN_COMMENT, "Hạn gửi lại: ");
        assertThat(browser.text(By.id("proposal-history"))).contains("Trả lại xã", "Quá hạn gửi lại");
        checkPage("vl-vhxh on a phone: the returned proposal");
        browser.visible(By.id("resend")).click();
        assertThat(browser.text(By.id("flash-success"))).isEqualTo("Đã gửi lại đề nghị cho tỉnh.");
        assertThat(browser.text(By.id("proposal-status"))).isEqualTo("Tỉnh đang xét");
        assertThat(browser.driver().findElements(By.id("resend"))).isEmpty();
        checkPage("vl-vhxh on a phone: the proposal sent again");
        browser.resize(WebDriverSession.LAPTOP_WIDE);

        browser.signIn("sonv");
        openTask("PROVINCE_APPRAISAL", titleB);
        appraiseAllDatAndForward();

        // the provincial council records its meeting for both
        browser.signIn("hdtinh");
        for (String title : List.of(titleA, titleB)) {
            openTask("PROVINCE_COUNCIL", title);
            assertThat(browser.visible(By.id("meetingDate")).getDomProperty("value"))
                    .as("the meeting date reads dd/MM/yyyy, today by default")
                    .isEqualTo(today());
            browser.visible(By.id("membersTotal")).sendKeys("11");
            browser.visible(By.id("membersPresent")).sendKeys("9");
            for (WebElement votes :
                    browser.driver().findElements(By.cssSelector("#task-nominees input[type=number]"))) {
                votes.sendKeys("8");
            }
            checkPage("hdtinh: council of " + title);
            browser.visible(By.id("council-save")).click();
            assertThat(browser.text(By.id("flash-success"))).startsWith("Đã xử lý đề nghị ");
        }

        // the province's chairman decides both: Bắc Sơn's youth union is not awarded
        browser.signIn("chutichtinh");
        openTask("PROVINCE_DECISION", titleA);
        WebElement youthAwarded =
                browser.visible(By.xpath("//table[@id='task-nominees']//tr[.//span[normalize-space()='" + youth
                        + "']]//input[@type='checkbox']"));
        assertThat(youthAwarded.isSelected())
                .as("every nominee the council passed is ticked")
                .isTrue();
        youthAwarded.click();
        checkPage("chutichtinh: decision on Bắc Sơn's proposal");
        browser.visible(By.id("outcome-DECIDE")).click();
        assertThat(browser.text(By.id("flash-success"))).startsWith("Đã xử lý đề nghị ");
        openTask("PROVINCE_DECISION", titleB);
        browser.visible(By.id("outcome-DECIDE")).click();
        assertThat(browser.text(By.id("flash-success"))).startsWith("Đã xử lý đề nghị ");
        for (String businessKey : List.of(proposalA, proposalB, dossierA, dossierB)) {
            engine().runDueJobs(businessKey);
        }

        // Bắc Sơn: the unit reads its dossier's result, the culture-social office the province's decision
        browser.signIn("thon1");
        browser.open("/dossiers/" + dossierA);
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã có quyết định");
        String numberA = browser.text(By.id("province-decision-number"));
        assertThat(numberA).matches("\\d+/QĐ-UBND");
        assertThat(outcomeOnDossier(farmers)).isEqualTo("Được tặng Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(outcomeOnDossier(youth)).isEqualTo("Không được khen thưởng");
        checkPage("thon1: the decided dossier");
        browser.open("/dossiers/" + dossierB);
        notFound("thon1: Vũ Lễ's dossier");

        browser.signIn("vhxh");
        browser.open("/dossiers/" + dossierA);
        browser.visible(By.id("province-proposal-link")).click();
        browser.waiter().until(ExpectedConditions.urlContains("/province/proposals/" + proposalA));
        decidedProposal(numberA);
        assertThat(outcomeOnProposal(farmers)).isEqualTo("Được tặng Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(outcomeOnProposal(youth)).isEqualTo("Không được khen thưởng");
        checkPage("vhxh: Bắc Sơn's decided proposal");
        browser.open("/province/proposals/" + proposalB);
        notFound("vhxh: Vũ Lễ's proposal");

        // Vũ Lễ: the same for its own, under its own number
        browser.signIn("vl-thon1");
        browser.open("/dossiers/" + dossierB);
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã có quyết định");
        String numberB = browser.text(By.id("province-decision-number"));
        assertThat(numberB).matches("\\d+/QĐ-UBND").isNotEqualTo(numberA);
        assertThat(outcomeOnDossier(veterans)).isEqualTo("Được tặng Bằng khen của Chủ tịch UBND tỉnh");
        checkPage("vl-thon1: the decided dossier");
        browser.open("/dossiers/" + dossierA);
        notFound("vl-thon1: Bắc Sơn's dossier");

        browser.signIn("vl-vhxh");
        browser.open("/province/proposals/" + proposalB);
        decidedProposal(numberB);
        assertThat(outcomeOnProposal(veterans)).isEqualTo("Được tặng Bằng khen của Chủ tịch UBND tỉnh");
        checkPage("vl-vhxh: Vũ Lễ's decided proposal");
        browser.open("/province/proposals/" + proposalA);
        notFound("vl-vhxh: Bắc Sơn's proposal");

        assertThat(pageProblems).isEmpty();

        // the e-mails: each commune hears of its own proposal only
        Mails.deliverAll(dispatcher);
        List<MimeMessage> returned = mails("Tỉnh trả lại đề nghị tặng Bằng khen: ", "/province/proposals/" + proposalB);
        assertThat(returned).isNotEmpty();
        assertThat(recipients(returned)).contains("vl-vhxh@vule.example").allMatch(a -> a.endsWith("@vule.example"));
        assertThat(Mails.text(returned.get(0))).contains(RETURN_COMMENT, "Xã Vũ Lễ");
        assertThat(mails("Tỉnh trả lại đề nghị tặng Bằng khen: ", "/province/proposals/" + proposalA))
                .isEmpty();
        List<MimeMessage> reminded =
                mails("Quá hạn gửi lại đề nghị tặng Bằng khen: ", "/province/proposals/" + proposalB);
        assertThat(recipients(reminded))
                .contains("vl-vhxh@vule.example", "sonv@langson.example")
                .doesNotContain("vhxh@bacson.example", "truongphong@bacson.example");

        String decided = "Đã có quyết định của tỉnh về đề nghị tặng Bằng khen: ";
        assertThat(recipients(mails(decided, "/province/proposals/" + proposalA)))
                .contains("vhxh@bacson.example")
                .allMatch(a -> a.endsWith("@bacson.example"));
        assertThat(recipients(mails(decided, "/province/proposals/" + proposalB)))
                .contains("vl-vhxh@vule.example")
                .allMatch(a -> a.endsWith("@vule.example"));
        List<MimeMessage> unitA = mails("Đã có quyết định khen thưởng của tỉnh", "/dossiers/" + dossierA);
        assertThat(recipients(unitA)).contains("thon-1@bacson.example").allMatch(a -> a.endsWith("@bacson.example"));
        assertThat(Mails.text(unitA.get(0)))
                .contains(farmers + " (Tập thể): Được tặng Bằng khen của Chủ tịch UBND tỉnh - Quyết định số " + numberA)
                .contains(youth + " (Tập thể): Không được khen thưởng");
        List<MimeMessage> unitB = mails("Đã có quyết định khen thưởng của tỉnh", "/dossiers/" + dossierB);
        assertThat(recipients(unitB)).contains("thon-1@vule.example").allMatch(a -> a.endsWith("@vule.example"));
    }

    // ---- the pages ---------------------------------------------------------------------------------------

    /** The task list's row of the task {@link #openTask} opened last, as the reviewer read it. */
    private String taskRow;

    /** From the header's "Công việc cần xử lý", the stage's tab, then the task of the proposal with this title. */
    private void openTask(String stage, String title) {
        WebElement before = browser.driver().findElement(By.tagName("html"));
        browser.visible(By.id("nav-tasks")).click();
        // the list may be where the last step came back to: its links count only once the new one is loaded
        browser.waiter().until(ExpectedConditions.stalenessOf(before));
        browser.visible(By.cssSelector("#stage-filters a[href*='stage=" + stage + "']"))
                .click();
        browser.waiter().until(ExpectedConditions.urlContains("stage=" + stage));
        taskRow = browser.visible(By.xpath("//tr[.//a[normalize-space()='" + title + "']]"))
                .getText();
        browser.visible(By.linkText(title)).click();
        browser.waiter().until(ExpectedConditions.urlContains("/province/tasks/"));
        browser.visible(By.id("task-form"));
    }

    /** The Sở Nội vụ finds every nominee Đạt (the preset), notes why and forwards to the provincial council. */
    private void appraiseAllDatAndForward() {
        for (WebElement appraisal :
                browser.driver().findElements(By.cssSelector("#task-nominees select[id^='appraisal-']"))) {
            assertThat(new Select(appraisal).getFirstSelectedOption().getText()).isEqualTo("Đạt");
        }
        for (WebElement note : browser.driver().findElements(By.cssSelector("#task-nominees input[id^='note-']"))) {
            note.sendKeys("Thành tích tiêu biểu của địa phương.");
        }
        browser.visible(By.id("outcome-FORWARD")).click();
        assertThat(browser.text(By.id("flash-success"))).startsWith("Đã xử lý đề nghị ");
    }

    /** The proposal page of a decided proposal: its status, the decision's number and its PDF. */
    private void decidedProposal(String number) {
        assertThat(browser.text(By.id("proposal-status"))).isEqualTo("Đã có quyết định của tỉnh");
        assertThat(browser.text(By.id("proposal-decision")))
                .startsWith("Quyết định số " + number + " ngày ")
                .contains("của Chủ tịch UBND tỉnh");
        String pdf = browser.visible(By.id("proposal-decision-pdf")).getDomAttribute("href");
        assertThat(browser.fetch(pdf)).isEqualTo("200 application/pdf");
    }

    private String outcomeOnDossier(String nominee) {
        return browser.text(By.xpath("//table[@id='nominee-table']//tr[.//span[normalize-space()='" + nominee
                + "']]//span[contains(@class,'nominee-outcome')]"));
    }

    private String outcomeOnProposal(String nominee) {
        return browser.text(
                By.xpath("//table[@id='proposal-nominees']//tr[.//span[normalize-space()='" + nominee + "']]/td[4]"));
    }

    /** Another commune's record: the "not found" page, answered 404, no trace of an error inside. */
    private void notFound(String where) {
        browser.visible(By.id("not-found-page"));
        assertThat(browser.driver().getPageSource()).as(where).doesNotContain("Exception", "at vn.bacson");
        assertThat(browser.fetch(browser.driver().getCurrentUrl())).as(where).startsWith("404 text/html");
        browser.clearConsole(); // the browser logs the 404 it was answered, as it should
    }

    /** At the window's width nothing scrolls sideways, and the console has no error. */
    private void checkPage(String where) {
        int sideways = browser.sidewaysScroll();
        if (sideways > 0) {
            pageProblems.add(where + ": scrolls " + sideways + " px sideways");
        }
        browser.consoleErrors().forEach(e -> pageProblems.add(where + ": console " + e));
    }

    // ---- reading ---------------------------------------------------------------------------------------

    private static String today() {
        return Formats.date(EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate());
    }

    /** The province proposal a commune's dossier went in, as the commune's culture-social office lists it. */
    private static String proposalOf(Function<String, Api> commune, String dossierId) {
        for (JsonNode item : commune.apply("vhxh")
                .get("/api/province-proposals?size=200")
                .json()
                .path("items")) {
            for (JsonNode id : item.path("dossierIds")) {
                if (dossierId.equals(id.asText())) {
                    return item.path("id").asText();
                }
            }
        }
        throw new AssertionError("no proposal for dossier " + dossierId);
    }

    /** The mails with this subject whose text links to this page. */
    private List<MimeMessage> mails(String subjectStart, String link) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mails.subject(m).startsWith(subjectStart))
                .filter(m -> Mails.text(m).contains(link))
                .toList();
    }

    private static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream().flatMap(m -> Mails.recipients(m).stream()).toList();
    }
}
