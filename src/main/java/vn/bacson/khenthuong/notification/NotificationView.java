package vn.bacson.khenthuong.notification;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One recorded message as GET /api/notifications lists it. {@code status} is PENDING, SENT, FAILED or EXPIRED (a row
 * being sent right now shows PENDING); {@code lastError} is the SMTP server's reply of the last failed attempt, or
 * why an EXPIRED row was not sent.
 */
record NotificationView(
        UUID id,
        String to,
        String subject,
        NotificationEvent event,
        NotificationStatus status,
        int attempts,
        OffsetDateTime sentAt,
        UUID dossierId,
        UUID campaignId,
        String lastError) {

    static NotificationView of(Notification n, ZoneId zone) {
        NotificationStatus shown = n.status() == NotificationStatus.SENDING ? NotificationStatus.PENDING : n.status();
        return new NotificationView(
                n.id(),
                n.to(),
                n.subject(),
                n.event(),
                shown,
                n.attempts(),
                n.sentAt() == null ? null : n.sentAt().atZone(zone).toOffsetDateTime(),
                n.dossierId(),
                n.campaignId(),
                n.lastError());
    }
}
