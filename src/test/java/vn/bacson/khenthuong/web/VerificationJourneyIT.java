package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.signature.PdfSignatureVerifier;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.QrCodes;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * Issue 15 in the browser: the chairman signs a decision from its page ("Ký số", confirmed); then anyone, on a phone
 * and without login, opens the link of the QR code printed on a Giấy khen (decoded from the certificates' PDF) and
 * reads who issued it and whether the signature holds, uploads the signed decision on the same page, and is told
 * plainly when a file is not a PDF. No serious accessibility violation, no console error (CSP).
 */
class VerificationJourneyIT extends PostgresIT {

    private static final Path DOCS = Path.of("docs", "screenshots");

    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perClass(WebDriverSession.DESKTOP);

    @Autowired
    private PdfSignatureVerifier verifier;

    @TempDir
    Path folder;

    @Test
    void theChairmanSignsOnThePageAndAnyoneChecksTheCertificateByItsQrCode() throws Exception {
        String name = "Lò Văn Minh " + unique("").substring(1, 5);
        JsonNode decision = DecisionFixture.decided(this::api, createOpenCampaign(), "thon1", name);
        String id = decision.get("id").asText();
        String number = decision.get("number").asText();

        browser.signIn("chutich");
        browser.open("/decisions/" + id);
        assertThat(browser.text(By.id("decision-signature"))).isEqualTo("Quyết định chưa được ký số.");
        browser.clickAndConfirm(By.id("sign-decision"));
        browser.visible(By.id("flash-success"));
        assertThat(browser.text(By.id("decision-signature"))).startsWith("Đã ký số bởi Trịnh Minh Tuấn lúc ");
        assertThat(browser.driver().findElements(By.id("sign-decision")))
                .as("signed once")
                .isEmpty();
        String download = URI.create(
                        browser.driver().findElement(By.id("decision-pdf")).getAttribute("href"))
                .getPath();
        byte[] signed = api("chutich").get(download).body();
        assertThat(verifier.check(signed))
                .as("the page's download is the signed file")
                .singleElement()
                .satisfies(check -> assertThat(check.holds()).isTrue());

        // the QR code of the unit's Giấy khen, read from the PDF as a phone would, opened without login
        byte[] certificates =
                api("thon1").get("/api/decisions/{id}/certificates.pdf", id).body();
        URI link = URI.create(QrCodes.onPage(certificates, 0).get(0));
        browser.driver().manage().deleteAllCookies();
        browser.resize(WebDriverSession.PHONE);
        browser.clearConsole();
        browser.open(link.getRawPath() + "?" + link.getRawQuery());
        assertThat(browser.text(By.id("issued-here")))
                .contains("Văn bản do Ủy ban nhân dân xã Bắc Sơn ban hành trên hệ thống này.");
        assertThat(browser.text(By.id("issued-type"))).isEqualTo("Giấy khen");
        assertThat(browser.text(By.id("issued-number"))).startsWith("Quyết định số " + number + " ngày ");
        assertThat(browser.text(By.id("issued-awardee"))).startsWith(name);
        assertThat(browser.text(By.id("issued-signed"))).startsWith("Đã ký số bởi Trịnh Minh Tuấn lúc ");
        assertThat(browser.text(By.cssSelector("#signature-0 .signature-verdict")))
                .isEqualTo("✓ Chữ ký số hợp lệ");
        assertThat(browser.text(By.cssSelector("#signature-0 .signature-time-source")))
                .contains("do người ký tự ghi");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        Path shot = browser.screenshot("public-verification-phone");
        Files.createDirectories(DOCS);
        Files.copy(shot, DOCS.resolve("public-verification-phone.png"), StandardCopyOption.REPLACE_EXISTING);

        // the same page checks a file: the signed decision, then something that is no PDF
        Path decisionFile = folder.resolve("quyet-dinh-" + number.replace('/', '-') + ".pdf");
        Files.write(decisionFile, signed);
        browser.driver().findElement(By.id("verify-file")).sendKeys(decisionFile.toString());
        browser.driver().findElement(By.id("verify-submit")).click();
        assertThat(browser.text(By.id("verify-file-name")))
                .contains(decisionFile.getFileName().toString());
        assertThat(browser.text(By.id("issued-type"))).isEqualTo("Quyết định khen thưởng");
        assertThat(browser.text(By.cssSelector("#signature-0 .signature-verdict")))
                .isEqualTo("✓ Chữ ký số hợp lệ");

        Path picture = folder.resolve("anh-chup.pdf");
        Files.write(picture, "GIF89a – một tấm ảnh, không phải PDF".getBytes(StandardCharsets.UTF_8));
        browser.driver().findElement(By.id("verify-file")).sendKeys(picture.toString());
        browser.driver().findElement(By.id("verify-submit")).click();
        assertThat(browser.text(By.id("verify-problem")))
                .isEqualTo("Tệp này không phải là tệp PDF. Chỉ kiểm tra được văn bản dạng PDF.");
        assertThat(browser.driver().findElements(By.id("verify-result"))).isEmpty();
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
