package vn.bacson.khenthuong.decision;

import java.time.Instant;
import java.util.UUID;
import vn.bacson.khenthuong.documents.DocumentFormat;

/** A decision's document as frozen at the first "decided" e-mail: its hash, and who signed it when, once signed. */
public record FrozenDocument(
        UUID decisionId,
        DocumentFormat format,
        String contentType,
        long size,
        String sha256,
        Instant createdAt,
        Instant signedAt,
        String signerName) {}
