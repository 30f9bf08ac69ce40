package vn.bacson.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.signature.SignatureCheck;

/** A document's metadata as the API shows it. */
public record DocumentView(
        UUID id,
        DocumentKind kind,
        UUID nomineeId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        OffsetDateTime uploadedAt,
        String uploadedBy,
        /* the digital signatures found in a PDF (empty when unsigned or not a PDF) */
        List<SignatureCheck> signatures) {

    static DocumentView of(DocumentInfo d, ZoneId zone) {
        return of(d, zone, List.of());
    }

    static DocumentView of(DocumentInfo d, ZoneId zone, List<SignatureCheck> signatures) {
        return new DocumentView(
                d.id(),
                d.kind(),
                d.nomineeId(),
                d.fileName(),
                d.contentType(),
                d.size(),
                d.sha256(),
                d.uploadedAt().atZone(zone).toOffsetDateTime(),
                d.uploadedBy(),
                signatures);
    }
}
