package vn.bacson.khenthuong.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * The rules of a campaign's fields, for a new campaign and a change alike: each check adds its violation (with
 * the Vietnamese message the form shows) to the list it is given, so that every field at fault is named at once.
 */
final class CampaignRules {

    static final int MIN_WINDOW_DAYS = 1;
    static final int MAX_WINDOW_DAYS = 365;
    static final int MAX_CODE_LENGTH = 64;
    static final int MAX_TITLE_LENGTH = 500;
    static final int MAX_PLAN_NUMBER_LENGTH = 64;
    /** Public posting: 0 (none) up to this many working days. */
    static final int MAX_PUBLIC_POSTING_DAYS = 60;
    /** Codes appear in public URLs (/api/public/campaigns/{code}/awards): letters, digits, '.', '_' and '-'. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private CampaignRules() {}

    static void checkCode(String code, List<FieldViolation> violations) {
        if (code == null) {
            violations.add(required("code"));
        } else if (code.length() > MAX_CODE_LENGTH) {
            violations.add(new FieldViolation("code", "SIZE", "Mã phong trào tối đa " + MAX_CODE_LENGTH + " ký tự."));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(
                    "code",
                    "INVALID_VALUE",
                    "Mã phong trào chỉ gồm chữ cái không dấu, chữ số và các ký tự '.', '_', '-'."));
        }
    }

    static void checkTitle(String title, List<FieldViolation> violations) {
        if (title == null) {
            violations.add(required("title"));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            violations.add(
                    new FieldViolation("title", "SIZE", "Tên phong trào tối đa " + MAX_TITLE_LENGTH + " ký tự."));
        }
    }

    static void checkPlanNumber(String planNumber, List<FieldViolation> violations) {
        if (planNumber != null && planNumber.length() > MAX_PLAN_NUMBER_LENGTH) {
            violations.add(new FieldViolation(
                    "planNumber", "SIZE", "Số kế hoạch tối đa " + MAX_PLAN_NUMBER_LENGTH + " ký tự."));
        }
    }

    static void checkWindowDays(int windowDays, List<FieldViolation> violations) {
        if (windowDays < MIN_WINDOW_DAYS) {
            violations.add(new FieldViolation("windowDays", "MIN", "Thời hạn nộp hồ sơ phải từ 1 ngày trở lên."));
        } else if (windowDays > MAX_WINDOW_DAYS) {
            violations.add(new FieldViolation("windowDays", "MAX", "Thời hạn nộp hồ sơ không quá 365 ngày."));
        }
    }

    static void checkPublicPostingDays(int days, List<FieldViolation> violations) {
        if (days < 0) {
            violations.add(new FieldViolation(
                    "publicPostingDays", "MIN", "Số ngày niêm yết công khai không được âm (0 = không niêm yết)."));
        } else if (days > MAX_PUBLIC_POSTING_DAYS) {
            violations.add(new FieldViolation(
                    "publicPostingDays",
                    "MAX",
                    "Thời gian niêm yết công khai không quá " + MAX_PUBLIC_POSTING_DAYS + " ngày làm việc."));
        }
    }

    static Set<AwardForm> awardForms(List<AwardForm> values, List<FieldViolation> violations) {
        if (values == null || values.isEmpty()) {
            violations.add(new FieldViolation("awardForms", "REQUIRED", "Cần chọn ít nhất một hình thức khen thưởng."));
            return Set.of();
        }
        Set<AwardForm> forms = EnumSet.noneOf(AwardForm.class);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                violations.add(invalid("awardForms[" + i + "]"));
            } else {
                forms.add(values.get(i));
            }
        }
        return forms;
    }

    static Set<AwardForm> awardForms(JsonNode node, List<FieldViolation> violations) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            return awardForms((List<AwardForm>) null, violations);
        }
        if (!node.isArray()) {
            violations.add(invalid("awardForms"));
            return Set.of();
        }
        List<AwardForm> forms = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            AwardForm form = enumValue(AwardForm.class, node.get(i));
            if (form == null) {
                violations.add(invalid("awardForms[" + i + "]"));
            } else {
                forms.add(form);
            }
        }
        return forms.isEmpty() ? Set.of() : EnumSet.copyOf(forms);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(node.asText())) {
                return value;
            }
        }
        return null;
    }

    /** yyyy-MM-dd; null when the node is not such a text. */
    static LocalDate parseDate(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static FieldViolation required(String field) {
        return new FieldViolation(field, "REQUIRED", "Trường này là bắt buộc.");
    }

    static FieldViolation invalid(String field) {
        return new FieldViolation(field, "INVALID_VALUE", "Giá trị không hợp lệ cho trường này.");
    }
}
