package vn.bacson.khenthuong.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.documents.DocumentRenderer;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.identity.CurrentUser;

@RestController
@Tag(name = "Council sessions", description = "One council meeting for many dossiers, and its minutes")
class CouncilSessionController {

    private final CouncilSessionService service;
    private final DocumentRenderer renderer;

    CouncilSessionController(CouncilSessionService service, DocumentRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    /** A session as the API shows it. */
    record SessionView(
            UUID id,
            UUID campaignId,
            LocalDate meetingDate,
            int membersTotal,
            int membersPresent,
            int absentWrittenOpinions,
            String comment,
            String recordedBy,
            Instant recordedAt,
            List<UUID> dossierIds,
            List<CouncilSession.Vote> votes,
            String minutesPdf,
            String minutesDocx) {

        static SessionView of(CouncilSession s) {
            return new SessionView(
                    s.id(),
                    s.campaignId(),
                    s.meetingDate(),
                    s.membersTotal(),
                    s.membersPresent(),
                    s.absentWrittenOpinions(),
                    s.comment(),
                    s.recordedBy(),
                    s.recordedAt(),
                    s.dossierIds(),
                    s.votes(),
                    minutes(s.id(), "pdf"),
                    minutes(s.id(), "docx"));
        }
    }

    static String minutes(UUID id, String extension) {
        return "/api/council-sessions/" + id + "/minutes." + extension;
    }

    @PostMapping("/api/council-sessions")
    @Operation(
            summary = "Record a council meeting: completes the COUNCIL_REVIEW task of every dossier whose "
                    + "nominees are voted on, all or nothing (400 INCOMPLETE_VOTES when a dossier's eligible nominees are "
                    + "not all listed)")
    ResponseEntity<Map<String, Object>> record(@RequestBody CouncilSessionRequest request, CurrentUser user) {
        CouncilSession session = service.record(request, user);
        return ResponseEntity.created(URI.create("/api/council-sessions/" + session.id()))
                .body(Map.of(
                        "id",
                        session.id(),
                        "dossierIds",
                        session.dossierIds(),
                        "minutesPdf",
                        minutes(session.id(), "pdf"),
                        "minutesDocx",
                        minutes(session.id(), "docx")));
    }

    @GetMapping("/api/council-sessions")
    PageResult<SessionView> list(
            @RequestParam UUID campaignId, @ParameterObject PageQuery pageQuery, CurrentUser user) {
        requireStaff(user);
        return service.list(campaignId, pageQuery).map(SessionView::of);
    }

    @GetMapping("/api/council-sessions/{id}")
    SessionView get(@PathVariable UUID id, CurrentUser user) {
        requireStaff(user);
        return SessionView.of(session(id));
    }

    @GetMapping("/api/council-sessions/{id}/minutes.{extension}")
    @Operation(summary = "The Biên bản họp xét of the session, as PDF (minutes.pdf) or DOCX (minutes.docx)")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, @PathVariable String extension, CurrentUser user) {
        requireStaff(user);
        var format = DocumentResponses.format(extension);
        OfficialDocument document = service.minutes(session(id));
        return DocumentResponses.download(renderer.render(document, format), format, document.fileName());
    }

    private CouncilSession session(UUID id) {
        return service.find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy phiên họp Hội đồng."));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }
}
