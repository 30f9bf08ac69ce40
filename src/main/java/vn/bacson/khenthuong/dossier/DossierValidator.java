package vn.bacson.khenthuong.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * Field-by-field checks of a dossier request, each violation with the JSON path a client can point at
 * ({@code nominees[0].fullName}) and a stable code (REQUIRED, INVALID_VALUE, SIZE, MIN, MAX).
 * The criteria of the plan (discipline, hold, duplicates...) are not input errors: the process checks them.
 */
final class DossierValidator {

    static final int MAX_TITLE = 500;
    static final int MAX_NOMINEES = 200;
    static final int MAX_NAME = 300;
    static final int MAX_POSITION = 300;
    static final int MAX_TEXT = 8000;
    static final int MIN_BIRTH_YEAR = 1900;

    private DossierValidator() {}

    /**
     * @param today the business date: birth years up to its year, discipline decisions up to it
     */
    static List<FieldViolation> validate(DossierRequest request, boolean campaignRequired, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (campaignRequired && request.campaignId() == null) {
            violations.add(required("campaignId", "Cần chọn phong trào thi đua."));
        }
        String title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty()) {
            violations.add(required("title", "Cần nhập trích yếu của hồ sơ."));
        } else if (title.length() > MAX_TITLE) {
            violations.add(size("title", MAX_TITLE));
        }
        List<NomineeInput> nominees = request.nominees();
        if (nominees == null || nominees.isEmpty()) {
            violations.add(new FieldViolation("nominees", "REQUIRED", "Hồ sơ cần có ít nhất một đối tượng đề nghị."));
            return violations;
        }
        if (nominees.size() > MAX_NOMINEES) {
            violations.add(new FieldViolation(
                    "nominees", "SIZE", "Một hồ sơ có tối đa " + MAX_NOMINEES + " đối tượng đề nghị."));
        }
        for (int i = 0; i < nominees.size(); i++) {
            validateNominee("nominees[" + i + "]", nominees.get(i), today, violations);
        }
        return violations;
    }

    private static void validateNominee(String path, NomineeInput n, LocalDate today, List<FieldViolation> out) {
        if (n == null) {
            out.add(new FieldViolation(path, "REQUIRED", "Thông tin đối tượng đề nghị bị trống."));
            return;
        }
        if (n.type() == null) {
            out.add(required(path + ".type", "Cần chọn loại đối tượng: cá nhân, tập thể hoặc hộ gia đình."));
        }
        String fullName = n.fullName() == null ? "" : n.fullName().strip();
        if (fullName.isEmpty()) {
            out.add(required(path + ".fullName", "Cần nhập họ tên cá nhân hoặc tên tập thể, hộ gia đình."));
        } else if (fullName.length() > MAX_NAME) {
            out.add(size(path + ".fullName", MAX_NAME));
        }
        if (n.proposedAward() == null) {
            out.add(required(path + ".proposedAward", "Cần chọn hình thức khen thưởng đề nghị."));
        }
        if (n.birthYear() != null) {
            if (n.birthYear() < MIN_BIRTH_YEAR) {
                out.add(new FieldViolation(
                        path + ".birthYear", "MIN", "Năm sinh phải từ " + MIN_BIRTH_YEAR + " trở đi."));
            } else if (n.birthYear() > today.getYear()) {
                out.add(new FieldViolation(path + ".birthYear", "MAX", "Năm sinh không được sau năm hiện tại."));
            }
        }
        if (n.womenShare() != null) {
            if (n.womenShare() < 0) {
                out.add(new FieldViolation(path + ".womenShare", "MIN", "Tỷ lệ nữ phải từ 0 đến 100 (%)."));
            } else if (n.womenShare() > 100) {
                out.add(new FieldViolation(path + ".womenShare", "MAX", "Tỷ lệ nữ phải từ 0 đến 100 (%)."));
            }
        }
        if (n.position() != null && n.position().strip().length() > MAX_POSITION) {
            out.add(size(path + ".position", MAX_POSITION));
        }
        if (n.achievementSummary() != null && n.achievementSummary().length() > MAX_TEXT) {
            out.add(size(path + ".achievementSummary", MAX_TEXT));
        }
        if (n.initiative() != null && n.initiative().length() > MAX_TEXT) {
            out.add(size(path + ".initiative", MAX_TEXT));
        }
        if (n.emulationContents() != null && n.emulationContents().stream().anyMatch(Objects::isNull)) {
            out.add(new FieldViolation(
                    path + ".emulationContents",
                    "INVALID_VALUE",
                    "Nội dung thi đua chỉ gồm KTXH, DAI_HOI, PHONG_TRAO, CONG_TRINH."));
        }
        FieldViolation discipline =
                DateRange.PAST.violation(path + ".disciplineDecidedOn", n.disciplineDecidedOn(), today);
        if (discipline != null) {
            out.add(discipline);
        }
    }

    private static FieldViolation required(String field, String message) {
        return new FieldViolation(field, "REQUIRED", message);
    }

    private static FieldViolation size(String field, int max) {
        return new FieldViolation(field, "SIZE", "Tối đa " + max + " ký tự.");
    }
}
