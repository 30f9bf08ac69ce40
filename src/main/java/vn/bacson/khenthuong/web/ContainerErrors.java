package vn.bacson.khenthuong.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.ProblemAdvice;

/**
 * The shape of an error answered by status alone (by /error or by the container's valve): problem+json with a
 * {@code code} for the API, a short Vietnamese page for everything else. Never a stack trace, never Tomcat's page.
 */
final class ContainerErrors {

    static final String PROBLEM_JSON = "application/problem+json";

    private ContainerErrors() {}

    /**
     * problem+json for /api/** and for clients that ask for JSON and not for HTML; also when the request line
     * could not even be read (no path known) and the client did not say it wants HTML.
     */
    static boolean wantsProblem(String path, String accept) {
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            return true;
        }
        if (path == null || path.isEmpty()) {
            return accept == null || !accept.contains("text/html");
        }
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    static byte[] problem(ObjectMapper mapper, int status, ErrorCode code, String path) throws IOException {
        ProblemDetail body = ProblemAdvice.body(code, code.message(), List.of(), path);
        if (status != code.status().value()) {
            body.setStatus(status);
            HttpStatus known = HttpStatus.resolve(status);
            body.setTitle(known == null ? null : known.getReasonPhrase());
        }
        return mapper.writeValueAsBytes(body);
    }

    /** The page of the valve, which cannot render templates: plain Vietnamese text and a way home. */
    static String page(int status, ErrorCode code) {
        String message = HtmlUtils.htmlEscape(status == 404 ? ErrorCode.NOT_FOUND.message() : code.message());
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi " + status
                + "</title></head>\n<body><main><p>" + status + "</p><h1>Rất tiếc, đã có lỗi xảy ra</h1><p>"
                + message + "</p><p><a href=\"/\">Về trang chủ</a></p></main></body></html>\n";
    }
}
