package vn.bacson.khenthuong.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.bacson.khenthuong.common.FieldViolation;

/** Reads a task payload field by field, collecting every problem as a field error of the 400 answer. */
final class PayloadReader {

    static final int MAX_TEXT = 4000;

    private final List<FieldViolation> violations = new ArrayList<>();

    List<FieldViolation> violations() {
        return violations;
    }

    void add(String field, String code, String message) {
        violations.add(new FieldViolation(field, code, message));
    }

    String text(JsonNode parent, String name, String field, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                add(field, "REQUIRED", "Trường này là bắt buộc.");
            }
            return null;
        }
        if (!node.isTextual()) {
            add(field, "INVALID_VALUE", "Trường này phải là chuỗi ký tự.");
            return null;
        }
        String value = node.asText().strip();
        if (value.length() > MAX_TEXT) {
            add(field, "SIZE", "Tối đa " + MAX_TEXT + " ký tự.");
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(
            JsonNode parent, String name, String field, Class<E> type, Set<E> allowed, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                add(field, "REQUIRED", "Trường này là bắt buộc.");
            }
            return null;
        }
        if (node.isTextual()) {
            for (E value : allowed) {
                if (value.name().equals(node.asText())) {
                    return value;
                }
            }
        }
        add(
                field,
                "INVALID_VALUE",
                "Giá trị phải là một trong: "
                        + String.join(
                                ", ", allowed.stream().map(Enum::name).sorted().toList()) + ".");
        return null;
    }

    Integer integer(JsonNode parent, String name, String field, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                add(field, "REQUIRED", "Trường này là bắt buộc.");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            add(field, "INVALID_VALUE", "Trường này phải là số nguyên.");
            return null;
        }
        return node.intValue();
    }

    Boolean bool(JsonNode parent, String name, String field, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                add(field, "REQUIRED", "Trường này là bắt buộc.");
            }
            return null;
        }
        if (!node.isBoolean()) {
            add(field, "INVALID_VALUE", "Trường này phải là true hoặc false.");
            return null;
        }
        return node.booleanValue();
    }

    private static final java.time.format.DateTimeFormatter SHOWN_DATE = java.time.format.DateTimeFormatter.ofPattern(
                    "d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    LocalDate date(JsonNode parent, String name, String field, boolean required) {
        String value = text(parent, name, field, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            // the task page's date field sends the date as officers type it, dd/MM/yyyy
            try {
                return LocalDate.parse(value.strip(), SHOWN_DATE);
            } catch (DateTimeParseException notShown) {
                add(field, "INVALID_VALUE", "Ngày phải theo định dạng dd/MM/yyyy (hoặc yyyy-MM-dd).");
                return null;
            }
        }
    }

    UUID uuid(JsonNode parent, String name, String field) {
        String value = text(parent, name, field, true);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            add(field, "INVALID_VALUE", "Mã không hợp lệ.");
            return null;
        }
    }

    /** The array under name, or null (with a REQUIRED error when required). */
    JsonNode array(JsonNode parent, String name, boolean required) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                add(name, "REQUIRED", "Trường này là bắt buộc.");
            }
            return null;
        }
        if (!node.isArray()) {
            add(name, "INVALID_VALUE", "Trường này phải là một danh sách.");
            return null;
        }
        return node;
    }
}
