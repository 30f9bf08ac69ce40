package vn.bacson.khenthuong.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code ttl} (measured on the application's Clock): metrics gauges and health
 * checks that run a SQL query keep a scrape or a probe from costing more than one query per interval.
 */
public final class CachedValue<T> {

    private final Supplier<T> loader;
    private final Clock clock;
    private final Duration ttl;
    private T value;
    private Instant loadedAt;

    public CachedValue(Supplier<T> loader, Clock clock, Duration ttl) {
        this.loader = loader;
        this.clock = clock;
        this.ttl = ttl;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        // a clock moved backwards (tests) reloads too
        if (value == null || now.isBefore(loadedAt) || !now.isBefore(loadedAt.plus(ttl))) {
            value = loader.get();
            loadedAt = now;
        }
        return value;
    }
}
