package vn.bacson.khenthuong.notification;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * What a notice says besides its subject: the contract between the step that asks for an e-mail and the mail that
 * is written from it. Each {@link NotificationEvent} carries exactly one of these records
 * ({@link NotificationEvent#payloadType()}); the outbox stores it as JSON whose keys are the record's components
 * (ids and moments as ISO strings, a window's last day as dd/MM/yyyy), and the mail reads it back typed. A mail
 * shows what our tables say now about the dossier and the campaign; the payload holds what the event itself knew.
 */
public sealed interface NoticePayload {

    /** The dossier's or the campaign's title when the event happened. */
    String title();

    /** A notice about one dossier. */
    sealed interface OfDossier extends NoticePayload {
        UUID dossierId();
    }

    /** A notice about one campaign. */
    sealed interface OfCampaign extends NoticePayload {
        UUID campaignId();
    }

    /** A notice that names the moment something is due (a task, an amendment) or ends (a public posting). */
    sealed interface Due extends OfDossier {
        Instant dueAt();
    }

    /** A notice about a campaign's submission window, naming its last day. */
    sealed interface OfWindow extends OfCampaign {
        LocalDate deadline();
    }

    /** DOSSIER_EXPIRED, DOSSIER_WITHDRAWN, PROVINCE_REMINDER, PROVINCE_DECIDED: the dossier, nothing more. */
    record DossierNotice(UUID dossierId, String title) implements OfDossier {}

    /** DOSSIER_RECEIVED: the counts of the criteria check that follows the receipt. */
    record DossierReceivedNotice(UUID dossierId, String title, int eligible, int ineligible, int pending)
            implements OfDossier {}

    /**
     * AMENDMENT_REQUESTED, DOSSIER_RETURNED: the amendment deadline and why (the reviewer's comment or the note on
     * nominees on hold; null when documents are missing, which the mail lists).
     */
    record AmendmentNotice(UUID dossierId, String title, Instant dueAt, String comment) implements Due {}

    /** AMENDMENT_DUE_SOON: the amendment deadline that is near. */
    record AmendmentDueNotice(UUID dossierId, String title, Instant dueAt) implements Due {}

    /** PUBLIC_FEEDBACK_RECEIVED: {@code dueAt} is when the public posting ends. */
    record PublicFeedbackNotice(UUID dossierId, String title, Instant dueAt) implements Due {}

    /** DOSSIER_REJECTED: the reason as the dossier's history states it. */
    record RejectionNotice(UUID dossierId, String title, String reason) implements OfDossier {}

    /** DOSSIER_DECIDED, PROVINCE_PROPOSED: the number of the commune's decision (null when it made none). */
    record DecisionNotice(UUID dossierId, String title, String decisionNumber) implements OfDossier {}

    /** TASK_CREATED, TASK_OVERDUE: the review task, its stage and its deadline (null: none). */
    record TaskNotice(UUID dossierId, String taskId, Stage stage, String title, Instant dueAt) implements Due {}

    /** CAMPAIGN_LAUNCHED: the campaign as announced to one unit. */
    record CampaignLaunchedNotice(UUID campaignId, String code, String title, String planNumber, String unit)
            implements OfCampaign {}

    /** WINDOW_OPENED: the window's last day, and the moment it closes (the message expires unsent then). */
    record WindowOpenedNotice(
            UUID campaignId,
            String title,

            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd/MM/yyyy")
            LocalDate deadline,

            Instant closesAt)
            implements OfWindow {}

    /**
     * SUBMISSION_REMINDER to a unit that has not submitted: days left before the deadline, and who asked for it
     * when the office lead did (absent for the scheduled reminders).
     */
    record SubmissionReminderNotice(
            UUID campaignId,
            String title,

            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd/MM/yyyy")
            LocalDate deadline,

            Integer daysBefore,
            String unit,
            @JsonInclude(JsonInclude.Include.NON_NULL) String requestedBy)
            implements OfWindow {}

    /** WINDOW_CLOSED, to the office lead: the names of the units that submitted and of those that did not. */
    record WindowClosedNotice(
            UUID campaignId,
            String title,

            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "dd/MM/yyyy")
            LocalDate deadline,

            List<String> submitted,
            List<String> notSubmitted)
            implements OfWindow {}

    /**
     * PROVINCE_PROPOSAL_RETURNED, PROVINCE_PROPOSAL_DECIDED, PROVINCE_PROPOSAL_OVERDUE: a commune's proposal to the
     * province (title: the commune and its Tờ trình), with the province's decision number, its comment, what is late
     * and when it is due, as far as the event knows them.
     */
    record ProvinceProposalNotice(
            UUID proposalId,
            String title,
            @JsonInclude(JsonInclude.Include.NON_NULL) String decisionNumber,
            @JsonInclude(JsonInclude.Include.NON_NULL) String comment,
            @JsonInclude(JsonInclude.Include.NON_NULL) String what,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant dueAt)
            implements NoticePayload {}
}
