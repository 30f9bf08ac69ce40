package vn.bacson.khenthuong.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.AchievementReportRequest.RowInput;

/**
 * Field checks of an achievement report, each violation with its JSON path ({@code achievements[0].result}) and a
 * stable code (REQUIRED, SIZE, MIN, MAX), like {@link DossierValidator}. A report may be saved half written: the
 * sections it still lacks are not input errors but what keeps it from replacing an uploaded report.
 */
final class AchievementReportValidator {

    static final int MAX_ADDRESS = 300;
    static final int MAX_DUTIES = 2000;
    static final int MAX_TEXT = 4000;
    static final int MAX_SIGNER = 200;
    static final int MAX_ROWS = 20;
    static final int MIN_FOUNDED_YEAR = 1900;

    private AchievementReportValidator() {}

    /** @param currentYear the business year: a founding year may not lie after it */
    static List<FieldViolation> validate(AchievementReportRequest request, int currentYear) {
        List<FieldViolation> out = new ArrayList<>();
        if (request == null) {
            out.add(new FieldViolation("", "REQUIRED", "Nội dung báo cáo thành tích bị trống."));
            return out;
        }
        size(out, "address", request.address(), MAX_ADDRESS);
        if (request.foundedYear() != null) {
            if (request.foundedYear() < MIN_FOUNDED_YEAR) {
                out.add(new FieldViolation(
                        "foundedYear", "MIN", "Năm thành lập phải từ " + MIN_FOUNDED_YEAR + " trở đi."));
            } else if (request.foundedYear() > currentYear) {
                out.add(new FieldViolation("foundedYear", "MAX", "Năm thành lập không được sau năm hiện tại."));
            }
        }
        size(out, "duties", request.duties(), MAX_DUTIES);
        size(out, "background", request.background(), MAX_TEXT);
        List<RowInput> rows = request.achievements() == null ? List.of() : request.achievements();
        if (rows.size() > MAX_ROWS) {
            out.add(new FieldViolation("achievements", "SIZE", "Báo cáo có tối đa " + MAX_ROWS + " dòng thành tích."));
        }
        for (int i = 0; i < rows.size(); i++) {
            String path = "achievements[" + i + "]";
            RowInput row = rows.get(i);
            if (row == null) {
                out.add(new FieldViolation(path, "REQUIRED", "Dòng thành tích bị trống."));
                continue;
            }
            if (row.content() == null) {
                out.add(new FieldViolation(
                        path + ".content", "REQUIRED", "Cần chọn nội dung thi đua (mục II của Kế hoạch)."));
            }
            if (row.result() == null || row.result().isBlank()) {
                out.add(new FieldViolation(
                        path + ".result", "REQUIRED", "Cần nêu kết quả đạt được, có số liệu cụ thể."));
            } else {
                size(out, path + ".result", row.result(), MAX_TEXT);
            }
        }
        size(out, "initiatives", request.initiatives(), MAX_TEXT);
        size(out, "deeds", request.deeds(), MAX_TEXT);
        size(out, "signerTitle", request.signerTitle(), MAX_SIGNER);
        size(out, "signerName", request.signerName(), MAX_SIGNER);
        return out;
    }

    private static void size(List<FieldViolation> out, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            out.add(new FieldViolation(field, "SIZE", "Tối đa " + max + " ký tự."));
        }
    }
}
