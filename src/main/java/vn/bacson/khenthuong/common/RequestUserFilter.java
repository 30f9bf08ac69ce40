package vn.bacson.khenthuong.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Right behind Spring Security's filters: the logged-in user's name into the MDC, so the request's log lines and
 * its line in the request log ({@link RequestLogFilter}) name who asked. A request the security filters turned away
 * never gets here: its line says {@code user=-}.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class RequestUserFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getRemoteUser();
        if (user != null) {
            MDC.put(RequestTrace.USER_MDC_KEY, user);
        }
        chain.doFilter(request, response);
    }
}
