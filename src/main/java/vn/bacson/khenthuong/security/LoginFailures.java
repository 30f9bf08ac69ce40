package vn.bacson.khenthuong.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;

/**
 * Failed logins, from Spring Security's authentication events (form login and HTTP Basic alike; the same
 * {@link AbstractAuthenticationFailureEvent}s the metrics count): one WARN line each with user name and client
 * address, a row in {@code login_failure} for the administrator, and a count for the {@link LoginThrottle}. A
 * failure of the check itself (database down) is not the user's: it is neither logged here nor counted.
 */
@Component
class LoginFailures {

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

    static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";
    static final String THROTTLED = "THROTTLED";

    /** One failed login as the administrator sees it. */
    record LoginFailure(Instant occurredAt, String username, String clientAddress, String reason) {}

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginFailures(JdbcClient jdbc, LoginThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureServiceExceptionEvent) {
            return;
        }
        String address = addressOf(event.getAuthentication());
        String username = printable(event.getAuthentication().getName());
        throttle.failed(address, username);
        record(username, address, BAD_CREDENTIALS);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(
                addressOf(event.getAuthentication()),
                printable(event.getAuthentication().getName()));
    }

    /** A try refused by the throttle before its password was checked. */
    void throttled(String username, String address) {
        record(printable(username), address, THROTTLED);
    }

    PageResult<LoginFailure> page(PageQuery query) {
        long total =
                jdbc.sql("select count(*) from login_failure").query(Long.class).single();
        List<LoginFailure> items = jdbc.sql("select occurred_at, username, client_address, reason from login_failure"
                        + " order by occurred_at desc, id offset :offset rows fetch first :size rows only")
                .param("offset", (long) query.page() * query.size())
                .param("size", query.size())
                .query((rs, n) -> new LoginFailure(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"),
                        rs.getString("client_address"),
                        rs.getString("reason")))
                .list();
        return query.result(items, total);
    }

    private void record(String username, String address, String reason) {
        log.warn("Failed login ({}) for user '{}' from {}", reason, username, address);
        try {
            jdbc.sql("insert into login_failure (id, occurred_at, username, client_address, reason)"
                            + " values (:id, :at, :username, :address, :reason)")
                    .param("id", UUID.randomUUID())
                    .param("at", Timestamp.from(clock.instant()))
                    .param("username", username)
                    .param("address", address)
                    .param("reason", reason)
                    .update();
        } catch (DataAccessException e) {
            // the WARN line above is the record of last resort
            log.warn("Could not keep the failed login of '{}': {}", username, e.toString());
        }
    }

    static String addressOf(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return truncate(printable(details.getRemoteAddress()), 64);
        }
        return "unknown";
    }

    /** A user name as typed, made safe for a log line and the table: no control characters, at most 200. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        text.codePoints().limit(200).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return truncate(out.toString(), 200);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
