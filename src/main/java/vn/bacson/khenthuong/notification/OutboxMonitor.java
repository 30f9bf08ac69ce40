package vn.bacson.khenthuong.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.CachedValue;

/**
 * The mail outbox for operators (docs/operations.md, "Health" and "Metrics"). Health component {@code mailOutbox}
 * (readiness group): OUT_OF_SERVICE when the oldest due unsent e-mail was created longer than
 * {@code app.health.outbox-max-age} ago, i.e. mail has not gone out for that long. Gauges: unsent e-mails, FAILED
 * ones (given up, to be retried from the dashboard), the oldest due one's age. One query per
 * {@code app.metrics.cache-ttl}.
 */
@Component("mailOutboxHealthIndicator")
class OutboxMonitor implements HealthIndicator, MeterBinder {

    private final Clock clock;
    private final Duration maxAge;
    private final CachedValue<OutboxStore.Backlog> backlog;

    OutboxMonitor(
            OutboxStore store,
            Clock clock,
            @Value("${app.health.outbox-max-age:PT30M}") Duration maxAge,
            @Value("${app.metrics.cache-ttl:PT15S}") Duration ttl) {
        this.clock = clock;
        this.maxAge = maxAge;
        this.backlog = new CachedValue<>(() -> store.backlog(clock.instant()), clock, ttl);
    }

    @Override
    public Health health() {
        OutboxStore.Backlog now = backlog.get();
        Duration age = oldestDueAge(now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unsent", now.unsent());
        details.put("failed", now.failed());
        details.put("oldestDueAge", age == null ? null : age.toString());
        details.put("maxAge", maxAge.toString());
        Status status = age != null && age.compareTo(maxAge) > 0 ? Status.OUT_OF_SERVICE : Status.UP;
        return Health.status(status).withDetails(details).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "khenthuong.mail.outbox.unsent",
                        this,
                        m -> m.backlog.get().unsent())
                .description("E-mails waiting in the outbox (pending or being sent)")
                .register(registry);
        Gauge.builder("khenthuong.mail.failed", this, m -> m.backlog.get().failed())
                .description("E-mails given up after their attempts (FAILED), until retried from the dashboard")
                .register(registry);
        Gauge.builder("khenthuong.mail.outbox.oldest.due.age", this, m -> {
                    Duration age = m.oldestDueAge(m.backlog.get());
                    return age == null ? 0 : age.toMillis() / 1000.0;
                })
                .description("Age of the oldest due unsent e-mail (0 when none is due)")
                .baseUnit("seconds")
                .register(registry);
    }

    private Duration oldestDueAge(OutboxStore.Backlog now) {
        Instant oldest = now.oldestDueCreatedAt();
        return oldest == null ? null : Duration.between(oldest, clock.instant());
    }
}
