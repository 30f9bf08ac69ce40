package vn.bacson.khenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * Text stored before the input rule may hold characters XML forbids: every document still renders, as PDF and
 * DOCX, and shows the rest of the text.
 */
class HostileTextDocumentsTest {

    private static final DocumentTestSupport SUPPORT = new DocumentTestSupport();

    private static final List<AwardeeRow> ROWS = List.of(new AwardeeRow(
            UUID.randomUUID(),
            NomineeType.INDIVIDUAL,
            "Nguyễn\u0001 Văn\u0000 An\uFFFF",
            "Trưởng\u202E thôn",
            "Thôn\u000B 1",
            "Vận động\u0008 hiến đất <script>alert(1)</script> ${7*7}",
            "GIAY_KHEN_CHU_TICH_XA",
            null));

    @Test
    void summaryWithControlCharactersRendersAsPdfAndDocx() {
        OfficialDocument document = SUPPORT.documents()
                .summary(new SummaryData(
                        LocalDate.of(2025, 9, 8),
                        DocumentTestSupport.campaign(),
                        "ND152-2025",
                        null,
                        "bieu-tom-tat",
                        ROWS));
        for (DocumentFormat format : DocumentFormat.values()) {
            byte[] bytes = SUPPORT.renderer().render(document, format);
            String text = (format == DocumentFormat.PDF
                            ? DocumentTestSupport.pdfText(bytes)
                            : DocumentTestSupport.docxText(bytes))
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .as(format.name())
                    .contains("BIỂU TÓM TẮT THÀNH TÍCH", "Nguyễn Văn An", "Trưởng thôn", "<script>alert(1)</script>")
                    .contains("${7*7}")
                    .doesNotContain("\u0001", "\uFFFF", "\u202E");
        }
    }

    @Test
    void submissionWithControlCharactersRenders() {
        OfficialDocument document = SUPPORT.documents()
                .submission(new SubmissionData(
                        LocalDate.of(2025, 9, 8),
                        DocumentTestSupport.campaign(),
                        "ND152-2025",
                        ROWS,
                        ROWS,
                        LocalDate.of(2025, 8, 28)));
        for (DocumentFormat format : DocumentFormat.values()) {
            byte[] bytes = SUPPORT.renderer().render(document, format);
            String text = format == DocumentFormat.PDF
                    ? DocumentTestSupport.pdfText(bytes)
                    : DocumentTestSupport.docxText(bytes);
            assertThat(text.replaceAll("\\s+", " ")).as(format.name()).contains("TỜ TRÌNH", "Nguyễn Văn An");
        }
    }
}
