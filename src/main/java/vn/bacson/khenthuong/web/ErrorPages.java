package vn.bacson.khenthuong.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.ProblemAdvice;

/**
 * /error, in place of Spring Boot's BasicErrorController: what the container forwards here (404 and 405 without
 * a handler, 415, 413 of an oversize upload, a filter's sendError, an exception no advice caught) becomes
 * problem+json with a {@code code} under /api/** and the Vietnamese error page elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ObjectMapper objectMapper;
    private final ErrorAttributes errorAttributes;

    ErrorPages(ObjectMapper objectMapper, ErrorAttributes errorAttributes) {
        this.objectMapper = objectMapper;
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        ErrorCode code =
                status == 413 && error != null ? ProblemAdvice.uploadTooLarge(error) : ErrorCode.ofStatus(status);
        response.setStatus(status);
        if (ContainerErrors.wantsProblem(path, request.getHeader("Accept"))) {
            response.setContentType(ContainerErrors.PROBLEM_JSON);
            response.getOutputStream().write(ContainerErrors.problem(objectMapper, status, code, path));
            return null;
        }
        if (status == 404) {
            return new ModelAndView("error/404");
        }
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("detail", code.message());
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code && code >= 400 ? code : 500;
    }
}
