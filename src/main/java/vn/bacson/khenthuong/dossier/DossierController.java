package vn.bacson.khenthuong.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.identity.CurrentUser;

@Tag(name = "Hồ sơ đề nghị khen thưởng", description = "Dossiers, their nominees and documents")
@RestController
@RequestMapping(path = "/api/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierController {

    private final DossierService dossiers;
    private final DocumentService documents;

    DossierController(DossierService dossiers, DocumentService documents) {
        this.dossiers = dossiers;
        this.documents = documents;
    }

    @Operation(summary = "Lập hồ sơ đề nghị (create a DRAFT dossier of the caller's unit)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierView> create(@RequestBody DossierRequest request, CurrentUser user) {
        DossierView view = dossiers.create(request, user);
        return ResponseEntity.created(URI.create("/api/dossiers/" + view.id())).body(view);
    }

    @Operation(summary = "Sửa hồ sơ (title and nominees, while DRAFT or AMENDMENT_REQUESTED)")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DossierView update(@PathVariable UUID id, @RequestBody DossierRequest request, CurrentUser user) {
        return dossiers.update(id, request, user);
    }

    @Operation(summary = "Danh sách hồ sơ (a unit sees its own, staff all; paged)")
    @GetMapping
    PageResult<DossierView> list(
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) String unit,
            @ParameterObject PageQuery pageQuery,
            CurrentUser user) {
        return dossiers.list(campaignId, status, unit, pageQuery, user);
    }

    @Operation(summary = "Xem hồ sơ (one dossier with nominees, documents, history and decision)")
    @GetMapping("/{id}")
    DossierView get(@PathVariable UUID id, CurrentUser user) {
        return dossiers.view(id, user);
    }

    @Operation(
            summary = "Gửi hồ sơ (submit; optional Idempotency-Key)",
            description = "Outside the window -> 409 SUBMISSION_WINDOW_CLOSED / SUBMISSION_WINDOW_NOT_OPEN and the "
                    + "dossier stays DRAFT. The same Idempotency-Key again answers the dossier as it stands.")
    @PostMapping("/{id}/submit")
    DossierView submit(
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            CurrentUser user) {
        return dossiers.submit(id, idempotencyKey, user);
    }

    @Operation(summary = "Rút hồ sơ (withdraw while not decided)")
    @PostMapping("/{id}/withdraw")
    DossierView withdraw(@PathVariable UUID id, CurrentUser user) {
        return dossiers.withdraw(id, user);
    }

    @Operation(summary = "Tải lên tài liệu (PDF, DOCX, DOC, JPEG, PNG; checked by content)")
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(
            @PathVariable UUID id,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) UUID nomineeId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            CurrentUser user) {
        DocumentView view = file == null
                ? documents.upload(id, kind, nomineeId, null, 0, null, user)
                : documents.upload(id, kind, nomineeId, file.getOriginalFilename(), file.getSize(), file, user);
        return ResponseEntity.created(URI.create("/api/dossiers/" + id + "/documents/" + view.id()))
                .body(view);
    }

    @Operation(summary = "Danh sách tài liệu của hồ sơ (document metadata)")
    @GetMapping("/{id}/documents")
    List<DocumentView> documents(@PathVariable UUID id, CurrentUser user) {
        return documents.list(id, user);
    }

    @Operation(summary = "Tải về tài liệu (the bytes, as an attachment)")
    @GetMapping(path = "/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        DocumentService.DocumentContent content = documents.download(id, documentId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.info().contentType()))
                .contentLength(content.bytes().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDispositions.attachment(content.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }

    @Operation(summary = "Xóa tài liệu (while the dossier is editable)")
    @DeleteMapping("/{id}/documents/{documentId}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        documents.delete(id, documentId, user);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
