package vn.bacson.khenthuong.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedbackRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-08-25T02:00:00Z"));

    @Test
    void anAddressGetsItsQuotaPerWindow_andOthersAreNotAffected() {
        FeedbackRateLimiter limiter = limiter(3, Duration.ofHours(1));

        assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.7"))
                .as("the fourth within the hour")
                .isFalse();
        assertThat(limiter.tryAcquire("198.51.100.1")).as("another address").isTrue();

        clock.advance(Duration.ofMinutes(59));
        assertThat(limiter.tryAcquire("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("203.0.113.7")).as("a new window").isTrue();
    }

    @Test
    void aClockSetBackStartsAFreshWindow() {
        FeedbackRateLimiter limiter = limiter(1, Duration.ofHours(1));
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        clock.advance(Duration.ofDays(-1));
        assertThat(limiter.tryAcquire("a")).isTrue();
    }

    @Test
    void zeroMeansNoFeedbackAtAll() {
        assertThat(limiter(0, Duration.ofHours(1)).tryAcquire("a")).isFalse();
    }

    @Test
    void windowsThatRanOutAreDroppedWhenTooManyAddressesAreHeld() {
        FeedbackRateLimiter limiter = limiter(1, Duration.ofMinutes(10));
        for (int i = 0; i < FeedbackRateLimiter.MAX_ADDRESSES; i++) {
            limiter.tryAcquire("old-" + i);
        }
        clock.advance(Duration.ofMinutes(11));
        limiter.tryAcquire("new-1");
        assertThat(limiter.addressesHeld()).isEqualTo(1);
    }

    private FeedbackRateLimiter limiter(int perIp, Duration window) {
        return new FeedbackRateLimiter(clock, new PublicPostingSettings(perIp, window, "test-key"));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
