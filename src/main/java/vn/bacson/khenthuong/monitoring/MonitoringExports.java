package vn.bacson.khenthuong.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The dashboard's exports, with Vietnamese headers and values: the dossiers with their nominees, and the awardees
 * with their decision. XLSX (Apache POI, streamed: a window of rows in memory, the rest on disk) and CSV (UTF-8
 * with a byte order mark, so Excel shows the diacritics; RFC 4180 quoting). Rows are read from the database one
 * by one and written straight out.
 */
@Component
class MonitoringExports {

    enum Kind {
        DOSSIERS(
                "Hồ sơ và đối tượng",
                List.of(
                        new Column("STT", 6),
                        new Column("Mã hồ sơ", 11),
                        new Column("Đơn vị đề nghị", 24),
                        new Column("Trích yếu hồ sơ", 40),
                        new Column("Trạng thái hồ sơ", 22),
                        new Column("Bước đang xử lý", 30),
                        new Column("Ngày gửi", 17),
                        new Column("Họ và tên / Tên tập thể", 30),
                        new Column("Loại đối tượng", 14),
                        new Column("Chức vụ", 20),
                        new Column("Hình thức đề nghị", 32),
                        new Column("Điều kiện", 18),
                        new Column("Lý do không đủ điều kiện", 40),
                        new Column("Kết quả", 36),
                        new Column("Số quyết định", 16))),
        AWARDEES(
                "Danh sách khen thưởng",
                List.of(
                        new Column("STT", 6),
                        new Column("Số quyết định", 16),
                        new Column("Ngày quyết định", 15),
                        new Column("Cấp quyết định", 18),
                        new Column("Hình thức khen thưởng", 34),
                        new Column("Họ và tên / Tên tập thể", 30),
                        new Column("Loại đối tượng", 14),
                        new Column("Chức vụ", 20),
                        new Column("Đơn vị đề nghị", 24)));

        final String sheetName;
        final List<Column> columns;

        Kind(String sheetName, List<Column> columns) {
            this.sheetName = sheetName;
            this.columns = columns;
        }
    }

    /** A column: Vietnamese header and width in characters. */
    record Column(String header, int width) {}

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Exports are official papers: always Vietnamese, whatever the reader's language. */
    private static final Labels WORDS = Labels.vietnamese();

    private static final int ROWS_IN_MEMORY = 200;

    private final ExportQueries queries;
    private final ZoneId zone;

    MonitoringExports(ExportQueries queries, ZoneId businessZone) {
        this.queries = queries;
        this.zone = businessZone;
    }

    @Transactional(readOnly = true)
    public void xlsx(Kind kind, UUID campaignId, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(kind.sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int i = 0; i < kind.columns.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(kind.columns.get(i).header());
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, kind.columns.get(i).width() * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows(kind, campaignId, values -> {
                Row row = sheet.createRow(next[0]);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        // always a string cell: a name typed as "=1+1" stays text, never a formula
                        row.createCell(i).setCellValue(TextRules.clean(value.toString()));
                    }
                }
                next[0]++;
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, kind.columns.size() - 1));
            workbook.write(out);
        }
    }

    @Transactional(readOnly = true)
    public void csv(Kind kind, UUID campaignId, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeLine(
                writer,
                kind.columns.stream().map(Column::header).map(v -> (Object) v).toList());
        try {
            rows(kind, campaignId, values -> {
                try {
                    writeLine(writer, values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private interface RowSink {
        void accept(List<Object> values);
    }

    private void rows(Kind kind, UUID campaignId, RowSink sink) {
        int[] no = {0};
        if (kind == Kind.DOSSIERS) {
            queries.exportDossiers(campaignId, rs -> sink.accept(dossierRow(++no[0], rs)));
        } else {
            queries.exportAwardees(campaignId, rs -> sink.accept(awardeeRow(++no[0], rs)));
        }
    }

    private List<Object> dossierRow(int no, ResultSet rs) throws SQLException {
        List<Object> values = new ArrayList<>();
        values.add(no);
        values.add(rs.getObject("dossier_id", UUID.class)
                .toString()
                .substring(0, 8)
                .toUpperCase(Locale.ROOT));
        values.add(rs.getString("unit_name"));
        values.add(rs.getString("title"));
        values.add(WORDS.status(code(DossierStatus.class, rs.getString("status"))));
        values.add(WORDS.stage(code(Stage.class, rs.getString("stage"))));
        values.add(dateTime(rs.getTimestamp("submitted_at")));
        values.add(rs.getString("full_name"));
        values.add(WORDS.nomineeType(code(NomineeType.class, rs.getString("nominee_type"))));
        values.add(rs.getString("position_title"));
        values.add(WORDS.award(code(AwardForm.class, rs.getString("proposed_award"))));
        values.add(
                rs.getString("full_name") == null
                        ? null
                        : WORDS.eligibility(code(Eligibility.class, rs.getString("eligibility"))));
        values.add(reasons(rs.getString("reasons")));
        values.add(
                rs.getString("full_name") == null ? null : WORDS.outcome(code(Outcome.class, rs.getString("outcome"))));
        String decision = rs.getString("decision_number");
        String province = rs.getString("province_decision_number");
        values.add(
                decision != null && province != null
                        ? decision + "; " + province
                        : decision != null ? decision : province);
        return values;
    }

    private List<Object> awardeeRow(int no, ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        boolean province = "BANG_KHEN_CHU_TICH_TINH".equals(outcome);
        Date decidedOn = rs.getDate("decided_on");
        List<Object> values = new ArrayList<>();
        values.add(no);
        values.add(rs.getString("decision_number"));
        values.add(decidedOn == null ? null : Formats.date(decidedOn.toLocalDate()));
        values.add(province ? "Chủ tịch UBND tỉnh" : "Chủ tịch UBND xã");
        values.add(WORDS.award(code(AwardForm.class, outcome)));
        values.add(rs.getString("full_name"));
        values.add(WORDS.nomineeType(code(NomineeType.class, rs.getString("nominee_type"))));
        values.add(rs.getString("position_title"));
        values.add(rs.getString("unit_name"));
        return values;
    }

    private String reasons(String joined) {
        if (joined == null || joined.isBlank()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String reason : joined.split(",")) {
            words.add(WORDS.reasonInBrief(code(IneligibilityReason.class, reason)));
        }
        return String.join("; ", words);
    }

    /** A code as the database holds it; null for none. */
    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null || code.isBlank() ? null : Enum.valueOf(type, code.strip());
    }

    private String dateTime(Timestamp ts) {
        return ts == null ? null : Formats.dateTime(ts.toInstant(), zone);
    }

    /** One CSV record: every field quoted when needed, CRLF; a leading = + - @ is defused for spreadsheets. */
    static void writeLine(Writer writer, List<Object> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i)));
        }
        writer.write(line.append("\r\n").toString());
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = TextRules.clean(value.toString());
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
