package vn.bacson.khenthuong.notification;

import vn.bacson.khenthuong.notification.NoticePayload.AmendmentDueNotice;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentNotice;
import vn.bacson.khenthuong.notification.NoticePayload.CampaignLaunchedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DecisionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierReceivedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.ProvinceProposalNotice;
import vn.bacson.khenthuong.notification.NoticePayload.PublicFeedbackNotice;
import vn.bacson.khenthuong.notification.NoticePayload.RejectionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.SubmissionReminderNotice;
import vn.bacson.khenthuong.notification.NoticePayload.TaskNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowClosedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowOpenedNotice;

/** Every event the workflow records for delivery by e-mail, with the one payload each carries. */
public enum NotificationEvent {
    CAMPAIGN_LAUNCHED(CampaignLaunchedNotice.class),
    WINDOW_OPENED(WindowOpenedNotice.class),
    SUBMISSION_REMINDER(SubmissionReminderNotice.class),
    WINDOW_CLOSED(WindowClosedNotice.class),
    DOSSIER_RECEIVED(DossierReceivedNotice.class),
    AMENDMENT_REQUESTED(AmendmentNotice.class),
    AMENDMENT_DUE_SOON(AmendmentDueNotice.class),
    DOSSIER_EXPIRED(DossierNotice.class),
    DOSSIER_RETURNED(AmendmentNotice.class),
    DOSSIER_REJECTED(RejectionNotice.class),
    DOSSIER_DECIDED(DecisionNotice.class),
    PROVINCE_PROPOSED(DecisionNotice.class),
    PROVINCE_REMINDER(DossierNotice.class),
    PROVINCE_DECIDED(DossierNotice.class),
    TASK_CREATED(TaskNotice.class),
    TASK_OVERDUE(TaskNotice.class),
    DOSSIER_WITHDRAWN(DossierNotice.class),
    /** Citizens sent feedback about a dossier under public posting (to the office lead, at most hourly per dossier). */
    PUBLIC_FEEDBACK_RECEIVED(PublicFeedbackNotice.class),
    /** The province returned a commune's proposal for amendment (to the commune's culture-social office). */
    PROVINCE_PROPOSAL_RETURNED(ProvinceProposalNotice.class),
    /** The province decided a commune's proposal (to the commune's culture-social office). */
    PROVINCE_PROPOSAL_DECIDED(ProvinceProposalNotice.class),
    /** A province review task is overdue, or a returned proposal was not sent again in time. */
    PROVINCE_PROPOSAL_OVERDUE(ProvinceProposalNotice.class);

    private final Class<? extends NoticePayload> payloadType;

    NotificationEvent(Class<? extends NoticePayload> payloadType) {
        this.payloadType = payloadType;
    }

    /**
     * Whether the province writes it (its review of a commune's proposal): the e-mail then carries the province's
     * letterhead, not the commune's whose proposal it is about.
     */
    public boolean fromProvince() {
        return this == PROVINCE_PROPOSAL_RETURNED
                || this == PROVINCE_PROPOSAL_DECIDED
                || this == PROVINCE_PROPOSAL_OVERDUE;
    }

    /** The record the event's notices carry: the recorder refuses any other, the mail reads the stored JSON as it. */
    public Class<? extends NoticePayload> payloadType() {
        return payloadType;
    }
}
