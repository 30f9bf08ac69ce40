package vn.bacson.khenthuong.common;

import java.util.List;

/** A business rule said no. Mapped to problem+json by {@link ProblemAdvice}. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<FieldViolation> violations;

    public DomainException(ErrorCode code) {
        this(code, code.message(), List.of());
    }

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public DomainException(ErrorCode code, String detail, List<FieldViolation> violations) {
        super(detail);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static DomainException invalid(List<FieldViolation> violations) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.message(), violations);
    }

    public static DomainException invalid(String field, String code, String message) {
        return invalid(List.of(new FieldViolation(field, code, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
