package vn.bacson.khenthuong.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code app.mail:} in config/application.yml: how the outbox is delivered.
 *
 * @param from the default sender, e.g. {@code "Thi đua - Khen thưởng xã Bắc Sơn <thiduakhenthuong@bacson.example>"}; a
 *     commune may set its own (commune.CommuneSettings), which the dispatcher uses for that commune's rows
 * @param pollInterval pause between two runs of the dispatcher (fixed delay)
 * @param batchSize rows claimed per run, at most
 * @param maxAttempts transient failures (SMTP down, 4xx) before a row is given up as FAILED
 * @param backoffBase wait after the first failure; doubled after each further one
 * @param backoffMax the longest wait between two attempts
 * @param lease how long a node holds a row it is sending; far longer than the SMTP timeouts
 * @param digestWindow TASK_CREATED rows of one recipient due within this window go out as one message
 * @param scheduler background delivery on or off (off in the integration tests: they call dispatchDue())
 * @param catcher the in-process mail catcher of the default profile
 */
@ConfigurationProperties("app.mail")
public record MailSettings(
        @DefaultValue("Thi đua - Khen thưởng xã Bắc Sơn <thiduakhenthuong@bacson.example>")
        String from,

        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT30S") Duration backoffBase,
        @DefaultValue("PT1H") Duration backoffMax,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("PT2M") Duration digestWindow,
        @DefaultValue Scheduler scheduler,
        @DefaultValue Catcher catcher) {

    public record Scheduler(@DefaultValue("true") boolean enabled) {}

    public record Catcher(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("3025") int port) {}

    /** The wait before attempt {@code attempts + 1}: base × 2^(attempts-1), at most backoffMax. */
    public Duration backoff(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = backoffBase.multipliedBy(1L << exponent);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
