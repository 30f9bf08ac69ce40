package vn.bacson.khenthuong.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.ProblemAdvice;
import vn.bacson.khenthuong.common.RequestTrace;

/**
 * 401 and 403 of the security filters as problem+json, shaped like every other error of the API (never a
 * redirect or an HTML page for an API client).
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "khen-thuong";
    static final String CSRF_DETAIL =
            "Yêu cầu thiếu mã xác thực chống giả mạo (CSRF) hoặc mã đã hết hạn. Vui lòng tải lại trang và thử lại.";

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // API clients learn that Basic works; pages of our own UI (htmx, XHR) must not get the browser's dialog
        if (request.getHeader("HX-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        write(request, response, ErrorCode.UNAUTHENTICATED, ErrorCode.UNAUTHENTICATED.message());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            // the request log names who was refused
            RequestTrace.noteUser(authentication.getName());
        }
        if (e instanceof CsrfException) {
            if (!isAuthenticated()) {
                // nobody is logged in: the missing login is the problem, not the missing token
                commence(request, response, null);
                return;
            }
            write(request, response, ErrorCode.FORBIDDEN, CSRF_DETAIL);
            return;
        }
        write(request, response, ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.message());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(
                response.getOutputStream(), ProblemAdvice.body(code, detail, List.of(), request.getRequestURI()));
    }

    private static boolean isAuthenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
