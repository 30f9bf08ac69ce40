package vn.bacson.khenthuong.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * How dates, times and amounts are written for commune officers, the one place of these patterns: pages, e-mails,
 * official documents, exports and messages all write a day as dd/MM/yyyy and a moment as dd/MM/yyyy HH:mm in the
 * business zone (Asia/Ho_Chi_Minh, {@code app.zone}, passed in by the caller), and an amount with dots between
 * thousands ("2.808.000"). Null in, null out, so each caller says itself what an absent value shows as.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    /** What an officer types: 5/9/2025 as well as 05/09/2025; 31/02 is refused, not moved to 28/02. */
    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Formats() {}

    /** 05/09/2025. */
    public static String date(LocalDate day) {
        return day == null ? null : DATE.format(day);
    }

    /** The day of {@code at} in {@code zone}: 05/09/2025. */
    public static String date(Instant at, ZoneId zone) {
        return at == null ? null : DATE.format(at.atZone(zone));
    }

    /** 05/09/2025 14:30 in {@code zone}. */
    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? null : DATE_TIME.format(at.atZone(zone));
    }

    /** 05/09/2025 14:30:07 in {@code zone}, where the second matters (the demo mail catcher's list). */
    public static String dateTimeWithSeconds(Instant at, ZoneId zone) {
        return at == null ? null : DATE_TIME_SECONDS.format(at.atZone(zone));
    }

    /** 05/09, for the days of a chart's axis. */
    public static String dayMonth(LocalDate day) {
        return day == null ? null : DAY_MONTH.format(day);
    }

    /** yyyy-MM-dd, for an {@code <input type="date">} or an API. */
    public static String isoDate(LocalDate day) {
        return day == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
    }

    /** A date as an officer types it (5/9/2025, 05/09/2025) or as an API sends it (2025-09-05); null when neither. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {TYPED_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** 2808000 → "2.808.000" (đồng, as Decree 30/2020 writes amounts). */
    public static String money(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + out;
    }
}
