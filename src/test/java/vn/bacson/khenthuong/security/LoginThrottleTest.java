package vn.bacson.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(clock, new LoginThrottle.Settings(10, 5, Duration.ofMinutes(15), Duration.ofMinutes(15)));

    @Test
    void fiveWrongPasswordsForOneUserMakeThatAddressWaitDoublingEachTime() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("203.0.113.1", "thon1");
        }
        assertThat(throttle.waitFor("203.0.113.1", "thon1")).isEmpty();

        throttle.failed("203.0.113.1", "thon1");
        assertThat(throttle.waitFor("203.0.113.1", "thon1")).contains(Duration.ofSeconds(1));
        throttle.failed("203.0.113.1", "thon1");
        throttle.failed("203.0.113.1", "thon1");
        assertThat(throttle.waitFor("203.0.113.1", "THON1")).contains(Duration.ofSeconds(4));

        clock.move(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("203.0.113.1", "thon1")).isEmpty();
    }

    @Test
    void theUserIsNeverLockedOutFromAnotherAddress() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("203.0.113.1", "thon1");
        }
        assertThat(throttle.waitFor("203.0.113.1", "thon1")).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("198.51.100.7", "thon1")).isEmpty();
    }

    @Test
    void tenFailuresFromOneAddressMakeItWaitForEveryNameButOneThatLoggedInThere() {
        throttle.succeeded("203.0.113.9", "vhxh");
        for (int i = 0; i < 10; i++) {
            throttle.failed("203.0.113.9", "guess-" + i);
        }
        assertThat(throttle.waitFor("203.0.113.9", "thon1")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("203.0.113.9", "vhxh")).isEmpty();
    }

    @Test
    void theRightPasswordClearsThatUsersCountAndQuietTimeForgetsAll() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("203.0.113.1", "thon1");
            throttle.failed("203.0.113.2", "thon2");
        }
        throttle.succeeded("203.0.113.1", "thon1");
        assertThat(throttle.waitFor("203.0.113.1", "thon1")).isEmpty();
        assertThat(throttle.waitFor("203.0.113.2", "thon2")).isPresent();

        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("203.0.113.2", "thon2")).isEmpty();
    }

    @Test
    void refusedTriesAreRecordedAtMostOnceAMinutePerAddress() {
        assertThat(throttle.recordRefusal("203.0.113.5")).isTrue();
        assertThat(throttle.recordRefusal("203.0.113.5")).isFalse();
        assertThat(throttle.recordRefusal("203.0.113.6")).isTrue();

        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.recordRefusal("203.0.113.5")).isTrue();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T03:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
