package vn.bacson.khenthuong.common;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The first filter of every request: takes or makes its correlation id ({@link RequestTrace}), puts it into the MDC
 * and the response header before anything else runs (so the security filters' 401/403 carry it too), and writes one
 * line per request to the logger {@value #LOGGER} when the request is done:
 *
 * <pre>method=GET route=/api/dossiers/{id} path=/api/dossiers/8c0… status=404 durationMs=12 user=thon1
 * client=10.0.0.7 traceId=5f2a…</pre>
 *
 * An error dispatch (Tomcat's error page for an exception that left the chain) gets the same id back into the MDC,
 * so the error page and its log lines match the request's line; the error page of a request the container refused
 * before any filter ran is logged as a request of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "vn.bacson.khenthuong.request";
    private static final String ID_ATTRIBUTE = RequestLogFilter.class.getName() + ".id";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(ID_ATTRIBUTE) instanceof String known) {
            errorDispatch(known, request, response, chain);
            return;
        }
        // a first pass, or an error page for a request that never reached the filters (refused by the container)
        String id = RequestTrace.acceptOrCreate(request.getHeader(RequestTrace.HEADER));
        request.setAttribute(ID_ATTRIBUTE, id);
        response.setHeader(RequestTrace.HEADER, id);
        MDC.put(RequestTrace.MDC_KEY, id);
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            // an exception leaving the chain becomes Tomcat's 500 after this filter returns
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            log.info(
                    "method={} route={} path={} status={} durationMs={} user={} client={} traceId={}",
                    request.getMethod(),
                    route(request),
                    request.getRequestURI(),
                    status,
                    millis,
                    orDash(MDC.get(RequestTrace.USER_MDC_KEY)),
                    request.getRemoteAddr(),
                    id);
            MDC.remove(RequestTrace.USER_MDC_KEY);
            MDC.remove(RequestTrace.MDC_KEY);
        }
    }

    private void errorDispatch(
            String known, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(RequestTrace.HEADER, known);
        MDC.put(RequestTrace.MDC_KEY, known);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestTrace.MDC_KEY);
        }
    }

    /** The handler's path template (never the raw ids), or "-" when no Spring MVC handler matched. */
    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "-" : pattern.toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
