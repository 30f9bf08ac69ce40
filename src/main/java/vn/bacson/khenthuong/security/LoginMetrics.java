package vn.bacson.khenthuong.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins ({@code khenthuong.logins.failed}, tag {@code reason}: the kind of failure, e.g.
 * BadCredentialsException) from Spring Security's failure events: form login and HTTP Basic alike.
 */
@Component
class LoginMetrics {

    private final MeterRegistry registry;

    LoginMetrics(MeterRegistry registry) {
        this.registry = registry;
        // the common case is on the scrape from the start (0), so an alert's rate() has a series to work on
        counter("BadCredentialsException");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        counter(event.getException().getClass().getSimpleName()).increment();
    }

    private Counter counter(String reason) {
        return Counter.builder("khenthuong.logins.failed")
                .description("Failed logins (form and HTTP Basic)")
                .tag("reason", reason)
                .register(registry);
    }
}
