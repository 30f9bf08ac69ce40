package vn.bacson.khenthuong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV rules a spreadsheet user depends on: quoting, line ends, and typed formulas kept as text. */
class MonitoringExportsTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(MonitoringExports.field("Thôn 1, xã Bắc Sơn")).isEqualTo("\"Thôn 1, xã Bắc Sơn\"");
        assertThat(MonitoringExports.field("Chi hội \"Phụ nữ\"")).isEqualTo("\"Chi hội \"\"Phụ nữ\"\"\"");
        assertThat(MonitoringExports.field("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(MonitoringExports.field("Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
        assertThat(MonitoringExports.field(null)).isEmpty();
        // text stored before the input rule: the characters XML and spreadsheets refuse are dropped
        assertThat(MonitoringExports.field("Nguyễn\u0001 Văn\u0000 A\uFFFF")).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void aNameTypedAsAFormulaStaysText() {
        assertThat(MonitoringExports.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK(");
        assertThat(MonitoringExports.field("+84 912")).isEqualTo("'+84 912");
        assertThat(MonitoringExports.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(MonitoringExports.field(-3)).isEqualTo("-3");
    }

    @Test
    void aLineEndsWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        MonitoringExports.writeLine(out, Arrays.asList(1, "Thôn 1", null, "Giấy khen"));
        assertThat(out.toString()).isEqualTo("1,Thôn 1,,Giấy khen\r\n");
    }

    @Test
    void everyExportHasVietnameseHeadersAndASheetNameExcelAccepts() {
        for (MonitoringExports.Kind kind : MonitoringExports.Kind.values()) {
            assertThat(kind.sheetName.length()).isLessThanOrEqualTo(31);
            assertThat(kind.sheetName).doesNotContainPattern("[\\\\/?*\\[\\]:]");
            List<String> headers =
                    kind.columns.stream().map(MonitoringExports.Column::header).toList();
            assertThat(headers).contains("STT", "Họ và tên / Tên tập thể", "Đơn vị đề nghị");
        }
    }
}
