package vn.bacson.khenthuong.common;

import java.util.List;

/** ?page=&size= of a list request; size is capped at 200. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (s > MAX_SIZE) {
            throw new DomainException(ErrorCode.PAGE_SIZE_TOO_LARGE);
        }
        if (p < 0) {
            throw DomainException.invalid("page", "MIN", "Số trang phải từ 0 trở lên.");
        }
        if (s < 1) {
            throw DomainException.invalid("size", "MIN", "Số bản ghi mỗi trang phải từ 1 trở lên.");
        }
        return new PageQuery(p, s);
    }

    /** This page of a list of {@code total} items. */
    public <T> PageResult<T> result(List<T> items, long total) {
        return new PageResult<>(items, page, size, total);
    }

    public int offset() {
        return page * size;
    }
}
