package vn.bacson.khenthuong.common;

import java.util.List;
import java.util.function.Function;

/** The paged list answer of the public API. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
