package vn.bacson.khenthuong.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Dates as commune officers read them: dd/MM/yyyy and HH:mm, always in the business zone (Asia/Ho_Chi_Minh),
 * whatever zone the server runs in. Templates call it as {@code ${@dates.dateTime(x)}}; null shows as a dash.
 */
@Component("dates")
public class WebDates {

    static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** What an officer types: 5/9/2025 as well as 05/09/2025. */
    private static final DateTimeFormatter INPUT_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final ZoneId zone;
    private final Clock clock;

    WebDates(ZoneId businessZone, Clock clock) {
        this.zone = businessZone;
        this.clock = clock;
    }

    public String date(Object value) {
        ZonedDateTime at = zoned(value);
        if (at != null) {
            return DATE.format(at);
        }
        return value instanceof LocalDate d ? DATE.format(d) : NONE;
    }

    public String dateTime(Object value) {
        ZonedDateTime at = zoned(value);
        if (at != null) {
            return DATE_TIME.format(at);
        }
        return value instanceof LocalDate d ? DATE.format(d) : NONE;
    }

    /** yyyy-MM-dd for the value of an {@code <input type="date">}; empty for null. */
    public String isoDate(Object value) {
        ZonedDateTime at = zoned(value);
        if (at != null) {
            return ISO_DATE.format(at);
        }
        return value instanceof LocalDate d ? ISO_DATE.format(d) : "";
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
            LocalDate parsed = parseDate(text);
            return parsed == null || !text.strip().contains("-") ? text : DATE.format(parsed);
        }
        String formatted = date(value);
        return NONE.equals(formatted) ? "" : formatted;
    }

    /** dd/MM/yyyy (as shown) or yyyy-MM-dd (as an API or an old form sends it); null when neither. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {INPUT_DATE, ISO_DATE}) {
            try {
                return LocalDate.parse(value, format);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
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
