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
