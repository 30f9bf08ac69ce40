package vn.bacson.khenthuong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aMomentIsWrittenInTheBusinessZone() {
        // 17:30 UTC on the 4th is already the 5th in Hà Nội
        Instant at = Instant.parse("2025-09-04T17:30:00Z");

        assertThat(Formats.date(at, ZONE)).isEqualTo("05/09/2025");
        assertThat(Formats.dateTime(at, ZONE)).isEqualTo("05/09/2025 00:30");
        assertThat(Formats.dateTimeWithSeconds(at, ZONE)).isEqualTo("05/09/2025 00:30:00");
        assertThat(Formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(Formats.dayMonth(LocalDate.of(2026, 1, 5))).isEqualTo("05/01");
        assertThat(Formats.date((Instant) null, ZONE)).isNull();
    }

    @Test
    void amountsHaveDotsBetweenThousands() {
        assertThat(Formats.money(2_808_000)).isEqualTo("2.808.000");
        assertThat(Formats.money(999)).isEqualTo("999");
        assertThat(Formats.money(-1_500)).isEqualTo("-1.500");
    }

    @Test
    void aTypedDateIsReadAsOfficersWriteItAndImpossibleDaysAreRefused() {
        assertThat(Formats.parseDate(" 5/9/2025 ")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(Formats.parseDate("05/09/2025")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(Formats.parseDate("2025-09-05")).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(Formats.parseDate("31/02/2027")).isNull();
        assertThat(Formats.parseDate("09/2025")).isNull();
        assertThat(Formats.parseDate("")).isNull();
    }
}
