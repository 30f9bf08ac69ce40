package vn.bacson.khenthuong.stage;

import java.util.Arrays;
import java.util.List;

/**
 * One field of a stage command or of its nominee rows: the key (JSON, form parameter, Camunda Form), its Java type
 * and whether some outcome requires it.
 */
public record CommandField(String key, Class<?> type, boolean required) {

    public boolean isChoice() {
        return type.isEnum();
    }

    /** The values of a choice field in declaration order; empty for other fields. */
    public List<String> choices() {
        if (!isChoice()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }
}
