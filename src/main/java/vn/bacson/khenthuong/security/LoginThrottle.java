package vn.bacson.khenthuong.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per client address and per user name from that address, and says how long an address
 * must wait before its next try: after {@code addressFreeFailures} failures (or {@code userFreeFailures} for one
 * user name) the wait doubles with each further failure, 1 s, 2 s, 4 s, ... up to {@code maxDelay}; a try refused
 * while waiting counts as a failure too (LoginThrottleFilter).
 *
 * <p>A user name is never blocked as such: only the addresses that sent its wrong passwords wait, so an attacker
 * cannot keep a named official out; the official's right password from another address works at once. A right
 * password clears that user's count from that address (not the address' own count, or one valid account would
 * reset an attacker's address between guesses), and for {@link #TRUST} after it that user name is spared the
 * address' own count (colleagues behind one office address are not held up by someone else's typos; an attacker
 * gains nothing, as it spares only the account whose password was right). Counts are forgotten after {@code forgetAfter} without a
 * failure; kept in memory, per node (a restart forgets), at most {@link #MAX_KEYS} keys.
 */
@Component
class LoginThrottle {

    static final int MAX_KEYS = 20_000;
    static final Duration TRUST = Duration.ofDays(1);
    static final Duration REFUSAL_LOG_INTERVAL = Duration.ofMinutes(1);

    private record Count(int failures, Instant last) {}

    @ConfigurationProperties("app.login-throttle")
    record Settings(int addressFreeFailures, int userFreeFailures, Duration maxDelay, Duration forgetAfter) {}

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    /** address → when a refused try from it was last written to the log and the table. */
    private final Map<String, Instant> refusalRecorded = new ConcurrentHashMap<>();
    /** user name from address → last right password. */
    private final Map<String, Instant> succeeded = new ConcurrentHashMap<>();

    private final Clock clock;
    private final Settings settings;

    LoginThrottle(Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** How long this address must still wait before it may try this user name; empty: it may try now. */
    Optional<Duration> waitFor(String address, String username) {
        Instant now = clock.instant();
        String userKey = userKey(address, username);
        Duration userWait = remaining(counts.get(userKey), settings.userFreeFailures(), now);
        Duration wait = trusted(userKey, now)
                ? userWait
                : longest(remaining(counts.get(addressKey(address)), settings.addressFreeFailures(), now), userWait);
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String address, String username) {
        Instant now = clock.instant();
        count(addressKey(address), now);
        count(userKey(address, username), now);
        if (counts.size() > MAX_KEYS) {
            counts.values().removeIf(c -> forgotten(c, now));
        }
    }

    /**
     * Whether a refused try from this address should be logged and kept: at most one a minute per address, so a
     * client hammering on while it waits cannot flood the log and the table.
     */
    boolean recordRefusal(String address) {
        Instant now = clock.instant();
        boolean[] record = {false};
        refusalRecorded.compute(address, (key, last) -> {
            if (last == null || !now.isBefore(last.plus(REFUSAL_LOG_INTERVAL)) || now.isBefore(last)) {
                record[0] = true;
                return now;
            }
            return last;
        });
        if (refusalRecorded.size() > MAX_KEYS) {
            refusalRecorded.values().removeIf(at -> !now.isBefore(at.plus(REFUSAL_LOG_INTERVAL)));
        }
        return record[0];
    }

    void succeeded(String address, String username) {
        Instant now = clock.instant();
        String key = userKey(address, username);
        counts.remove(key);
        succeeded.put(key, now);
        if (succeeded.size() > MAX_KEYS) {
            succeeded.values().removeIf(at -> !trusted(at, now));
        }
    }

    private boolean trusted(String userKey, Instant now) {
        Instant at = succeeded.get(userKey);
        return at != null && trusted(at, now);
    }

    private static boolean trusted(Instant at, Instant now) {
        return !now.isBefore(at) && now.isBefore(at.plus(TRUST));
    }

    private void count(String key, Instant now) {
        counts.merge(
                key, new Count(1, now), (old, one) -> forgotten(old, now) ? one : new Count(old.failures() + 1, now));
    }

    private Duration remaining(Count count, int free, Instant now) {
        if (count == null || forgotten(count, now) || count.failures() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count.failures() - free, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        Duration left = Duration.between(now, count.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Nothing for a while, or a clock set back (as tests do): start again. */
    private boolean forgotten(Count count, Instant now) {
        return !now.isBefore(count.last().plus(settings.forgetAfter())) || now.isBefore(count.last());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String userKey(String address, String username) {
        return "u:" + address + "\n" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
    }
}
