package vn.bacson.khenthuong.notification;

import java.time.Instant;
import java.util.UUID;

/** One recorded message for one recipient. */
public record Notification(
        UUID id,
        NotificationEvent event,
        String dedupeKey,
        String to,
        String subject,
        UUID dossierId,
        UUID campaignId,
        String payload,
        NotificationStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
