package vn.bacson.khenthuong.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.DocumentService;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * Documents on the pages: the plain multipart upload (the page's script posts to the JSON API instead, with a
 * progress bar), removal, and the inline view that previews a PDF or an image inside the page. Access rules are
 * {@link DocumentService}'s: another unit's document is "not found".
 */
@PageController
class DocumentPages {

    /** Refusals of an upload or a removal, shown as a message on the dossier page. */
    static final Set<ErrorCode> UPLOAD_REFUSALS = EnumSet.of(
            ErrorCode.VALIDATION_FAILED,
            ErrorCode.UNSUPPORTED_FILE_TYPE,
            ErrorCode.FILE_TOO_LARGE,
            ErrorCode.UNKNOWN_NOMINEE,
            ErrorCode.DOSSIER_NOT_EDITABLE,
            ErrorCode.FORBIDDEN);

    private final DocumentService documents;
    private final Flash flash;

    DocumentPages(DocumentService documents, Flash flash) {
        this.documents = documents;
        this.flash = flash;
    }

    @PostMapping("/dossiers/{id}/documents")
    String upload(
            @PathVariable UUID id,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) UUID nomineeId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                documents.upload(id, kind, nomineeId, null, 0, null, user);
            } else {
                documents.upload(id, kind, nomineeId, file.getOriginalFilename(), file.getSize(), file, user);
            }
            flash.success(redirect, "document.flash.uploaded");
        } catch (DomainException e) {
            if (!UPLOAD_REFUSALS.contains(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", detail(e));
        }
        return "redirect:/dossiers/" + id + "#documents";
    }

    @PostMapping("/dossiers/{id}/documents/{documentId}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user, RedirectAttributes redirect) {
        try {
            documents.delete(id, documentId, user);
            flash.success(redirect, "document.flash.deleted");
        } catch (DomainException e) {
            if (!UPLOAD_REFUSALS.contains(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", detail(e));
        }
        return "redirect:/dossiers/" + id + "#documents";
    }

    /** PDF and images inline (for the preview frame); any other type as an attachment. */
    @GetMapping("/dossiers/{id}/documents/{documentId}/view")
    ResponseEntity<byte[]> view(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        DocumentService.DocumentContent content = documents.download(id, documentId, user);
        String type = content.info().contentType();
        boolean inline = DossierPageModel.INLINE_TYPES.contains(type);
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(content.info().fileName(), StandardCharsets.UTF_8)
                .build();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .contentLength(content.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (inline) {
            answer.header("Content-Security-Policy", Pages.INLINE_DOCUMENT_CSP);
        }
        return answer.body(content.bytes());
    }

    private static String detail(DomainException e) {
        if (e.violations().isEmpty()) {
            return e.getMessage();
        }
        return String.join(" ", e.violations().stream().map(v -> v.message()).toList());
    }
}
