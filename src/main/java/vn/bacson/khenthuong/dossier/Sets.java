package vn.bacson.khenthuong.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enum sets stored as a comma-separated column. */
final class Sets {

    private Sets() {}

    static <E extends Enum<E>> String join(Set<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String value, Class<E> type, Function<String, E> parse) {
        Set<E> result = EnumSet.noneOf(type);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).map(parse).forEach(result::add);
        }
        return result;
    }
}
