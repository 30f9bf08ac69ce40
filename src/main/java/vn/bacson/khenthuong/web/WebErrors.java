package vn.bacson.khenthuong.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.bacson.khenthuong.common.DatabaseOutage;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.ProblemAdvice;

/**
 * Errors of the web pages as pages, never as JSON or a stack trace. A record the user may not see is the same
 * "not found" page as a missing one (the services already answer both with the same *_NOT_FOUND code).
 * Expected conflicts (window closed, task taken) are handled by the controllers as flash messages; what reaches
 * this advice is shown on the error page with the service's Vietnamese detail.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        if (Pages.isNotFound(e.code())) {
            return notFound(response);
        }
        response.setStatus(e.code().status().value());
        model.addAttribute("status", e.code().status().value());
        model.addAttribute("detail", e.getMessage());
        return "error";
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badAddress(Exception e, HttpServletResponse response) {
        // /dossiers/not-a-uuid: to the user this is simply a page that does not exist
        return notFound(response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(ErrorCode.FILE_TOO_LARGE.status().value());
        model.addAttribute("status", ErrorCode.FILE_TOO_LARGE.status().value());
        model.addAttribute("detail", ErrorCode.FILE_TOO_LARGE.message());
        return "error";
    }

    /** A part the container cannot read (a NUL in an uploaded file's name). */
    @ExceptionHandler(MultipartException.class)
    String badPart(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("detail", ProblemAdvice.unreadablePart().message());
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("Database unreachable on a web page: {}", e.toString());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            return "error/503";
        }
        log.error("Unexpected error on a web page", e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("status", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("detail", ErrorCode.INTERNAL_ERROR.message());
        return "error";
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
