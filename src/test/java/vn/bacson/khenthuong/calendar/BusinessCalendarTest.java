package vn.bacson.khenthuong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import vn.bacson.khenthuong.common.AppProperties;

class BusinessCalendarTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The 2025 and 2026 holidays as config/application.yml lists them (Tết 2026: 14–22/02). */
    private static final Map<Integer, List<LocalDate>> HOLIDAYS = Map.of(
            2025,
                    dates(
                            "2025-01-01",
                            "2025-01-25",
                            "2025-01-26",
                            "2025-01-27",
                            "2025-01-28",
                            "2025-01-29",
                            "2025-01-30",
                            "2025-01-31",
                            "2025-02-01",
                            "2025-02-02",
                            "2025-04-07",
                            "2025-04-30",
                            "2025-05-01",
                            "2025-05-02",
                            "2025-09-01",
                            "2025-09-02"),
            2026,
                    dates(
                            "2026-01-01",
                            "2026-02-14",
                            "2026-02-15",
                            "2026-02-16",
                            "2026-02-17",
                            "2026-02-18",
                            "2026-02-19",
                            "2026-02-20",
                            "2026-02-21",
                            "2026-02-22",
                            "2026-04-26",
                            "2026-04-27",
                            "2026-04-30",
                            "2026-05-01",
                            "2026-08-31",
                            "2026-09-01",
                            "2026-09-02"));

    private final BusinessCalendar calendar = new BusinessCalendar(properties(HOLIDAYS), HANOI);

    @Test
    void weekendsAndHolidaysAreOff() {
        assertThat(calendar.isWorkingDay(d("2025-08-22"))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(d("2025-08-23"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(d("2025-08-24"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(d("2025-08-25"))).as("Monday").isTrue();
        assertThat(calendar.isWorkingDay(d("2025-09-02")))
                .as("Quốc khánh on a Tuesday")
                .isFalse();
        assertThat(calendar.isWorkingDay(d("2026-02-17"))).as("Tết 2026").isFalse();
    }

    @Test
    void countsOverAWeekend() {
        assertThat(calendar.addWorkingDays(d("2025-08-20"), 2)).as("Wed + 2").isEqualTo(d("2025-08-22"));
        assertThat(calendar.addWorkingDays(d("2025-08-22"), 1)).as("Fri + 1").isEqualTo(d("2025-08-25"));
        assertThat(calendar.addWorkingDays(d("2025-08-20"), 5)).as("Wed + 5").isEqualTo(d("2025-08-27"));
        assertThat(calendar.addWorkingDays(d("2025-08-23"), 1))
                .as("from a Saturday")
                .isEqualTo(d("2025-08-25"));
    }

    @Test
    void skipsTet2026() {
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1))
                .as("last day before Tết + 1")
                .isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-23"));
        // The 20-working-day appraisal limit from a complete dossier on Monday 02/02/2026: Tết adds a week.
        assertThat(calendar.addWorkingDays(d("2026-02-02"), 20)).isEqualTo(d("2026-03-09"));
        assertThat(new BusinessCalendar(properties(Map.of()), HANOI).addWorkingDays(d("2026-02-02"), 20))
                .as("without holidays")
                .isEqualTo(d("2026-03-02"));
    }

    @Test
    void skipsReunificationAndLabourDay() {
        assertThat(calendar.addWorkingDays(d("2026-04-29"), 1))
                .as("30/4 Thu, 1/5 Fri")
                .isEqualTo(d("2026-05-04"));
        assertThat(calendar.addWorkingDays(d("2025-04-29"), 1))
                .as("30/4–2/5/2025")
                .isEqualTo(d("2025-05-05"));
        assertThat(calendar.addWorkingDays(d("2025-04-29"), 5)).isEqualTo(d("2025-05-09"));
    }

    @Test
    void skipsNationalDay2025() {
        assertThat(calendar.addWorkingDays(d("2025-08-29"), 1)).isEqualTo(d("2025-09-03"));
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        assertThat(calendar.addWorkingDays(d("2025-08-20"), 0)).isEqualTo(d("2025-08-20"));
        assertThat(calendar.addWorkingDays(d("2026-02-16"), 0))
                .as("even on a holiday")
                .isEqualTo(d("2026-02-16"));
        assertThat(calendar.deadlineAfterWorkingDays(Instant.parse("2025-08-20T03:00:00Z"), 0))
                .isEqualTo(Instant.parse("2025-08-20T16:59:59.999Z"));
    }

    @Test
    void negativeCountIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-08-20"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlineIsEndOfDayInHanoi() {
        // 10:00 on Wednesday 20/08 in Hanoi + 5 working days = Wednesday 27/08, 23:59:59.999 Hanoi time.
        assertThat(calendar.deadlineAfterWorkingDays(Instant.parse("2025-08-20T03:00:00Z"), 5))
                .isEqualTo(Instant.parse("2025-08-27T16:59:59.999Z"));
    }

    @Test
    void dayIsTakenInTheBusinessZoneNotInUtc() {
        // 17:30 UTC on 20/08 is 00:30 on Thursday 21/08 in Hanoi: counting starts from the 21st.
        assertThat(calendar.deadlineAfterWorkingDays(Instant.parse("2025-08-20T17:30:00Z"), 1))
                .isEqualTo(Instant.parse("2025-08-22T16:59:59.999Z"));
        // One millisecond before midnight in Hanoi is still the 20th.
        assertThat(calendar.deadlineAfterWorkingDays(Instant.parse("2025-08-20T16:59:59.999Z"), 1))
                .isEqualTo(Instant.parse("2025-08-21T16:59:59.999Z"));
    }

    @Test
    void everyInstantOfALocalDayGivesTheSameDeadline() {
        Instant startOfDay = Instant.parse("2025-08-20T17:00:00Z"); // 00:00 on 21/08 in Hanoi
        Instant endOfDay = Instant.parse("2025-08-21T16:59:59.999Z");
        assertThat(calendar.deadlineAfterWorkingDays(startOfDay, 3))
                .isEqualTo(calendar.deadlineAfterWorkingDays(endOfDay, 3))
                .isEqualTo(Instant.parse("2025-08-26T16:59:59.999Z"));
    }

    @Test
    void deadlineAcrossTetEndsAfterTheBreak() {
        // Friday 13/02/2026 at 15:00 Hanoi + 5 working days: 23–27/02, so Friday 27/02.
        assertThat(calendar.deadlineAfterWorkingDays(Instant.parse("2026-02-13T08:00:00Z"), 5))
                .isEqualTo(Instant.parse("2026-02-27T16:59:59.999Z"));
    }

    @Test
    void yearWithoutHolidayListCountsOnlyWeekends() {
        assertThat(calendar.isWorkingDay(d("2030-09-02")))
                .as("Monday, no 2030 list")
                .isTrue();
        assertThat(calendar.addWorkingDays(d("2030-08-30"), 1)).isEqualTo(d("2030-09-02"));
    }

    @Test
    void missingCalendarSectionMeansWeekendsOnly() {
        AppProperties noCalendar = new AppProperties(HANOI, false, null, null, null, null, null, null);
        BusinessCalendar weekendsOnly = new BusinessCalendar(noCalendar, HANOI);
        assertThat(weekendsOnly.isWorkingDay(d("2026-02-17"))).isTrue();
        assertThat(weekendsOnly.isWorkingDay(d("2026-02-21"))).isFalse();
    }

    @Nested
    class ShippedConfiguration {

        @Test
        void tet2026AndNationalDaysAreConfigured() throws IOException {
            BusinessCalendar shipped = new BusinessCalendar(shippedProperties(), HANOI);
            for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
                assertThat(shipped.isWorkingDay(day)).as("Tết 2026: %s", day).isFalse();
            }
            assertThat(shipped.isWorkingDay(d("2026-04-30"))).isFalse();
            assertThat(shipped.isWorkingDay(d("2026-05-01"))).isFalse();
            assertThat(shipped.isWorkingDay(d("2025-09-02"))).isFalse();
            assertThat(shipped.isWorkingDay(d("2026-02-23"))).isTrue();
            assertThat(shipped.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23"));
        }

        private AppProperties shippedProperties() throws IOException {
            var sources = new YamlPropertySourceLoader()
                    .load("application.yml", new FileSystemResource("config/application.yml"));
            Binder binder = new Binder(
                    ConfigurationPropertySources.from(sources), null, ApplicationConversionService.getSharedInstance());
            return binder.bind("app", AppProperties.class).get();
        }
    }

    private static AppProperties properties(Map<Integer, List<LocalDate>> holidays) {
        return new AppProperties(HANOI, false, null, null, null, null, null, new AppProperties.Calendar(holidays));
    }

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
