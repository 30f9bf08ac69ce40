package vn.bacson.khenthuong.dossier;

import java.time.Instant;
import java.util.UUID;

/** A document's metadata (the bytes are read separately). */
public record DocumentInfo(
        UUID id,
        UUID dossierId,
        DocumentKind kind,
        UUID nomineeId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
