package vn.bacson.khenthuong.notification;

/**
 * PENDING: waiting (again) for delivery; SENDING: a node holds the lease and is talking to the SMTP server;
 * SENT: accepted by the server; FAILED: refused for good (5xx, invalid address) or too many attempts;
 * EXPIRED: not sent, because what it said was no longer true when its turn came (its valid_until had passed).
 */
public enum NotificationStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    EXPIRED
}
