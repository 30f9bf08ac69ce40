package vn.bacson.khenthuong.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * Errors of the dashboard pages as the application's error pages (templates error and error/404), not as JSON:
 * the API controller of this package keeps problem+json from the one ProblemAdvice.
 */
@ControllerAdvice(assignableTypes = MonitoringPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringPageErrors {

    private static final Set<ErrorCode> NOT_FOUND = EnumSet.of(ErrorCode.NOT_FOUND, ErrorCode.CAMPAIGN_NOT_FOUND);

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        if (NOT_FOUND.contains(e.code())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "error/404";
        }
        response.setStatus(e.code().status().value());
        model.addAttribute("status", e.code().status().value());
        model.addAttribute("detail", e.getMessage());
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badAddress(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
