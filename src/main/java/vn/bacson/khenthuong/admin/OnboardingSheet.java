package vn.bacson.khenthuong.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.TextRules;

/**
 * The onboarding sheet (docs/operations.md, "Onboarding a commune"): the first sheet of an XLSX file, one header
 * row, then one unit or user per row in the columns of {@link Column}. A row whose cells are all empty is skipped.
 * Reading is lenient about the kind ("Đơn vị", "don vi", "unit"; "Người dùng", "nguoi dung", "user") and strict
 * about everything else, which {@link SheetImport} checks with the API's rules.
 */
final class OnboardingSheet {

    /** The columns, in order: header and what a unit row and a user row put there. */
    enum Column {
        KIND("Loại dòng", "Đơn vị", "Người dùng", 14),
        CODE("Mã đơn vị / Tên đăng nhập", "thon-1", "vl-thon1", 26),
        NAME("Tên đơn vị / Họ và tên", "Thôn 1", "Hoàng Văn Hải", 28),
        EMAIL("Thư điện tử", "thon1@vule.example", "hai.hv@vule.example", 28),
        ROLES("Vai trò (người dùng)", "", "unit", 24),
        UNIT("Mã đơn vị của người dùng", "", "thon-1", 24),
        PASSWORD("Mật khẩu ban đầu (người dùng)", "", "Doi-mat-khau-1", 26);

        final String header;
        final String unitExample;
        final String userExample;
        final int width;

        Column(String header, String unitExample, String userExample, int width) {
            this.header = header;
            this.unitExample = unitExample;
            this.userExample = userExample;
            this.width = width;
        }
    }

    /** More rows than a commune has units and officials: the rest is refused, not read. */
    static final int MAX_ROWS = 2000;

    static final String SHEET_NAME = "Đơn vị và người dùng";

    /** One filled row: its number as Excel shows it (the header is row 1) and its cells as text, stripped. */
    record SheetRow(
            int row, String kind, String code, String name, String email, String roles, String unit, String password) {

        boolean isUnit() {
            String k = fold(kind);
            return k.equals("don vi") || k.equals("unit") || k.equals("dv");
        }

        boolean isUser() {
            String k = fold(kind);
            return k.equals("nguoi dung") || k.equals("user") || k.equals("nd") || k.equals("can bo");
        }

        /** Roles separated by commas, semicolons or spaces. */
        List<String> roleList() {
            if (roles.isBlank()) {
                return List.of();
            }
            return Arrays.stream(roles.split("[,;\\s]+"))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .map(r -> r.toLowerCase(Locale.ROOT))
                    .toList();
        }
    }

    private OnboardingSheet() {}

    static List<SheetRow> read(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<SheetRow> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[Column.values().length];
                boolean empty = true;
                for (Column column : Column.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    String text =
                            cell == null ? "" : formatter.formatCellValue(cell).strip();
                    cells[column.ordinal()] = text;
                    empty &= text.isEmpty();
                }
                if (empty) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw DomainException.invalid(
                            "file", "TOO_MANY_ROWS", "Mỗi tệp nhập tối đa " + MAX_ROWS + " dòng; hãy chia nhỏ tệp.");
                }
                rows.add(new SheetRow(i + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid(
                    "file",
                    "UNREADABLE_SHEET",
                    "Không đọc được tệp: hãy dùng tệp Excel (.xlsx) theo mẫu, trang tính đầu tiên chứa danh sách.");
        }
    }

    /** The template: the header row, one example unit and one example user, and the roles explained below. */
    static void template(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Row head = sheet.createRow(0);
            Row unit = sheet.createRow(1);
            Row user = sheet.createRow(2);
            for (Column column : Column.values()) {
                Cell cell = head.createCell(column.ordinal());
                cell.setCellValue(column.header);
                cell.setCellStyle(header);
                unit.createCell(column.ordinal()).setCellValue(column.unitExample);
                user.createCell(column.ordinal()).setCellValue(column.userExample);
                sheet.setColumnWidth(column.ordinal(), column.width * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("Hướng dẫn");
            int r = 0;
            for (String line : HELP) {
                help.createRow(r++).createCell(0).setCellValue(TextRules.clean(line));
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    static final List<String> HELP = List.of(
            "Trang tính đầu tiên: mỗi dòng một đơn vị hoặc một người dùng; dòng 1 là tiêu đề, các dòng trống được bỏ qua.",
            "Loại dòng: \"Đơn vị\" hoặc \"Người dùng\". Các đơn vị được tạo trước, rồi đến người dùng.",
            "Đơn vị: mã (chữ thường không dấu, chữ số, dấu gạch ngang, 2-40 ký tự), tên và thư điện tử.",
            "Người dùng: tên đăng nhập, họ và tên, thư điện tử, vai trò, mã đơn vị (bắt buộc với vai trò unit và"
                    + " party-building) và mật khẩu ban đầu (ít nhất 8 ký tự).",
            "Vai trò (nhiều vai trò cách nhau bằng dấu phẩy): unit = đơn vị đề nghị khen thưởng; party-building = Ban"
                    + " Xây dựng Đảng; culture-social = Phòng Văn hóa - Xã hội; office-lead = Trưởng phòng Văn hóa - Xã"
                    + " hội; council = Hội đồng Thi đua - Khen thưởng xã; chairman = Chủ tịch UBND xã.",
            "Sau khi nhập, hệ thống báo từng dòng: đã tạo, hoặc bị từ chối và lý do. Sửa các dòng bị từ chối rồi nhập"
                    + " lại tệp: các dòng đã tạo sẽ được báo là đã có.");

    /** Lower case without diacritics, for the kind column: "Người dùng" → "nguoi dung". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
