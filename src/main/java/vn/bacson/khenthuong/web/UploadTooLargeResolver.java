package vn.bacson.khenthuong.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An oversize multipart request fails before any handler is chosen, so no advice sees it. Spring's default
 * resolver answers 413 by sendError, and the forward to /error then parses the same multipart body again, fails
 * again, and the client gets an empty 413. Recording the exception as the error of the request makes the
 * DispatcherServlet skip that second parse, so {@link ErrorPages} answers FILE_TOO_LARGE or REQUEST_TOO_LARGE.
 */
@Component
class UploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!(e instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        try {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
        } catch (IOException clientGone) {
            // nothing left to answer
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // after Boot's DefaultErrorAttributes, which records the exception for /error; before Spring MVC's own
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
