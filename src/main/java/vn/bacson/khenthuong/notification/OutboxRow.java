package vn.bacson.khenthuong.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification row as the dispatcher sees it; validUntil null = true whenever it is sent. The dispatcher serves
 * every commune and renders and sends each message in its row's commune.
 */
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
        Instant nextAttemptAt,
        Instant validUntil,
        String communeCode) {

    /** The message is no longer true at this moment (the window it announces has closed): not to be sent. */
    boolean expiredAt(Instant now) {
        return validUntil != null && !now.isBefore(validUntil);
    }

    /** The stable Message-ID of the message that carries this row (a digest takes its first row's). */
    String messageId() {
        return "<" + id + "@khenthuong.bacson>";
    }
}
