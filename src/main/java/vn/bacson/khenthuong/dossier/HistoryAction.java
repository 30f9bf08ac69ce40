package vn.bacson.khenthuong.dossier;

/** What happened to a dossier, as shown in its history. */
public enum HistoryAction {
    CREATED,
    UPDATED,
    DOCUMENT_ADDED,
    DOCUMENT_REMOVED,
    SUBMITTED,
    RESUBMITTED,
    CHECKED,
    AMENDMENT_REQUESTED,
    EXPIRED,
    REJECTED,
    TASK_CREATED,
    CLAIMED,
    UNCLAIMED,
    SELECTED,
    APPRAISED,
    COUNCIL_REVIEWED,
    DECIDED,
    RETURNED,
    PROPOSED_TO_PROVINCE,
    PROVINCE_REMINDER,
    PROVINCE_DECIDED,
    OVERDUE,
    WITHDRAWN,
    NOTIFIED,
    /** The nominees were posted publicly (niêm yết công khai) before the council meets. */
    POSTING_OPENED,
    /** The public posting ended (its time was up, or the dossier was withdrawn). */
    POSTING_CLOSED
}
