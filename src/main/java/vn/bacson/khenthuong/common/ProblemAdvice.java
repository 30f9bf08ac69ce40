package vn.bacson.khenthuong.common;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one place where exceptions become RFC 9457 problem+json answers with a stable code. */
@RestControllerAdvice(basePackages = "vn.bacson.khenthuong")
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final int MAX_INSTANCE = 500;

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        return problem(e.code(), e.getMessage(), e.violations(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), codeOf(f.getCode()), f.getDefaultMessage()))
                .toList();
        return problem(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.message(), violations, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = pathOf(mismatch);
            String message = mismatch instanceof InvalidFormatException
                    ? "Giá trị không hợp lệ cho trường này."
                    : "Kiểu dữ liệu của trường này không đúng.";
            return problem(
                    ErrorCode.VALIDATION_FAILED,
                    ErrorCode.VALIDATION_FAILED.message(),
                    List.of(new FieldViolation(field, "INVALID_VALUE", message)),
                    request);
        }
        return problem(ErrorCode.MALFORMED_REQUEST, ErrorCode.MALFORMED_REQUEST.message(), List.of(), request);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> missingParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MissingServletRequestParameterException p
                ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return problem(
                ErrorCode.VALIDATION_FAILED,
                ErrorCode.VALIDATION_FAILED.message(),
                List.of(new FieldViolation(name, "REQUIRED", "Trường này là bắt buộc.")),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(
                ErrorCode.VALIDATION_FAILED,
                ErrorCode.VALIDATION_FAILED.message(),
                List.of(new FieldViolation(e.getName(), "INVALID_VALUE", "Giá trị không hợp lệ cho trường này.")),
                request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        ErrorCode code = uploadTooLarge(e);
        return problem(code, code.message(), List.of(), request);
    }

    /**
     * FILE_TOO_LARGE when one file passed spring.servlet.multipart.max-file-size, REQUEST_TOO_LARGE when the
     * whole multipart request passed max-request-size (Tomcat's two FileUpload exceptions, by name).
     */
    public static ErrorCode uploadTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException")) {
                return ErrorCode.FILE_TOO_LARGE;
            }
            if (name.equals("SizeLimitExceededException")) {
                return ErrorCode.REQUEST_TOO_LARGE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return ErrorCode.FILE_TOO_LARGE;
    }

    /** A part the container cannot read (a NUL in a file name): the upload's file field is refused. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badPart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge, request);
        }
        return problem(
                ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.message(), List.of(unreadablePart()), request);
    }

    /** The field error of an upload whose multipart body cannot be read (the forms have one file part, "file"). */
    public static FieldViolation unreadablePart() {
        return new FieldViolation(
                "file",
                TextRules.CONTROL_CHARACTER,
                "Tên tệp hoặc phần tải lên chứa ký tự không hợp lệ (ví dụ ký tự NUL). Vui lòng đổi tên tệp rồi tải lại.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_MEDIA_TYPE.message(), List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(ErrorCode.METHOD_NOT_ALLOWED, ErrorCode.METHOD_NOT_ALLOWED.message(), List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.message(), List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.message(), List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return ResponseEntity.status(ErrorCode.SERVICE_UNAVAILABLE.status())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body(
                            ErrorCode.SERVICE_UNAVAILABLE,
                            ErrorCode.SERVICE_UNAVAILABLE.message(),
                            List.of(),
                            request.getRequestURI()));
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.message(), List.of(), request);
    }

    /**
     * Builds the problem body; also used by the security entry points so 401/403 look the same. Carries the
     * request's {@code traceId} (see {@link RequestTrace}) whenever a request is being served.
     */
    public static ProblemDetail body(ErrorCode code, String detail, List<FieldViolation> violations, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(URI.create("https://khenthuong.bacson.example/problems/"
                + code.name().toLowerCase().replace('_', '-')));
        problem.setTitle(code.status().getReasonPhrase());
        URI instance = instance(path);
        if (instance != null) {
            problem.setInstance(instance);
        }
        problem.setProperty("code", code.name());
        String traceId = RequestTrace.currentId();
        if (traceId != null) {
            // the request's correlation id: the same value as the X-Request-Id header and in the request's log lines
            problem.setProperty("traceId", traceId);
        }
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }

    /**
     * The request path as the problem's instance; a path that is no valid URI (malformed percent-encoding) or
     * absurdly long (a 10,000-character id) is left out or cut, never a reason to fail the error answer itself.
     */
    private static URI instance(String path) {
        if (path == null) {
            return null;
        }
        String cut = path.length() > MAX_INSTANCE ? path.substring(0, MAX_INSTANCE) : path;
        try {
            return URI.create(cut);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(
            ErrorCode code, String detail, List<FieldViolation> violations, HttpServletRequest request) {
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(code, detail, violations, request.getRequestURI()));
    }

    private static String codeOf(String constraint) {
        if (constraint == null) {
            return "INVALID_VALUE";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size", "Length" -> "SIZE";
            case "Min", "Positive", "PositiveOrZero" -> "MIN";
            case "Max" -> "MAX";
            case "Email" -> "EMAIL";
            case "Pattern" -> "PATTERN";
            default -> constraint.toUpperCase();
        };
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
