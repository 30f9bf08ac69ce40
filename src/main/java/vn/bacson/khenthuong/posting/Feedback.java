package vn.bacson.khenthuong.posting;

import java.time.Instant;
import java.util.UUID;

/** A citizen's message about a posted dossier (or one of its nominees), as stored. */
record Feedback(
        UUID id,
        UUID dossierId,
        UUID nomineeId,
        String senderName,
        String contact,
        String content,
        Instant receivedAt,
        String senderHash) {}
