package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.documents.DecisionData;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentTestSupport;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.support.QrCodes;

/** The QR code printed on a decision: it opens this installation's verification page for that decision. */
class VerificationLinksTest {

    private static final DocumentTestSupport DOCUMENTS = new DocumentTestSupport();

    private final VerificationLinks links = new VerificationLinks("https://khenthuong.bacson.example/");

    @Test
    void aCodeNamesADecisionOrOneAwardeesCertificate() {
        UUID decision = UUID.randomUUID();
        UUID nominee = UUID.randomUUID();

        assertThat(VerificationCode.parse(VerificationCode.decision(decision).value()))
                .contains(VerificationCode.decision(decision));
        assertThat(VerificationCode.parse(
                        VerificationCode.certificate(decision, nominee).value()))
                .hasValueSatisfying(code -> {
                    assertThat(code.isCertificate()).isTrue();
                    assertThat(code.nomineeId()).isEqualTo(nominee);
                });
        assertThat(VerificationCode.parse("12/QĐ-UBND")).isEmpty();
        assertThat(VerificationCode.parse(decision + ".x")).isEmpty();
        assertThat(VerificationCode.parse("")).isEmpty();
        assertThat(links.url(VerificationCode.decision(decision)))
                .isEqualTo("https://khenthuong.bacson.example/xac-thuc?ma=" + decision);
    }

    @Test
    void theDecisionPrintsItsQrCodeOnPageOneAndStillFitsThePage() throws Exception {
        UUID decisionId = UUID.randomUUID();
        OfficialDocument decision =
                links.withQr(DOCUMENTS.documents().decision(decisionData()), VerificationCode.decision(decisionId));

        byte[] pdf = DOCUMENTS.renderer().render(decision, DocumentFormat.PDF);

        assertThat(QrCodes.onPage(pdf, 0))
                .containsExactly("https://khenthuong.bacson.example/xac-thuc?ma=" + decisionId);
        assertThat(QrCodes.onPage(pdf, 1)).as("the attached list carries none").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper page1 = new PDFTextStripper();
            page1.setStartPage(1);
            page1.setEndPage(1);
            assertThat(page1.getText(document))
                    .as("the decision up to its signer's name on page 1, with the line under the QR code")
                    .contains("Điều 3.", "CHỦ TỊCH", "Trịnh Minh Tuấn", "https://khenthuong.bacson.example/xac-thuc");
        }
        assertThat(DocumentTestSupport.docxText(DOCUMENTS.renderer().render(decision, DocumentFormat.DOCX)))
                .as("the clerk's DOCX has no QR code")
                .doesNotContain("xac-thuc")
                .contains("Điều 3.");
    }

    private static DecisionData decisionData() {
        return new DecisionData(
                "12/QĐ-UBND",
                LocalDate.of(2026, 12, 4),
                DocumentTestSupport.campaign(),
                "ND152-2025",
                List.of(Awardees.MAI, Awardees.CHI_HOI),
                LocalDate.of(2026, 11, 28));
    }
}
