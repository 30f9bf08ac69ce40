package vn.bacson.khenthuong.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * The one rule for text a client sends, and the one cleaner for text a renderer writes.
 *
 * <p>At the edge ({@link #violations(Object)}, {@link #require(Object)}) a text is refused when it holds a
 * character that XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; a lone surrogate), a
 * bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069), or more than
 * {@value #MAX_LENGTH} characters. PostgreSQL cannot store NUL, XHTML cannot hold U+0001, and an override can
 * reverse the words of an official document; no Vietnamese text needs any of them.
 *
 * <p>In depth ({@link #clean(String)}) every renderer (PDF/DOCX, XLSX, CSV, e-mail) removes the same characters
 * from whatever it writes, so text stored before the rule still renders.
 */
public final class TextRules {

    /** Longest single text accepted (about ten pages); a 1 MB string is refused, not stored. */
    public static final int MAX_LENGTH = 20_000;

    public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";
    public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";

    private static final String CONTROL_MESSAGE =
            "Văn bản chứa ký tự điều khiển hoặc ký tự không hiển thị được (ví dụ ký tự NUL, U+0001, "
                    + "ký tự đảo chiều văn bản). Vui lòng nhập lại, không dán ký tự đặc biệt.";
    private static final String TOO_LONG_MESSAGE = "Văn bản quá dài: tối đa " + MAX_LENGTH + " ký tự.";

    private TextRules() {}

    /** The violation of one text, if it breaks the rule. */
    public static Optional<FieldViolation> check(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(new FieldViolation(field, TEXT_TOO_LONG, TOO_LONG_MESSAGE));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return Optional.of(new FieldViolation(field, CONTROL_CHARACTER, CONTROL_MESSAGE));
            }
        }
        return Optional.empty();
    }

    /**
     * Every text inside a request value, with the field path the API names in its errors: records (their
     * components), JSON trees, maps (form parameters), lists ({@code nominees[0].fullName}) and plain strings.
     */
    public static List<FieldViolation> violations(Object value) {
        List<FieldViolation> found = new ArrayList<>();
        walk("", value, found, 0);
        return found;
    }

    /** Refuses a command whose texts break the rule: 400 VALIDATION_FAILED naming each field. */
    public static void require(Object value) {
        List<FieldViolation> found = violations(value);
        if (!found.isEmpty()) {
            throw DomainException.invalid(found);
        }
    }

    /** Refuses one named text (a file name, a parameter). */
    public static void require(String field, String text) {
        check(field, text).ifPresent(v -> {
            throw DomainException.invalid(List.of(v));
        });
    }

    /** The text without the characters the rule forbids; what a renderer writes. Null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (forbidden(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A character that is not part of a valid surrogate pair and that the rule forbids. */
    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0xFFFE
                || c == 0xFFFF
                || Character.isSurrogate(c)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static void walk(String path, Object value, List<FieldViolation> found, int depth) {
        if (value == null || depth > 16) {
            return;
        }
        if (value instanceof CharSequence text) {
            check(path, text.toString()).ifPresent(found::add);
        } else if (value instanceof JsonNode node) {
            if (node.isTextual()) {
                check(path, node.textValue()).ifPresent(found::add);
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(path + "[" + i + "]", node.get(i), found, depth + 1);
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    walk(child(path, field.getKey()), field.getValue(), found, depth + 1);
                }
            }
        } else if (value instanceof MultiValueMap<?, ?> form) {
            // form parameters: each value carries the parameter's own name (nominees[0].fullName)
            form.forEach((key, items) -> items.forEach(item -> walk(String.valueOf(key), item, found, depth + 1)));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(child(path, String.valueOf(key)), item, found, depth + 1));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(path + "[" + i + "]", item, found, depth + 1);
                i++;
            }
        } else if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                walk(path + "[" + i + "]", items[i], found, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(
                            child(path, component.getName()),
                            component.getAccessor().invoke(value),
                            found,
                            depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a component we cannot read holds no client text we could name
                }
            }
        }
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
