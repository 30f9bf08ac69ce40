package vn.bacson.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

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
        String uploadedBy) {

    static DocumentView of(DocumentInfo d, ZoneId zone) {
        return new DocumentView(
                d.id(),
                d.kind(),
                d.nomineeId(),
                d.fileName(),
                d.contentType(),
                d.size(),
                d.sha256(),
                d.uploadedAt().atZone(zone).toOffsetDateTime(),
                d.uploadedBy());
    }
}
