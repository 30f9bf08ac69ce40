package vn.bacson.khenthuong.common;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The correlation id of the request being served (docs/operations.md, "Request log"). Set by {@link RequestLogFilter}
 * into the log MDC (key {@value #MDC_KEY}), so every log line of the request carries it; answered in the
 * {@value #HEADER} response header, in every problem+json body ({@code traceId}) and on the HTML error pages
 * ("Mã tra cứu"), so a user's error report leads to the log lines of that request.
 *
 * <p>Also a bean named {@code requestTrace}, so that templates can show it: {@code ${@requestTrace.id()}}.
 */
@Component("requestTrace")
public class RequestTrace {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "traceId";
    static final String USER_MDC_KEY = "user";

    /** What a caller's own id may look like: no spaces, quotes or line breaks, so it cannot forge a log line. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    /** The id of the current request (this thread), or null outside a request. */
    public static String currentId() {
        return MDC.get(MDC_KEY);
    }

    /**
     * Names the user of the current request in its log lines, where the security filters refused the request before
     * {@link RequestUserFilter} could (a 403 of a logged-in user).
     */
    public static void noteUser(String user) {
        if (currentId() != null && user != null) {
            MDC.put(USER_MDC_KEY, user);
        }
    }

    /** For the templates: the current id, or null. */
    public String id() {
        return currentId();
    }

    /** The caller's X-Request-Id when it is safe to log and echo, else a new random id. */
    static String acceptOrCreate(String offered) {
        if (offered != null && SAFE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString().replace("-", "");
    }
}
