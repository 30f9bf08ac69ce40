package vn.bacson.khenthuong.notification;

public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
