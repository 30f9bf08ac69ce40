package vn.bacson.khenthuong.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification row as the dispatcher sees it. */
record OutboxRow(
        UUID id,
        NotificationEvent event,
        String dedupeKey,
        String recipient,
        String subject,
        UUID dossierId,
        UUID campaignId,
        String payload,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt) {

    /** The stable Message-ID of the message that carries this row (a digest takes its first row's). */
    String messageId() {
        return "<" + id + "@khenthuong.bacson>";
    }
}
