package vn.bacson.khenthuong.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.CommuneSettings;

/**
 * Working days of the commune: weekends, the configured Vietnamese public holidays (app.calendar.holidays) and the
 * current commune's local holidays (commune.CommuneSettings) are off. Every working-day deadline in the system is computed here.
 */
@Component
public class BusinessCalendar {

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendar.class);

    /** "End of day" of the public contract: 23:59:59.999 in the business zone. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private final Set<LocalDate> holidays;
    private final Set<Integer> configuredYears;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
    private final ZoneId zone;
    /** The current commune's own days off (commune settings), on top of the national holidays. */
    private final Supplier<Set<LocalDate>> localHolidays;

    @Autowired
    public BusinessCalendar(AppProperties properties, ZoneId businessZone, CommuneSettings communeSettings) {
        this(properties, businessZone, () -> communeSettings.current().localHolidaySet());
    }

    /** The national calendar alone (tests). */
    public BusinessCalendar(AppProperties properties, ZoneId businessZone) {
        this(properties, businessZone, Set::of);
    }

    private BusinessCalendar(AppProperties properties, ZoneId businessZone, Supplier<Set<LocalDate>> localHolidays) {
        this.localHolidays = localHolidays;
        Map<Integer, List<LocalDate>> byYear =
                properties.calendar() == null || properties.calendar().holidays() == null
                        ? Map.of()
                        : properties.calendar().holidays();
        // A date is a holiday whatever year key it was listed under (a Tết break may be listed with either year).
        this.holidays = byYear.values().stream()
                .filter(list -> list != null)
                .flatMap(Collection::stream)
                .collect(Collectors.toUnmodifiableSet());
        this.configuredYears = holidays.stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
        this.zone = businessZone;
    }

    /** false on Saturdays, Sundays, configured holidays and the current commune's own days off. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        warnIfYearNotConfigured(date.getYear());
        return !holidays.contains(date) && !localHolidays.get().contains(date);
    }

    /** The n-th working day strictly after {@code start} (n ≥ 1); n = 0 returns start. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * Deadline n working days after an instant: end of day (23:59:59.999, business zone) of the n-th working
     * day after the instant's local date. Deterministic for all instants of the same local day.
     */
    public Instant deadlineAfterWorkingDays(Instant from, int n) {
        LocalDate startDay = LocalDate.ofInstant(from, zone);
        return addWorkingDays(startDay, n).atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    /** A deadline in a year without a holiday list silently counts Tết as working days: say so once. */
    private void warnIfYearNotConfigured(int year) {
        if (!configuredYears.contains(year) && warnedYears.add(year)) {
            log.warn("No public holidays configured for {} (app.calendar.holidays): only weekends are off", year);
        }
    }
}
