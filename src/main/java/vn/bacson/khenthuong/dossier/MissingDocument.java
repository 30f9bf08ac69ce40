package vn.bacson.khenthuong.dossier;

import java.util.UUID;

/** A document the dossier still lacks; nomineeId is set for a per-nominee achievement report. */
public record MissingDocument(DocumentKind kind, UUID nomineeId) {}
