package vn.bacson.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A citizen's feedback as staff see it (GET /api/dossiers/{id}/feedback, the task and dossier pages).
 * senderFingerprint: the first 12 characters of the keyed hash of the sender's IP address, so that messages sent
 * from the same address can be recognised without keeping the address.
 */
public record FeedbackView(
        UUID id,
        UUID dossierId,
        UUID nomineeId,
        String nomineeName,
        String senderName,
        String contact,
        String content,
        OffsetDateTime receivedAt,
        String senderFingerprint) {}
