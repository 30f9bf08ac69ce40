package vn.bacson.khenthuong.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.identity.Roles;

/**
 * The form rules of onboarding, pure: what a commune, a unit and a user must carry before anything is written. The
 * rules that need the database (a code taken, a unit that does not exist) are {@link CommuneOnboarding}'s.
 */
final class OnboardingRules {

    /** Commune and unit codes: they are tenant ids and group ids, and appear in addresses. */
    static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");
    /** User names: engine user ids (the engine's whitelist allows letters, digits, _ and -). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9_-]{2,40}");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 100;

    static final String CODE_MESSAGE =
            "Mã chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang, từ 2 đến 40 ký tự (ví dụ: vu-le, thon-1).";
    static final String USERNAME_MESSAGE =
            "Tên đăng nhập chỉ gồm chữ thường không dấu (a-z), chữ số, dấu gạch ngang hoặc gạch dưới, từ 2 đến 40 ký tự.";
    static final String EMAIL_MESSAGE = "Địa chỉ thư điện tử không hợp lệ (ví dụ: thon1@vule.example).";

    private OnboardingRules() {}

    static List<FieldViolation> commune(CommuneRequest request) {
        List<FieldViolation> found = new ArrayList<>(TextRules.violations(request));
        code(found, "code", request.code(), "Vui lòng nhập mã xã.");
        text(found, "name", request.name(), 200, "Vui lòng nhập tên xã (ví dụ: Xã Vũ Lễ).");
        if (request.issuer() == null) {
            found.add(new FieldViolation(
                    "issuer", "REQUIRED", "Vui lòng nhập cơ quan ban hành, địa danh và Chủ tịch UBND xã."));
        } else {
            text(
                    found,
                    "issuer.name",
                    request.issuer().name(),
                    200,
                    "Vui lòng nhập tên cơ quan ban hành (ví dụ: ỦY BAN NHÂN DÂN XÃ VŨ LỄ).");
            text(
                    found,
                    "issuer.placeName",
                    request.issuer().placeName(),
                    100,
                    "Vui lòng nhập địa danh ghi trên văn bản (ví dụ: Vũ Lễ).");
            text(
                    found,
                    "issuer.chairmanName",
                    request.issuer().chairmanName(),
                    100,
                    "Vui lòng nhập họ và tên Chủ tịch UBND xã.");
        }
        return found;
    }

    static List<FieldViolation> unit(UnitRequest request) {
        List<FieldViolation> found = new ArrayList<>(TextRules.violations(request));
        code(found, "code", request.code(), "Vui lòng nhập mã đơn vị.");
        text(found, "name", request.name(), 200, "Vui lòng nhập tên đơn vị (ví dụ: Thôn 1).");
        email(found, request.email(), "Vui lòng nhập thư điện tử của đơn vị: thông báo của hệ thống gửi về đây.");
        return found;
    }

    static List<FieldViolation> user(UserRequest request) {
        List<FieldViolation> found = new ArrayList<>(TextRules.violations(request));
        if (blank(request.username())) {
            found.add(new FieldViolation("username", "REQUIRED", "Vui lòng nhập tên đăng nhập."));
        } else if (!USERNAME.matcher(request.username()).matches()) {
            found.add(new FieldViolation("username", "PATTERN", USERNAME_MESSAGE));
        }
        text(found, "fullName", request.fullName(), 100, "Vui lòng nhập họ và tên.");
        email(found, request.email(), "Vui lòng nhập thư điện tử của người dùng.");
        if (blank(request.password())) {
            found.add(new FieldViolation("password", "REQUIRED", "Vui lòng nhập mật khẩu ban đầu."));
        } else if (request.password().length() < MIN_PASSWORD
                || request.password().length() > MAX_PASSWORD) {
            found.add(new FieldViolation(
                    "password",
                    "SIZE",
                    "Mật khẩu ban đầu phải có từ " + MIN_PASSWORD + " đến " + MAX_PASSWORD + " ký tự."));
        }
        List<String> roles = request.roles() == null ? List.of() : request.roles();
        if (roles.isEmpty()) {
            found.add(new FieldViolation("roles", "REQUIRED", "Vui lòng chọn ít nhất một vai trò."));
        }
        for (int i = 0; i < roles.size(); i++) {
            if (!Roles.COMMUNE_ROLES.contains(roles.get(i))) {
                found.add(new FieldViolation(
                        "roles[" + i + "]",
                        "UNKNOWN_ROLE",
                        "Vai trò không hợp lệ; chỉ nhận các vai trò của xã: " + String.join(", ", Roles.COMMUNE_ROLES)
                                + "."));
            }
        }
        if (needsUnit(roles) && blank(request.unitCode())) {
            found.add(new FieldViolation(
                    "unitCode",
                    "REQUIRED",
                    "Người dùng của đơn vị (vai trò unit) hoặc Ban Xây dựng Đảng cần mã đơn vị mà họ đề nghị khen"
                            + " thưởng."));
        }
        return found;
    }

    /** A unit officer proposes for their unit; the Ban Xây dựng Đảng may propose too (as its unit). */
    static boolean needsUnit(List<String> roles) {
        return roles.contains(Roles.UNIT) || roles.contains(Roles.PARTY_BUILDING);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void code(List<FieldViolation> found, String field, String value, String required) {
        if (blank(value)) {
            found.add(new FieldViolation(field, "REQUIRED", required));
        } else if (!CODE.matcher(value).matches()) {
            found.add(new FieldViolation(field, "PATTERN", CODE_MESSAGE));
        }
    }

    private static void text(List<FieldViolation> found, String field, String value, int max, String required) {
        if (blank(value)) {
            found.add(new FieldViolation(field, "REQUIRED", required));
        } else if (value.strip().length() > max) {
            found.add(new FieldViolation(field, "SIZE", "Tối đa " + max + " ký tự."));
        }
    }

    private static void email(List<FieldViolation> found, String value, String required) {
        if (blank(value)) {
            found.add(new FieldViolation("email", "REQUIRED", required));
        } else if (value.strip().length() > 200 || !EMAIL.matcher(value.strip()).matches()) {
            found.add(new FieldViolation("email", "EMAIL", EMAIL_MESSAGE));
        }
    }
}
