package vn.bacson.khenthuong.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.signature.PdfSignatureVerifier;
import vn.bacson.khenthuong.signature.SignatureCheck;

/**
 * The digital signatures of the uploaded PDFs: checked once when a file arrives and kept with it; a PDF stored
 * before the checks existed is checked when it is shown.
 */
@Component
class DocumentSignatures {

    private static final TypeReference<List<SignatureCheck>> CHECKS = new TypeReference<>() {};

    private final PdfSignatureVerifier verifier;
    private final DocumentRepository documents;
    private final ObjectMapper json;

    DocumentSignatures(PdfSignatureVerifier verifier, DocumentRepository documents, ObjectMapper json) {
        this.verifier = verifier;
        this.documents = documents;
        this.json = json;
    }

    /** Checks a file being stored; null for what is not a PDF (nothing to check). */
    String checkOnUpload(String contentType, byte[] bytes) {
        if (!isPdf(contentType)) {
            return null;
        }
        return write(verifier.check(bytes));
    }

    /** The documents of a dossier as the API and the pages show them, with their signatures. */
    List<DocumentView> views(UUID dossierId, java.time.ZoneId zone) {
        Map<UUID, String> stored = documents.signatures(dossierId);
        return documents.findByDossier(dossierId).stream()
                .map(d -> DocumentView.of(d, zone, signatures(d, stored.get(d.id()))))
                .toList();
    }

    /** The documents of several dossiers (a page of the list), with two queries in all. */
    Map<UUID, List<DocumentView>> views(java.util.Collection<UUID> dossierIds, java.time.ZoneId zone) {
        Map<UUID, String> stored = documents.signatures(dossierIds);
        Map<UUID, List<DocumentView>> found = new java.util.HashMap<>();
        for (DocumentInfo d : documents.findByDossiers(dossierIds)) {
            found.computeIfAbsent(d.dossierId(), k -> new java.util.ArrayList<>())
                    .add(DocumentView.of(d, zone, signatures(d, stored.get(d.id()))));
        }
        return found;
    }

    List<SignatureCheck> signatures(DocumentInfo document, String stored) {
        if (!isPdf(document.contentType())) {
            return List.of();
        }
        if (stored == null) {
            return verifier.check(documents.content(document.id()));
        }
        try {
            return json.readValue(stored, CHECKS);
        } catch (JsonProcessingException e) {
            return verifier.check(documents.content(document.id()));
        }
    }

    private String write(List<SignatureCheck> checks) {
        try {
            return json.writeValueAsString(checks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPdf(String contentType) {
        return "application/pdf".equals(contentType);
    }
}
