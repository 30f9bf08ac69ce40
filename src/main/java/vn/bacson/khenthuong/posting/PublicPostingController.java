package vn.bacson.khenthuong.posting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.commune.PublicCommunes;
import vn.bacson.khenthuong.dossier.FeedbackView;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Public posting (niêm yết công khai) over HTTP: the list and the feedback of citizens need no login; the
 * feedback of a dossier is read by staff only.
 */
@Tag(name = "Niêm yết công khai", description = "Nominees under public posting before the council, and feedback")
@RestController
class PublicPostingController {

    /** A feedback body is a few fields of text: anything larger is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final PublicPostingService postings;
    private final ObjectMapper json;
    private final PublicCommunes communes;

    PublicPostingController(PublicPostingService postings, ObjectMapper json, PublicCommunes communes) {
        this.postings = postings;
        this.json = json;
        this.communes = communes;
    }

    @Operation(
            summary = "Hồ sơ đang niêm yết công khai (dossiers under public posting; no login, paged)",
            description = "Nominees still proposed, with unit, award, a short achievement summary and the end of "
                    + "the posting. No personal data such as birth year or discipline. Unknown campaignId -> 404.")
    @GetMapping(path = "/api/public/postings", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResult<PostedDossier> postings(
            @RequestParam(required = false) UUID campaignId, @ParameterObject PageQuery pageQuery) {
        return communes.inDefault(() -> postings.openPostings(campaignId, pageQuery));
    }

    @Operation(summary = "Hồ sơ đang niêm yết công khai của một xã (as above; unknown commune -> 404)")
    @GetMapping(path = "/api/public/communes/{communeCode}/postings", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResult<PostedDossier> communePostings(
            @PathVariable String communeCode,
            @RequestParam(required = false) UUID campaignId,
            @ParameterObject PageQuery pageQuery) {
        return communes.in(communeCode, () -> postings.openPostings(campaignId, pageQuery));
    }

    @Operation(
            summary = "Gửi ý kiến về hồ sơ đang niêm yết (citizen feedback; no login, no CSRF token needed)",
            description = "201 with the receipt. Not under posting -> 404 PUBLIC_POSTING_NOT_FOUND; posting over or "
                    + "dossier withdrawn -> 409 PUBLIC_POSTING_CLOSED; invalid fields -> 400; more than "
                    + "app.public-posting.feedback-per-ip messages per address and window -> 429 "
                    + "FEEDBACK_RATE_LIMITED; body over 16 KB -> 413 REQUEST_TOO_LARGE.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = FeedbackRequest.class))))
    @PostMapping(
            path = "/api/public/postings/{dossierId}/feedback",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackReceipt> feedback(@PathVariable UUID dossierId, HttpServletRequest request)
            throws IOException {
        FeedbackRequest body = read(request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(communes.inDefault(() -> postings.submit(dossierId, body, request.getRemoteAddr())));
    }

    @Operation(summary = "Gửi ý kiến về hồ sơ đang niêm yết của một xã (as above; unknown commune -> 404)")
    @PostMapping(
            path = "/api/public/communes/{communeCode}/postings/{dossierId}/feedback",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackReceipt> communeFeedback(
            @PathVariable String communeCode, @PathVariable UUID dossierId, HttpServletRequest request)
            throws IOException {
        communes.require(communeCode);
        FeedbackRequest body = read(request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(communes.in(communeCode, () -> postings.submit(dossierId, body, request.getRemoteAddr())));
    }

    @Operation(
            summary = "Ý kiến của người dân về hồ sơ (staff: reviewers, office lead, chairman; newest first, paged)",
            description = "The proposing unit -> 403; another unit's or a missing dossier -> 404.")
    @GetMapping(path = "/api/dossiers/{id}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResult<FeedbackView> list(@PathVariable UUID id, @ParameterObject PageQuery pageQuery, CurrentUser user) {
        return postings.feedback(id, user, pageQuery);
    }

    /** Reads at most MAX_BODY_BYTES (a chunked body has no length to check beforehand). */
    private FeedbackRequest read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
        try {
            FeedbackRequest parsed = json.readValue(body, FeedbackRequest.class);
            if (parsed == null) {
                throw new DomainException(ErrorCode.MALFORMED_REQUEST);
            }
            return parsed;
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null) {
                throw new DomainException(ErrorCode.MALFORMED_REQUEST);
            }
            throw DomainException.invalid(
                    e.getPath().get(0).getFieldName(), "INVALID_VALUE", "Kiểu dữ liệu của trường này không đúng.");
        } catch (JsonMappingException e) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        } catch (JsonProcessingException e) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
    }

    private static DomainException tooLarge() {
        return new DomainException(
                ErrorCode.REQUEST_TOO_LARGE,
                "Nội dung gửi lên quá dài: tối đa " + (MAX_BODY_BYTES / 1024) + " KB; nội dung ý kiến tối đa "
                        + PublicPostingService.MAX_CONTENT + " ký tự.");
    }
}
