package vn.bacson.khenthuong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void campaignDatesLieWithinFiveYearsOfToday() {
        assertThat(DateRange.CAMPAIGN.violation("congressDate", TODAY.plusYears(5), TODAY))
                .isNull();
        assertThat(DateRange.CAMPAIGN.violation("congressDate", TODAY.minusYears(5), TODAY))
                .isNull();
        assertThat(DateRange.CAMPAIGN
                        .violation("congressDate", TODAY.plusYears(5).plusDays(1), TODAY)
                        .code())
                .isEqualTo("MAX");
        assertThat(DateRange.CAMPAIGN
                        .violation("congressDate", LocalDate.MAX, TODAY)
                        .field())
                .isEqualTo("congressDate");
        assertThat(DateRange.CAMPAIGN
                        .violation("launchedOn", LocalDate.MIN, TODAY)
                        .code())
                .isEqualTo("MIN");
    }

    @Test
    void aMeetingIsNotInTheFuture() {
        assertThat(DateRange.RECENT_PAST.violation("meetingDate", TODAY, TODAY)).isNull();
        assertThat(DateRange.RECENT_PAST
                        .violation("meetingDate", TODAY.plusDays(1), TODAY)
                        .message())
                .contains("04/12/2026");
        assertThat(DateRange.RECENT_PAST
                        .violation("meetingDate", LocalDate.of(2099, 1, 1), TODAY)
                        .code())
                .isEqualTo("MAX");
    }

    @Test
    void noDateIsNothingToCheck() {
        assertThat(DateRange.PAST.violation("disciplineDecidedOn", null, TODAY)).isNull();
    }
}
