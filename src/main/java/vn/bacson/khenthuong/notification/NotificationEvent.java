package vn.bacson.khenthuong.notification;

/** Every event the workflow records for delivery by e-mail. */
public enum NotificationEvent {
    CAMPAIGN_LAUNCHED,
    WINDOW_OPENED,
    SUBMISSION_REMINDER,
    WINDOW_CLOSED,
    DOSSIER_RECEIVED,
    AMENDMENT_REQUESTED,
    AMENDMENT_DUE_SOON,
    DOSSIER_EXPIRED,
    DOSSIER_RETURNED,
    DOSSIER_REJECTED,
    DOSSIER_DECIDED,
    PROVINCE_PROPOSED,
    PROVINCE_REMINDER,
    PROVINCE_DECIDED,
    TASK_CREATED,
    TASK_OVERDUE,
    DOSSIER_WITHDRAWN,
    /** Citizens sent feedback about a dossier under public posting (to the office lead, at most hourly per dossier). */
    PUBLIC_FEEDBACK_RECEIVED
}
