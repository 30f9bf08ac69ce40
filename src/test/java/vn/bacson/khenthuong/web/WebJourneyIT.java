package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.io.ByteArrayResource;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * The journeys of issue 3 in headless Chromium, on PostgreSQL: a unit drafts, documents and submits a dossier;
 * the four review stages find and complete their task with the PDF in view; the unit sees the decision; an
 * amendment round trip; a second browser losing the race; another unit's dossier; a signed-out visitor.
 * Screenshots go to target/screenshots.
 */
class WebJourneyIT extends PostgresIT {

    static final String XSS_NAME = "<script>alert(1)</script>";

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);

    /** The same reviewer in another browser, for the test of the two who complete one task. */
    @RegisterExtension
    static final BrowserExtension second = BrowserExtension.perTest(WebDriverSession.DESKTOP);

    private String campaignId;

    @BeforeEach
    void anOpenCampaign() {
        campaignId = createOpenCampaign();
    }

    @Test
    void aDossierGoesFromDraftToDecisionInTheBrowser() {
        // 1. the unit officer drafts a dossier with two nominees
        browser.signIn("thon1");
        browser.open("/unit");
        browser.screenshot("01-unit-portal");
        browser.open("/dossiers/new?campaignId=" + campaignId);
        browser.visible(By.id("save-dossier")).click();
        assertThat(browser.text(By.id("err-title"))).contains("trích yếu");
        assertThat(browser.text(By.id("err-name-0"))).contains("họ tên");
        browser.screenshot("02-dossier-form-errors");

        String title = "Đề nghị khen thưởng Thôn 1 – kiểm thử giao diện " + System.nanoTime();
        browser.visible(By.id("title")).sendKeys(title);
        fillNominee(0, XSS_NAME, "Trưởng thôn");
        browser.driver().findElement(By.id("add-nominee")).click();
        browser.visible(By.id("nominee-1"));
        new Select(browser.driver().findElement(By.id("nominees1.type"))).selectByValue("COLLECTIVE");
        fillNominee(1, "Chi hội Phụ nữ thôn 1", null);
        browser.screenshot("03-dossier-form");
        browser.driver().findElement(By.id("save-dossier")).click();
        assertThat(browser.text(By.id("flash-success"))).contains("Đã lập hồ sơ");
        String dossierId = dossierIdFromUrl();
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Bản nháp");
        assertThat(missingItems()).hasSize(5);

        // uploads through the page's script (progress bar, JSON API with the CSRF header)
        List<WebElement> nominees = browser.driver().findElements(By.cssSelector("#upload-nominee option"));
        upload("TO_TRINH", null, "to-trinh.pdf");
        upload("BIEU_TOM_TAT", null, "bieu-tom-tat.pdf");
        upload("BIEN_BAN_HOP_XET", null, "bien-ban-hop-xet.pdf");
        List<String> nomineeIds = nomineeIds(dossierId);
        upload("BAO_CAO_THANH_TICH", nomineeIds.get(0), "bao-cao-ca-nhan.pdf");
        upload("BAO_CAO_THANH_TICH", nomineeIds.get(1), "bao-cao-tap-the.pdf");
        assertThat(nominees).hasSize(3);
        assertThat(browser.visible(By.id("missing-none")).getText()).contains("đủ");
        assertThat(browser.driver().findElements(By.cssSelector(".document-row")))
                .hasSize(5);
        // the nominee named like a script is shown as text, and no script ran
        assertThat(browser.driver()
                        .findElements(By.cssSelector(".nominee-name"))
                        .get(0)
                        .getText())
                .isEqualTo(XSS_NAME);
        assertNoAlert();
        browser.screenshot("04-dossier-ready");

        browser.clickAndConfirm(By.id("submit-dossier"));
        assertThat(browser.text(By.id("flash-success"))).contains("Đã gửi hồ sơ");
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đang xét duyệt");
        assertThat(browser.text(By.id("dossier-stage"))).contains("Ban Xây dựng Đảng");
        browser.waiter()
                .until(d ->
                        "true".equals(d.findElement(By.id("process-diagram")).getDomAttribute("data-rendered")));
        assertThat(browser.driver().findElements(By.cssSelector("#process-diagram .current-stage")))
                .isNotEmpty();
        browser.screenshot("05-dossier-submitted");

        // 2. each stage finds its task, sees the PDF, completes it
        openTask("bxdd", title);
        browser.screenshot("06-task-list");
        assertPdfShown(dossierId);
        browser.screenshot("07-task-selection");
        browser.driver().findElement(By.id("outcome-FORWARD")).click();
        assertThat(browser.text(By.id("flash-success"))).contains(title);

        openTask("vhxh", title);
        assertPdfShown(dossierId);
        browser.driver().findElement(By.id("comment")).sendKeys("Hồ sơ đầy đủ, thành tích rõ ràng.");
        browser.screenshot("08-task-appraisal");
        browser.driver().findElement(By.id("outcome-FORWARD")).click();
        assertThat(browser.text(By.id("flash-success"))).contains(title);

        openTask("hoidong", title);
        assertPdfShown(dossierId);
        browser.driver().findElement(By.id("membersTotal")).sendKeys("9");
        browser.driver().findElement(By.id("membersPresent")).sendKeys("7");
        for (WebElement votes : browser.driver().findElements(By.cssSelector(".votes-input"))) {
            votes.sendKeys("6");
        }
        browser.screenshot("09-task-council");
        browser.driver().findElement(By.id("outcome-record")).click();
        assertThat(browser.text(By.id("flash-success"))).contains(title);

        openTask("chutich", title);
        assertPdfShown(dossierId);
        browser.open("/chairman?campaignId=" + campaignId);
        WebElement card = browser.visible(By.cssSelector("article[data-dossier-id='" + dossierId + "']"));
        assertThat(card.getText()).contains("Chi hội Phụ nữ thôn 1").contains("6 phiếu tán thành");
        browser.resize(WebDriverSession.PHONE);
        browser.screenshot("10-chairman-phone");
        // a numbered decision is issued only after a confirmation naming the dossier
        card.findElement(By.cssSelector(".decide-button")).click();
        org.openqa.selenium.Alert confirm = browser.waiter().until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains(title, "không thể hoàn tác");
        confirm.dismiss();
        assertThat(browser.driver().findElements(By.id("flash-success"))).isEmpty();
        browser.clickAndConfirm(By.cssSelector("article[data-dossier-id='" + dossierId + "'] .decide-button"));
        assertThat(browser.text(By.id("flash-success"))).contains(title);
        // the list is up to date at once: the decided dossier no longer waits, while the engine records it
        assertThat(browser.driver().findElements(By.cssSelector("article[data-dossier-id='" + dossierId + "']")))
                .isEmpty();
        assertThat(browser.text(By.id("waiting-count"))).doesNotContain("Có 1 hồ sơ");
        browser.resize(WebDriverSession.DESKTOP);
        engine().runDueJobs(dossierId);
        // the chairman's dossier page offers the decision too
        browser.open("/dossiers/" + dossierId);
        assertThat(fetch(browser.visible(By.id("decision-pdf")).getDomAttribute("href")))
                .startsWith("200 application/pdf");

        // 3. the unit sees the decision and the history
        browser.signIn("thon1");
        browser.open("/dossiers/" + dossierId);
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đã có quyết định");
        assertThat(browser.text(By.id("decision-number"))).contains("/QĐ-UBND");
        assertThat(browser.driver().findElements(By.cssSelector(".nominee-outcome")))
                .extracting(WebElement::getText)
                .containsOnly("Được tặng Giấy khen của Chủ tịch UBND xã");
        String history = browser.text(By.id("history-list"));
        assertThat(history)
                .contains(
                        "Ban Xây dựng Đảng lựa chọn",
                        "Thẩm định hồ sơ",
                        "Hội đồng xét, biểu quyết",
                        "Chủ tịch quyết định khen thưởng",
                        "Hồ sơ đầy đủ, thành tích rõ ràng.");
        // the unit downloads its Quyết định from the dossier page; another unit finds nothing there
        String decisionLink = browser.visible(By.id("decision-pdf")).getDomAttribute("href");
        assertThat(decisionLink).isEqualTo("/dossiers/" + dossierId + "/decision.pdf");
        assertThat(fetch(decisionLink)).startsWith("200 application/pdf");
        browser.screenshot("11-dossier-decided");
        browser.signIn("thon2");
        browser.open(decisionLink);
        assertThat(browser.text(By.id("not-found-page"))).contains("Không tìm thấy");
    }

    @Test
    void anAmendmentGoesBackToTheUnitAndReturnsToReview() {
        String title = "Hồ sơ trả lại để bổ sung " + System.nanoTime();
        String dossierId = submittedDossier(title);

        openTask("bxdd", title);
        browser.driver().findElement(By.id("outcome-RETURN")).click();
        // a return needs the reviewer's reason: the form comes back with the message
        assertThat(browser.text(By.id("task-form-error"))).isNotBlank();
        browser.driver().findElement(By.id("comment")).sendKeys("Đề nghị bổ sung số liệu về phong trào.");
        browser.driver().findElement(By.id("outcome-RETURN")).click();
        assertThat(browser.text(By.id("flash-success"))).contains(title);

        browser.signIn("thon1");
        browser.open("/dossiers/" + dossierId);
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Cần bổ sung");
        assertThat(browser.text(By.id("amendment-comment"))).isEqualTo("Đề nghị bổ sung số liệu về phong trào.");
        assertThat(browser.text(By.id("amendment-due"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        browser.screenshot("12-amendment-requested");
        browser.visible(By.id("edit-dossier")).click();
        WebElement summary = browser.visible(By.id("nominees0.achievementSummary"));
        summary.clear();
        summary.sendKeys("Vận động 120 hộ tham gia phong trào, vượt 20% chỉ tiêu.");
        browser.driver().findElement(By.id("save-dossier")).click();
        assertThat(browser.text(By.id("flash-success"))).contains("Đã lưu");
        browser.clickAndConfirm(By.id("submit-dossier"));
        assertThat(browser.text(By.id("flash-success"))).contains("Đã gửi hồ sơ");
        assertThat(browser.text(By.id("dossier-status"))).isEqualTo("Đang xét duyệt");
    }

    @Test
    void aSecondBrowserCompletingTheSameTaskGetsAFriendlyMessage() {
        String title = "Hồ sơ hai người cùng xử lý " + System.nanoTime();
        submittedDossier(title);
        openTask("bxdd", title);
        second.signIn("bxdd");
        second.open("/tasks?campaignId=" + campaignId);
        second.visible(By.linkText(title)).click();
        second.visible(By.id("outcome-FORWARD"));

        browser.driver().findElement(By.id("outcome-FORWARD")).click();
        assertThat(browser.text(By.id("flash-success"))).contains(title);

        second.driver().findElement(By.id("outcome-FORWARD")).click();
        assertThat(second.text(By.id("flash-error"))).contains("đã được xử lý xong");
        assertThat(second.driver().getCurrentUrl()).endsWith("/tasks");
        second.screenshot("13-task-conflict");
    }

    @Test
    void anotherUnitsDossierIsNotFoundAndASignedOutVisitorIsSentToLogin() {
        String title = "Hồ sơ riêng của Thôn 1 " + System.nanoTime();
        String dossierId = submittedDossier(title);
        String documentId = api("thon1")
                .get("/api/dossiers/{id}", dossierId)
                .json()
                .path("documents")
                .get(0)
                .path("id")
                .asText();

        browser.signIn("thon2");
        browser.open("/dossiers/" + dossierId);
        assertThat(browser.text(By.id("not-found-page"))).contains("Không tìm thấy");
        assertThat(browser.driver().getPageSource()).doesNotContain(title);
        browser.screenshot("14-not-found");
        browser.open("/dossiers/" + dossierId + "/documents/" + documentId + "/view");
        assertThat(browser.text(By.id("not-found-page"))).contains("Không tìm thấy");
        browser.open("/dossiers/00000000-0000-0000-0000-000000000000");
        assertThat(browser.text(By.id("not-found-page"))).contains("Không tìm thấy");

        browser.visible(By.id("logout")).click();
        assertThat(browser.text(By.id("logout-message"))).contains("đăng xuất");
        browser.open("/dossiers/" + dossierId);
        browser.visible(By.id("login-form"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.screenshot("15-login");
    }

    @Test
    void aCitizenSendsFeedbackOnThePublicPostingPage_andTheCouncilReadsItOnItsTask() {
        api("vhxh").patch("/api/campaigns/{id}", Map.of("publicPostingDays", 3), campaignId);
        String title = "Hồ sơ niêm yết công khai " + System.nanoTime();
        String nominee = "Triệu Văn Công " + unique("");
        JsonNode inReview = DossierFixture.inReview(api("thon1"), campaignId, title, nominee);
        String dossierId = inReview.path("id").asText();
        JsonNode posted = DossierFixture.appraised(api("bxdd"), api("vhxh"), campaignId, inReview);
        String endsAt = posted.path("publicPosting").path("endsAt").asText();

        // a citizen, not signed in, finds the posting from the public results page
        browser.driver().manage().deleteAllCookies();
        browser.open("/cong-khai");
        browser.visible(By.id("link-postings")).click();
        WebElement article = browser.visible(By.id("dossier-" + dossierId));
        assertThat(article.getText()).contains(nominee, "Thôn 1", "Giấy khen của Chủ tịch UBND xã");
        assertThat(article.findElement(By.cssSelector(".posting-period")).getText())
                .endsWith(java.time.OffsetDateTime.parse(endsAt)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        article.findElement(By.tagName("summary")).click();
        // sent empty: the server answers in Vietnamese, field by field
        browser.visible(By.id("send-feedback-" + dossierId)).click();
        assertThat(browser.text(By.id("sender-error-" + dossierId))).contains("họ và tên");
        assertThat(browser.text(By.id("content-error-" + dossierId))).contains("nội dung");
        new Select(browser.driver().findElement(By.id("nominee-" + dossierId))).selectByVisibleText(nominee);
        browser.driver().findElement(By.id("sender-" + dossierId)).sendKeys("Nông Thị Dân");
        browser.driver().findElement(By.id("contact-" + dossierId)).sendKeys("0987 654 321");
        browser.driver()
                .findElement(By.id("content-" + dossierId))
                .sendKeys("Tôi xác nhận <i>thành tích</i> của ông Công.\nĐề nghị khen thưởng.");
        browser.screenshot("16-public-posting-form");
        browser.driver().findElement(By.id("send-feedback-" + dossierId)).click();
        assertThat(browser.text(By.id("flash-success"))).contains("Đã nhận ý kiến");
        browser.screenshot("17-public-posting-sent");

        // the posting ends: the council's task appears, with the feedback on its page
        EngineTestSupport.setNow(
                java.time.OffsetDateTime.parse(endsAt).toInstant().plusSeconds(60));
        engine().runDueJobs(dossierId);
        openTask("hoidong", title);
        WebElement feedback = browser.visible(By.id("public-feedback"));
        assertThat(feedback.findElement(By.id("feedback-heading")).getText()).endsWith("(1)");
        assertThat(feedback.findElement(By.cssSelector(".feedback-sender")).getText())
                .isEqualTo("Nông Thị Dân");
        assertThat(feedback.findElement(By.cssSelector(".feedback-contact")).getText())
                .isEqualTo("0987 654 321");
        assertThat(feedback.findElement(By.cssSelector(".feedback-about")).getText())
                .isEqualTo("Về: " + nominee);
        assertThat(feedback.findElement(By.cssSelector(".feedback-time")).getText())
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        // shown as text: the citizen's markup is not markup here
        assertThat(feedback.findElement(By.cssSelector(".feedback-content")).getText())
                .isEqualTo("Tôi xác nhận <i>thành tích</i> của ông Công.\nĐề nghị khen thưởng.");
        assertThat(feedback.findElements(By.tagName("i"))).isEmpty();
        browser.screenshot("18-council-task-feedback");

        // the proposing unit sees that its dossier was posted, not what citizens wrote
        browser.signIn("thon1");
        browser.open("/dossiers/" + dossierId);
        assertThat(browser.text(By.id("history-list"))).contains("Niêm yết công khai", "Kết thúc niêm yết công khai");
        assertThat(browser.driver().findElements(By.id("public-feedback"))).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private void fillNominee(int index, String name, String position) {
        browser.driver().findElement(By.id("nominees" + index + ".fullName")).sendKeys(name);
        if (position != null) {
            browser.driver()
                    .findElement(By.id("nominees" + index + ".position"))
                    .sendKeys(position);
            browser.driver()
                    .findElement(By.id("nominees" + index + ".birthYear"))
                    .sendKeys("1980");
        }
        browser.driver()
                .findElement(By.id("nominees" + index + ".achievementSummary"))
                .sendKeys("Hoàn thành xuất sắc nhiệm vụ năm 2025.");
        browser.driver()
                .findElement(By.id("nominees" + index + ".content-PHONG_TRAO"))
                .click();
        browser.driver().findElement(By.id("nominees" + index + ".initiative")).sendKeys("Mô hình dân vận khéo.");
    }

    private void upload(String kind, String nomineeId, String fileName) {
        int before =
                browser.driver().findElements(By.cssSelector(".document-row")).size();
        new Select(browser.visible(By.id("upload-kind"))).selectByValue(kind);
        new Select(browser.driver().findElement(By.id("upload-nominee")))
                .selectByValue(nomineeId == null ? "" : nomineeId);
        browser.driver()
                .findElement(By.id("upload-file"))
                .sendKeys(pdf(fileName).toAbsolutePath().toString());
        browser.driver().findElement(By.id("upload-submit")).click();
        browser.waiter()
                .until(d -> d.findElements(By.cssSelector(".document-row")).size() == before + 1);
    }

    private List<String> missingItems() {
        return browser.driver().findElements(By.cssSelector("#missing-list li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String dossierIdFromUrl() {
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    private List<String> nomineeIds(String dossierId) {
        List<String> ids = new ArrayList<>();
        api("thon1")
                .get("/api/dossiers/{id}", dossierId)
                .json()
                .path("nominees")
                .forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    /** Signs in as the reviewer, finds the dossier's task in their list (filtered by campaign) and opens it. */
    private void openTask(String username, String title) {
        browser.signIn(username);
        browser.open("/tasks?campaignId=" + campaignId);
        browser.visible(By.linkText(title)).click();
        browser.visible(By.id("stage-form"));
    }

    private void assertPdfShown(String dossierId) {
        WebElement frame = browser.present(By.cssSelector("iframe.pdf-preview"));
        assertThat(frame.getDomAttribute("src")).startsWith("/dossiers/" + dossierId + "/documents/");
        // the frame's address answers the PDF inline, for this reviewer's session
        Object type = browser.driver()
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                                + " + r.headers.get('content-disposition')));",
                        frame.getDomAttribute("src"));
        assertThat(String.valueOf(type)).startsWith("200 application/pdf inline");
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

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** A complete dossier of Thôn 1 with two nominees, submitted through the API: now at the first review stage. */
    private String submittedDossier(String title) {
        Api thon1 = api("thon1");
        ApiResponse created = thon1.post(
                "/api/dossiers",
                Map.of(
                        "campaignId", campaignId,
                        "title", title,
                        "nominees",
                                List.of(
                                        Map.of(
                                                "type",
                                                "INDIVIDUAL",
                                                "fullName",
                                                "Hoàng Văn An",
                                                "birthYear",
                                                1979,
                                                "proposedAward",
                                                "GIAY_KHEN_CHU_TICH_XA",
                                                "achievementSummary",
                                                "Trưởng thôn tiêu biểu",
                                                "emulationContents",
                                                List.of("KTXH", "PHONG_TRAO"),
                                                "initiative",
                                                "Sáng kiến"),
                                        Map.of(
                                                "type",
                                                "COLLECTIVE",
                                                "fullName",
                                                "Tổ hòa giải thôn 1",
                                                "proposedAward",
                                                "GIAY_KHEN_CHU_TICH_XA",
                                                "achievementSummary",
                                                "Hòa giải 12 vụ",
                                                "emulationContents",
                                                List.of("PHONG_TRAO"),
                                                "initiative",
                                                "Mô hình tự quản"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.str("id");
        for (String kind : List.of("TO_TRINH", "BIEU_TOM_TAT", "BIEN_BAN_HOP_XET")) {
            assertThat(thon1.postMultipart(
                                    "/api/dossiers/{id}/documents",
                                    Map.of("kind", kind, "file", file(kind.toLowerCase() + ".pdf")),
                                    id)
                            .status())
                    .isEqualTo(201);
        }
        for (JsonNode nominee : created.json().path("nominees")) {
            assertThat(thon1.postMultipart(
                                    "/api/dossiers/{id}/documents",
                                    Map.of(
                                            "kind",
                                            "BAO_CAO_THANH_TICH",
                                            "nomineeId",
                                            nominee.path("id").asText(),
                                            "file",
                                            file("bao-cao.pdf")),
                                    id)
                            .status())
                    .isEqualTo(201);
        }
        ApiResponse submitted = thon1.post("/api/dossiers/{id}/submit", null, id);
        assertThat(submitted.str("status")).as(submitted.toString()).isEqualTo("IN_REVIEW");
        return id;
    }

    private static ByteArrayResource file(String name) {
        return new ByteArrayResource(pdfBytes(name)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static Path pdf(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "web-it-files"));
            return Files.write(dir.resolve(name), pdfBytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid one-page PDF with the file's name written on it. */
    static byte[] pdfBytes(String label) {
        String text = label.replaceAll("[^A-Za-z0-9 .-]", "");
        String stream = "BT /F1 18 Tf 40 120 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
