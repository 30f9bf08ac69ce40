package vn.bacson.khenthuong.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * Tomcat's error report for what never reaches the application (an invalid or undecodable URI, %00 in a path, a
 * request line or header over the limit) and for what /error itself could not answer: problem+json for /api/**,
 * a plain Vietnamese page elsewhere; never Tomcat's HTML page with its version or a stack trace.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final ObjectMapper objectMapper;

    ProblemErrorReportValve(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = path(request);
        ErrorCode code = ErrorCode.ofStatus(status);
        try {
            String body;
            if (ContainerErrors.wantsProblem(path, header(request, "Accept"))) {
                response.setContentType(ContainerErrors.PROBLEM_JSON);
                body = new String(ContainerErrors.problem(objectMapper, status, code, path), StandardCharsets.UTF_8);
            } else {
                response.setContentType("text/html");
                body = ContainerErrors.page(status, code);
            }
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written any more: nothing left to tell
        }
    }

    /** The raw request path as the client sent it (undecoded: it may be exactly what was refused). */
    private static String path(Request request) {
        try {
            String uri = request.getCoyoteRequest().requestURI().toString();
            return uri == null ? "" : uri;
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String header(Request request, String name) {
        try {
            return request.getHeader(name);
        } catch (RuntimeException unparsed) {
            return null;
        }
    }
}
