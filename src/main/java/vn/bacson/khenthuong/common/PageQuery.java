package vn.bacson.khenthuong.common;

import java.util.List;

/**
 * ?page=&size= of a list request, the one paging rule of every list: page from 0 to {@link Integer#MAX_VALUE}
 * (a page past the end is empty), size from 1 to {@link #MAX_SIZE} (more answers PAGE_SIZE_TOO_LARGE). API
 * handlers take a {@code PageQuery} parameter, bound by {@link PageQueryArgumentResolver}, never page and size
 * themselves.
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public static PageQuery of(Integer page, Integer size) {
        return of(page == null ? 0L : page.longValue(), size == null ? DEFAULT_SIZE : size.longValue());
    }

    /** The raw query parameters (null when absent); a number that is not one is a field error. */
    public static PageQuery parse(String page, String size) {
        return of(number("page", page, 0), number("size", size, DEFAULT_SIZE));
    }

    private static PageQuery of(long page, long size) {
        if (size > MAX_SIZE) {
            throw new DomainException(ErrorCode.PAGE_SIZE_TOO_LARGE);
        }
        if (page < 0) {
            throw DomainException.invalid("page", "MIN", "Số trang phải từ 0 trở lên.");
        }
        if (page > Integer.MAX_VALUE) {
            throw DomainException.invalid("page", "MAX", "Số trang phải nhỏ hơn hoặc bằng " + Integer.MAX_VALUE + ".");
        }
        if (size < 1) {
            throw DomainException.invalid("size", "MIN", "Số bản ghi mỗi trang phải từ 1 trở lên.");
        }
        return new PageQuery((int) page, (int) size);
    }

    private static long number(String field, String value, long absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String digits = value.strip();
        if (!digits.matches("[+-]?[0-9]+")) {
            throw DomainException.invalid(field, "INVALID_VALUE", "Giá trị không hợp lệ cho trường này.");
        }
        boolean negative = digits.startsWith("-");
        String magnitude = digits.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (magnitude.length() > 18) {
            // beyond any page: the same answer as any other number over the limit
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        long parsed = Long.parseLong(magnitude);
        return negative ? -parsed : parsed;
    }

    /** This page of a list of {@code total} items. */
    public <T> PageResult<T> result(List<T> items, long total) {
        return new PageResult<>(items, page, size, total);
    }

    /** The first row of this page; a long, since page × size passes {@code int} long before page does. */
    public long offset() {
        return (long) page * size;
    }
}
