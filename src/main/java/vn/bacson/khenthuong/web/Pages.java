package vn.bacson.khenthuong.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;

/** What every feature's pages share: field errors of a refused form, and the policy of documents shown inline. */
public final class Pages {

    /**
     * The Content-Security-Policy of an uploaded or generated document shown in the browser: nothing of it may run,
     * and the browser's PDF viewer needs object-src for its plugin.
     */
    public static final String INLINE_DOCUMENT_CSP = "default-src 'none'; img-src 'self' data:; "
            + "style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

    /** Codes that show the "not found" page: a record the user may not see is the same as a missing one. */
    private static final Set<ErrorCode> NOT_FOUND = EnumSet.of(
            ErrorCode.NOT_FOUND,
            ErrorCode.PROVINCE_PROPOSAL_NOT_FOUND,
            ErrorCode.DOSSIER_NOT_FOUND,
            ErrorCode.DOCUMENT_NOT_FOUND,
            ErrorCode.NOMINEE_NOT_FOUND,
            ErrorCode.ACHIEVEMENT_REPORT_NOT_FOUND,
            ErrorCode.TASK_NOT_FOUND,
            ErrorCode.COMMUNE_NOT_FOUND,
            ErrorCode.CAMPAIGN_NOT_FOUND);

    private Pages() {}

    public static boolean isNotFound(ErrorCode code) {
        return NOT_FOUND.contains(code);
    }

    /** A service's field violations by field, for showing next to each field; the message alone under "". */
    public static Map<String, String> fieldErrors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.merge(v.field(), v.message(), (a, b) -> a + " " + b);
        }
        if (errors.isEmpty()) {
            errors.put("", e.getMessage());
        }
        return errors;
    }
}
