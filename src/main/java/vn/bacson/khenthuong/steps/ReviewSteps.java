package vn.bacson.khenthuong.steps;

import static vn.bacson.khenthuong.dossier.HistoryRepository.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.council.CouncilVoteRule;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.notification.NoticePayload.PublicFeedbackNotice;
import vn.bacson.khenthuong.notification.NoticePayload.TaskNotice;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.posting.PublicPostingService;

/**
 * What the review stages of a CommendationProposal do to our tables: a stage's task created or overdue, the
 * council's votes tallied, the public posting before the council and citizens' feedback on it.
 */
@Service
public class ReviewSteps {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final CouncilVoteRule councilRule;
    private final Recipients recipients;
    private final Notifier notifier;
    private final PublicPostingService postings;
    private final ProposalRecords records;
    private final Clock clock;

    ReviewSteps(
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            CouncilVoteRule councilRule,
            Recipients recipients,
            Notifier notifier,
            PublicPostingService postings,
            ProposalRecords records,
            Clock clock) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.history = history;
        this.councilRule = councilRule;
        this.recipients = recipients;
        this.notifier = notifier;
        this.postings = postings;
        this.records = records;
        this.clock = clock;
    }

    public void reviewTaskCreated(UUID dossierId, String taskId, Stage stage, Instant dueAt) {
        Instant now = clock.instant();
        dossiers.updateStatus(dossierId, DossierStatus.IN_REVIEW, stage, now);
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.TASK_CREATED,
                stage,
                dueAt == null ? null : "Hạn xử lý: " + notifier.date(dueAt) + ".");
        Dossier dossier = records.dossier(dossierId);
        notifier.record(
                NotificationEvent.TASK_CREATED,
                "TASK_CREATED:" + taskId,
                recipients.groupMembers(stage.candidateGroup()),
                "Công việc mới - " + Notifier.stageLabel(stage) + ": " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                new TaskNotice(dossierId, taskId, stage, dossier.title(), dueAt));
    }

    public void escalateOverdue(UUID dossierId, String taskId, Stage stage, Instant dueAt) {
        Instant now = clock.instant();
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.OVERDUE,
                stage,
                "Công việc quá hạn xử lý" + (dueAt == null ? "." : " (hạn " + notifier.date(dueAt) + ")."));
        Dossier dossier = records.dossier(dossierId);
        notifier.record(
                NotificationEvent.TASK_OVERDUE,
                "TASK_OVERDUE:" + taskId,
                recipients.groupMembers(stage.candidateGroup(), Roles.OFFICE_LEAD),
                "Công việc quá hạn - " + Notifier.stageLabel(stage) + ": " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                new TaskNotice(dossierId, taskId, stage, dossier.title(), dueAt));
    }

    /** Applies the council rule to the recorded votes; failed nominees end NOT_AWARDED. @return how many passed */
    public int tallyCouncilVotes(UUID dossierId, int membersTotal) {
        int passed = 0;
        for (Nominee nominee : nominees.findByDossier(dossierId)) {
            if (!nominee.isInRunning()) {
                continue;
            }
            int votes = nominee.votesFor() == null ? 0 : nominee.votesFor();
            boolean pass = councilRule.passes(votes, membersTotal);
            nominees.updateCouncilVote(nominee.id(), votes, pass);
            if (pass) {
                passed++;
            } else {
                nominees.updateOutcome(nominee.id(), Outcome.NOT_AWARDED, null);
            }
        }
        return passed;
    }

    /** Whether the appraised dossier is posted publicly before the council meets (its campaign's posting days). */
    public boolean publicPostingRequired(UUID campaignId) {
        return postings.daysFor(campaignId) > 0;
    }

    /**
     * Posts the nominees publicly. The dossier stays IN_REVIEW at its appraisal stage meanwhile: the culture-social
     * office runs the posting, and the council's stage (and its deadline) starts when the posting has ended.
     *
     * @return when the posting ends
     */
    public Instant openPublicPosting(UUID dossierId, UUID campaignId) {
        return postings.open(dossierId, campaignId);
    }

    public void closePublicPosting(UUID dossierId) {
        postings.close(dossierId);
    }

    /**
     * Tells the office lead that citizens wrote about a dossier under posting: one e-mail per dossier and hour at
     * most (the dedupe key holds the hour), pointing to the dossier page where the feedback is read.
     */
    public void publicFeedbackReceived(UUID dossierId, UUID campaignId, Instant receivedAt, Instant postingEndsAt) {
        Dossier dossier = records.dossier(dossierId);
        String hour = HOUR.format(receivedAt.atZone(clock.getZone()));
        notifier.record(
                NotificationEvent.PUBLIC_FEEDBACK_RECEIVED,
                "PUBLIC_FEEDBACK_RECEIVED:" + dossierId + ":" + hour,
                recipients.groupMembers(Roles.OFFICE_LEAD),
                "Ý kiến của người dân về hồ sơ đang niêm yết công khai: " + dossier.title(),
                dossierId,
                campaignId,
                new PublicFeedbackNotice(dossierId, dossier.title(), postingEndsAt));
    }
}
