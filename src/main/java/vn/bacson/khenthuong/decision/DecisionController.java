package vn.bacson.khenthuong.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.identity.CurrentUser;

@RestController
@Tag(name = "Decisions", description = "The chairman's Quyết định for many dossiers under one number, frozen")
class DecisionController {

    private final ChairmanDecisionService service;
    private final DossierRepository dossiers;

    DecisionController(ChairmanDecisionService service, DossierRepository dossiers) {
        this.service = service;
        this.dossiers = dossiers;
    }

    /**
     * A stored form of the decision: its SHA-256 lets anyone check a copy against the signed one; a digitally
     * signed PDF names its signer and signing time.
     */
    record DocumentView(
            String format, String url, String sha256, long size, Instant frozenAt, Instant signedAt, String signer) {}

    record DecisionView(
            UUID id,
            String number,
            LocalDate decidedOn,
            UUID campaignId,
            String decidedBy,
            String comment,
            List<UUID> dossierIds,
            String pdf,
            String docx,
            List<DocumentView> documents) {}

    private DecisionView view(Decision d) {
        List<DocumentView> documents = service.frozen(d.id()).stream()
                .map(f -> new DocumentView(
                        f.format().name(),
                        url(d.id(), f.format()),
                        f.sha256(),
                        f.size(),
                        f.createdAt(),
                        f.signedAt(),
                        f.signerName()))
                .toList();
        return new DecisionView(
                d.id(),
                d.number(),
                d.decidedOn(),
                d.campaignId(),
                d.decidedBy(),
                d.comment(),
                service.dossierIds(d.id()),
                url(d.id(), DocumentFormat.PDF),
                url(d.id(), DocumentFormat.DOCX),
                documents);
    }

    private static String url(UUID id, DocumentFormat format) {
        return "/api/decisions/" + id + "/document." + format.extension();
    }

    @PostMapping("/api/decisions")
    @Operation(
            summary = "Decide a batch: completes the CHAIRMAN_DECISION task of every dossier concerned under "
                    + "ONE decision number, all or nothing; the decision documents are drawn up and frozen")
    ResponseEntity<DecisionView> decide(@RequestBody DecisionRequest request, CurrentUser user) {
        Decision decision = service.decide(request, user);
        return ResponseEntity.created(URI.create("/api/decisions/" + decision.id()))
                .body(view(decision));
    }

    @PostMapping("/api/decisions/preview")
    @Operation(summary = "The draft Quyết định (PDF) of a batch before signing; takes no number, stores nothing")
    ResponseEntity<byte[]> preview(
            @RequestBody DecisionRequest request, @RequestParam(defaultValue = "pdf") String format, CurrentUser user) {
        DocumentFormat documentFormat = DocumentResponses.format(format);
        return DocumentResponses.download(
                service.preview(request, user, documentFormat), documentFormat, "du-thao-quyet-dinh");
    }

    @GetMapping("/api/decisions")
    PageResult<DecisionView> list(
            @RequestParam UUID campaignId, @ParameterObject PageQuery pageQuery, CurrentUser user) {
        requireStaff(user);
        return service.list(campaignId, pageQuery).map(this::view);
    }

    @GetMapping("/api/decisions/{id}")
    @Operation(summary = "One decision: staff, or a unit one of whose dossiers it decides (404 for any other)")
    DecisionView get(@PathVariable UUID id, CurrentUser user) {
        return view(visibleTo(user, id));
    }

    @GetMapping("/api/decisions/{id}/document.{extension}")
    @Operation(
            summary = "The decision as signed (document.pdf or document.docx): the stored, frozen bytes; staff, or "
                    + "a unit one of whose dossiers it decides (404 for any other decision)")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String extension, CurrentUser user) {
        DocumentFormat format = DocumentResponses.format(extension);
        Decision decision = visibleTo(user, id);
        return DocumentResponses.download(service.document(decision, format), format, service.fileName(decision));
    }

    /** Staff see every decision; a unit only those about its dossiers, and learns nothing of others (404). */
    private Decision visibleTo(CurrentUser user, UUID id) {
        Decision decision = decision(id);
        if (!user.isStaff() && !concernsUnitOf(decision, user)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng.");
        }
        return decision;
    }

    private boolean concernsUnitOf(Decision decision, CurrentUser user) {
        return user.unitCode() != null
                && service.dossierIds(decision.id()).stream()
                        .map(dossiers::find)
                        .flatMap(java.util.Optional::stream)
                        .anyMatch(d -> user.unitCode().equals(d.unitCode()));
    }

    private Decision decision(UUID id) {
        return service.find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng."));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }
}
