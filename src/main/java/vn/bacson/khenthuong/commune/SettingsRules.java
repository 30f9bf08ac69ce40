package vn.bacson.khenthuong.commune;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bacson.khenthuong.common.FieldViolation;

/** What a commune's settings must satisfy before they are stored; each refusal names its field (API keys). */
final class SettingsRules {

    static final int MAX_TEXT = 200;
    static final int MAX_HEADER_LINES = 4;
    static final int MAX_STAGE_DAYS = 60;
    static final int MAX_HOLIDAYS = 60;

    private SettingsRules() {}

    static List<FieldViolation> check(Settings s, Set<String> stages) {
        List<FieldViolation> errors = new ArrayList<>();
        Settings.Issuer issuer = s.issuer();
        required(errors, "issuer.name", issuer.name());
        required(errors, "issuer.placeName", issuer.placeName());
        required(errors, "issuer.province", issuer.province());
        optional(errors, "issuer.superiorBody", issuer.superiorBody());
        if (issuer.headerLines().isEmpty()) {
            errors.add(new FieldViolation(
                    "issuer.headerLines", "REQUIRED", "Cần ít nhất một dòng tên cơ quan ở phần đầu văn bản."));
        } else if (issuer.headerLines().size() > MAX_HEADER_LINES) {
            errors.add(new FieldViolation(
                    "issuer.headerLines",
                    "TOO_MANY",
                    "Tên cơ quan ở phần đầu văn bản có tối đa " + MAX_HEADER_LINES + " dòng."));
        } else {
            for (int i = 0; i < issuer.headerLines().size(); i++) {
                required(
                        errors,
                        "issuer.headerLines[" + i + "]",
                        issuer.headerLines().get(i));
            }
        }
        optional(errors, "signer.authority", s.signer().authority());
        required(errors, "signer.title", s.signer().title());
        required(errors, "signer.name", s.signer().name());
        pattern(errors, "decisionNumberPattern", s.decisionNumberPattern());
        pattern(errors, "submissionNumberPattern", s.submissionNumberPattern());
        Settings.CouncilRule c = s.council();
        fraction(errors, "council.quorum", c.quorumNumerator(), c.quorumDenominator());
        fraction(errors, "council.threshold", c.thresholdNumerator(), c.thresholdDenominator());
        for (String stage : stages) {
            Integer days = s.stageWorkingDays().get(stage);
            if (days == null) {
                errors.add(new FieldViolation(
                        "stageWorkingDays." + stage, "REQUIRED", "Cần số ngày làm việc của bước xử lý này."));
            } else if (days < 1 || days > MAX_STAGE_DAYS) {
                errors.add(new FieldViolation(
                        "stageWorkingDays." + stage,
                        "OUT_OF_RANGE",
                        "Thời hạn của mỗi bước từ 1 đến " + MAX_STAGE_DAYS + " ngày làm việc."));
            }
        }
        for (String stage : s.stageWorkingDays().keySet()) {
            if (!stages.contains(stage)) {
                errors.add(new FieldViolation(
                        "stageWorkingDays." + stage, "UNKNOWN_STAGE", "Không có bước xử lý này: " + stage + "."));
            }
        }
        mailbox(errors, s.mailFrom());
        holidays(errors, s.localHolidays());
        // whether the key exists is the signature module's to say (admin checks it before saving)
        optional(errors, "signingKeyAlias", s.signingKeyAlias());
        return errors;
    }

    private static void required(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "REQUIRED", "Trường này là bắt buộc."));
            return;
        }
        optional(errors, field, value);
    }

    private static void optional(List<FieldViolation> errors, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldViolation(field, "TOO_LONG", "Tối đa " + MAX_TEXT + " ký tự."));
        } else if (value.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            errors.add(new FieldViolation(field, "INVALID_VALUE", "Chỉ một dòng, không có ký tự điều khiển."));
        }
    }

    private static void pattern(List<FieldViolation> errors, String field, String value) {
        required(errors, field, value);
        if (value != null && !value.isBlank() && !value.contains("{n}")) {
            errors.add(new FieldViolation(
                    field, "INVALID_PATTERN", "Mẫu số phải có {n} (chỗ của số thứ tự), ví dụ {n}/QĐ-UBND."));
        }
    }

    private static void fraction(List<FieldViolation> errors, String field, int numerator, int denominator) {
        if (denominator < 1 || denominator > 100) {
            errors.add(new FieldViolation(field + "Denominator", "OUT_OF_RANGE", "Mẫu số từ 1 đến 100."));
        } else if (numerator < 1 || numerator > denominator) {
            errors.add(new FieldViolation(
                    field + "Numerator", "OUT_OF_RANGE", "Tử số từ 1 đến mẫu số (một phân số không quá 1)."));
        }
    }

    private static void mailbox(List<FieldViolation> errors, String from) {
        if (from == null || from.isBlank()) {
            errors.add(new FieldViolation("mailFrom", "REQUIRED", "Trường này là bắt buộc."));
            return;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(from, true);
            if (parsed.length != 1) {
                throw new AddressException("one address");
            }
            parsed[0].validate();
        } catch (AddressException e) {
            errors.add(new FieldViolation(
                    "mailFrom",
                    "INVALID_EMAIL",
                    "Một địa chỉ thư điện tử, có thể kèm tên, ví dụ Thi đua - Khen thưởng xã <tdkt@xa.example>."));
        }
    }

    private static void holidays(List<FieldViolation> errors, List<LocalDate> days) {
        if (days.size() > MAX_HOLIDAYS) {
            errors.add(new FieldViolation(
                    "localHolidays", "TOO_MANY", "Tối đa " + MAX_HOLIDAYS + " ngày nghỉ riêng của xã."));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i) == null) {
                errors.add(new FieldViolation("localHolidays[" + i + "]", "REQUIRED", "Ngày không hợp lệ."));
            } else if (!seen.add(days.get(i))) {
                errors.add(
                        new FieldViolation("localHolidays[" + i + "]", "DUPLICATE", "Ngày này đã có trong danh sách."));
            }
        }
    }
}
