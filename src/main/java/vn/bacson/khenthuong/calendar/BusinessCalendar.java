package vn.bacson.khenthuong.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Working days of the commune: weekends and the configured Vietnamese public holidays (app.calendar.holidays)
 * are off. Every working-day deadline in the system is computed here.
 */
@Component
public class BusinessCalendar {

    /** false on Saturdays, Sundays and configured holidays. */
    public boolean isWorkingDay(LocalDate date) {
        throw new UnsupportedOperationException("TODO helper C");
    }

    /** The n-th working day strictly after {@code start} (n ≥ 1); n = 0 returns start. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        throw new UnsupportedOperationException("TODO helper C");
    }

    /**
     * Deadline n working days after an instant: end of day (23:59:59.999, business zone) of the n-th working
     * day after the instant's local date. Deterministic for all instants of the same local day.
     */
    public Instant deadlineAfterWorkingDays(Instant from, int n) {
        throw new UnsupportedOperationException("TODO helper C");
    }
}
