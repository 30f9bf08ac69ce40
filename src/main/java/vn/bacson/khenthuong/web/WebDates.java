package vn.bacson.khenthuong.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.Formats;

/**
 * Dates as commune officers read them ({@link Formats}: dd/MM/yyyy and HH:mm), always in the business zone
 * (Asia/Ho_Chi_Minh), whatever zone the server runs in, for any kind of value a page holds. Templates call it as
 * {@code ${@dates.dateTime(x)}}; null shows as a dash.
 */
@Component("dates")
public class WebDates {

    static final String NONE = "—";

    private final ZoneId zone;
    private final Clock clock;

    WebDates(ZoneId businessZone, Clock clock) {
        this.zone = businessZone;
        this.clock = clock;
    }

    public String date(Object value) {
        ZonedDateTime at = zoned(value);
        if (at != null) {
            return Formats.date(at.toInstant(), zone);
        }
        return value instanceof LocalDate d ? Formats.date(d) : NONE;
    }

    public String dateTime(Object value) {
        ZonedDateTime at = zoned(value);
        if (at != null) {
            return Formats.dateTime(at.toInstant(), zone);
        }
        return value instanceof LocalDate d ? Formats.date(d) : NONE;
    }

    /** yyyy-MM-dd for the value of an {@code <input type="date">}; empty for null. */
    public String isoDate(Object value) {
        ZonedDateTime at = zoned(value);
        if (at != null) {
            return Formats.isoDate(at.toLocalDate());
        }
        return value instanceof LocalDate d ? Formats.isoDate(d) : "";
    }

    /**
     * A date field's value as the officer types it, dd/MM/yyyy: the pages use text fields, not
     * {@code <input type="date">}, whose order follows the browser's language (month first in English). A value
     * already typed (or not a date) comes back as it was; an ISO date, a LocalDate or an instant is converted.
     */
    public String dateInput(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            LocalDate parsed = Formats.parseDate(text);
            return parsed == null || !text.strip().contains("-") ? text : Formats.date(parsed);
        }
        String formatted = date(value);
        return NONE.equals(formatted) ? "" : formatted;
    }

    /** Whole days from today (business zone) to the value's day; negative when past, null for null. */
    public Long daysUntil(Object value) {
        ZonedDateTime at = zoned(value);
        LocalDate day = at != null ? at.toLocalDate() : value instanceof LocalDate d ? d : null;
        return day == null ? null : ChronoUnit.DAYS.between(today(), day);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private ZonedDateTime zoned(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(zone);
        }
        return null;
    }
}
