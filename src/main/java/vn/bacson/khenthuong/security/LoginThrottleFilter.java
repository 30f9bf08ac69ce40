package vn.bacson.khenthuong.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.ProblemAdvice;

/**
 * Runs before the password of a login is checked (form login POST /login, and every request with HTTP Basic
 * credentials): while the {@link LoginThrottle} makes the client address wait, the try is refused unchecked —
 * 429 problem+json LOGIN_THROTTLED with Retry-After for Basic callers, back to the login page with the wait for
 * the form. Requests of a logged-in browser session carry no credentials and are never slowed.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final LoginFailures failures;
    private final ObjectMapper objectMapper;

    LoginThrottleFilter(LoginThrottle throttle, LoginFailures failures, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.failures = failures;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean basic = SecurityConfig.hasBasicCredentials(request);
        boolean form = !basic && isFormLogin(request);
        if (!basic && !form) {
            chain.doFilter(request, response);
            return;
        }
        String username = LoginFailures.printable(basic ? basicUsername(request) : request.getParameter("username"));
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address, username);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // a try while waiting counts too: hammering on only makes the address wait longer
        throttle.failed(address, username);
        if (throttle.recordRefusal(address)) {
            failures.throttled(username, address);
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        response.setStatus(ErrorCode.LOGIN_THROTTLED.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = ProblemAdvice.body(
                ErrorCode.LOGIN_THROTTLED, ErrorCode.LOGIN_THROTTLED.message(), List.of(), request.getRequestURI());
        body.setProperty("retryAfterSeconds", seconds);
        objectMapper.writeValue(response.getOutputStream(), body);
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
    }

    private static String basicUsername(HttpServletRequest request) {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(6).trim();
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
