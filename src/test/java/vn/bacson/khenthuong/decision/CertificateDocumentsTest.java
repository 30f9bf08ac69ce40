package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentTestSupport;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.support.QrCodes;

/** The Giấy khen as a commune prints them: one A4 landscape page per awardee, each with its own QR code. */
class CertificateDocumentsTest {

    private static final DocumentTestSupport DOCUMENTS = new DocumentTestSupport();

    @Test
    void eachAwardeeHasALandscapePageWithTheCertificatesTextAndItsOwnQrCode() throws Exception {
        VerificationLinks links = new VerificationLinks("https://khenthuong.bacson.example");
        CertificateDocuments certificates =
                new CertificateDocuments(null, null, null, null, null, null, DOCUMENTS.issuer(), links);
        // fixed ids, so the QR codes and docs/screenshots/documents/giay-khen.png stay the same from run to run
        Decision decision = new Decision(
                UUID.fromString("6f1c2b0e-4d3a-4c1e-9a57-2f0d3b8e1a01"),
                UUID.fromString("6f1c2b0e-4d3a-4c1e-9a57-2f0d3b8e1a02"),
                2026,
                12,
                "12/QĐ-UBND",
                LocalDate.of(2026, 12, 4),
                "chutich",
                null);
        AwardeeRow mai = Awardees.MAI;
        AwardeeRow chiHoi = Awardees.CHI_HOI;

        byte[] pdf = DOCUMENTS
                .renderer()
                .render(
                        certificates.document(
                                decision,
                                DocumentTestSupport.campaign(),
                                "ND152-2025",
                                List.of(mai, chiHoi),
                                Map.of(mai.nomineeId(), Gender.FEMALE)),
                        DocumentFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(Math.round(size.getWidth() / 72 * 25.4))
                    .as("A4 landscape")
                    .isEqualTo(297);
            assertThat(Math.round(size.getHeight() / 72 * 25.4)).isEqualTo(210);
            assertThat(page(document, 1))
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
                            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC SƠN TẶNG GIẤY KHEN Bà Hoàng Thị Mai",
                            "Bí thư Chi bộ, Thôn 1",
                            "Đã có thành tích xuất sắc trong phong trào thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn",
                            "Quyết định số 12/QĐ-UBND",
                            "ngày 04/12/2026",
                            "Bắc Sơn, ngày 04 tháng 12 năm 2026",
                            "CHỦ TỊCH",
                            "Trịnh Minh Tuấn");
            assertThat(page(document, 2)).contains("GIẤY KHEN Chi hội Phụ nữ thôn 2", "Thôn 2");
        }
        assertThat(QrCodes.onPage(pdf, 0))
                .containsExactly(
                        "https://khenthuong.bacson.example/xac-thuc?ma=" + decision.id() + "." + mai.nomineeId());
        assertThat(QrCodes.onPage(pdf, 1))
                .containsExactly(
                        "https://khenthuong.bacson.example/xac-thuc?ma=" + decision.id() + "." + chiHoi.nomineeId());
        DocumentTestSupport.screenshot(pdf, "giay-khen");
    }

    private static String page(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
