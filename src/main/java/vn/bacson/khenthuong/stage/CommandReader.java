package vn.bacson.khenthuong.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * Reads a JSON object into a command record by its components' types, collecting what cannot be read as a field
 * error (the field stays null) instead of stopping at the first: the answer names every faulty field at once.
 * Absent and null values are null; whether that is allowed is the annotations' business.
 */
final class CommandReader {

    static final String INVALID_VALUE = "INVALID_VALUE";

    /** The task page's date field sends the date as officers type it. */
    private static final DateTimeFormatter SHOWN_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final BiFunction<String, Object[], String> messages;
    private final List<FieldViolation> faults = new ArrayList<>();

    /** @param messages the text of a message key with its arguments */
    CommandReader(BiFunction<String, Object[], String> messages) {
        this.messages = messages;
    }

    List<FieldViolation> faults() {
        return faults;
    }

    /** @param type a record class */
    <R> R read(Class<R> type, JsonNode node, String prefix) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            values[i] = value(components[i], node == null ? null : node.get(name), path);
        }
        try {
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private Object value(RecordComponent component, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<?> type = component.getType();
        if (type == String.class) {
            return node.isTextual() ? node.asText() : fault(path, "command.invalid.text");
        }
        if (type == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt()
                    ? Integer.valueOf(node.intValue())
                    : fault(path, "command.invalid.integer");
        }
        if (type == Boolean.class) {
            return node.isBoolean() ? Boolean.valueOf(node.booleanValue()) : fault(path, "command.invalid.boolean");
        }
        if (type.isEnum()) {
            return choice(type, node, path);
        }
        if (type == UUID.class) {
            String text = text(node, path);
            try {
                return text == null ? null : UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return fault(path, "command.invalid.id");
            }
        }
        if (type == LocalDate.class) {
            return date(text(node, path), path);
        }
        if (type == List.class && component.getGenericType() instanceof ParameterizedType list) {
            return rows((Class<?>) list.getActualTypeArguments()[0], node, path);
        }
        throw new IllegalStateException("no reader for " + type + " of " + path);
    }

    private Object choice(Class<?> type, JsonNode node, String path) {
        if (node.isTextual()) {
            for (Object value : type.getEnumConstants()) {
                if (((Enum<?>) value).name().equals(node.asText())) {
                    return value;
                }
            }
        }
        String allowed = String.join(
                ", ",
                Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .sorted()
                        .toList());
        return fault(path, "command.invalid.choice", allowed);
    }

    /** Text a value is parsed from: stripped, blank is absent, as long as any stage text at most. */
    private String text(JsonNode node, String path) {
        if (node.isTextual() && node.asText().isBlank()) {
            return null;
        }
        if (!node.isTextual()) {
            return (String) fault(path, "command.invalid.text");
        }
        String value = node.asText().strip();
        if (value.length() > StageCommand.MAX_TEXT) {
            faults.add(new FieldViolation(
                    path, "SIZE", messages.apply("command.tooLong", new Object[] {String.valueOf(StageCommand.MAX_TEXT)
                    })));
            return null;
        }
        return value;
    }

    private Object date(String value, String path) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(value, SHOWN_DATE);
            } catch (DateTimeParseException notShown) {
                return fault(path, "command.invalid.date");
            }
        }
    }

    private List<Object> rows(Class<?> rowType, JsonNode node, String path) {
        if (!node.isArray()) {
            fault(path, "command.invalid.list");
            return null;
        }
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String rowPath = path + "[" + i + "]";
            JsonNode row = node.get(i);
            if (row.isObject()) {
                rows.add(read(rowType, row, rowPath));
            } else {
                fault(rowPath, "command.invalid.row");
                rows.add(null); // kept in place: the next rows keep their index
            }
        }
        return rows;
    }

    /** Records the field error; the field is null. */
    private Object fault(String path, String key, Object... args) {
        faults.add(new FieldViolation(path, INVALID_VALUE, messages.apply(key, args)));
        return null;
    }
}
