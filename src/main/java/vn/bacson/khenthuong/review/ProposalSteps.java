package vn.bacson.khenthuong.review;

import static vn.bacson.khenthuong.dossier.HistoryRepository.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.council.CouncilVoteRule;
import vn.bacson.khenthuong.criteria.CompletenessService;
import vn.bacson.khenthuong.criteria.EligibilityService;
import vn.bacson.khenthuong.decision.Decision;
import vn.bacson.khenthuong.decision.DecisionNumberService;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.MissingDocument;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.posting.PublicPostingService;
import vn.bacson.khenthuong.review.CommendationProposalVariables.RejectionCause;

/**
 * What each step of the CommendationProposal process does to our tables: status, history, nominee outcomes,
 * decision numbers and the notifications to record. Delegates and listeners call one method each.
 */
@Service
class ProposalSteps {

    private static final java.time.format.DateTimeFormatter HOUR =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final CampaignService campaigns;
    private final CompletenessService completeness;
    private final EligibilityService eligibility;
    private final DecisionNumberService decisions;
    private final CouncilVoteRule councilRule;
    private final Recipients recipients;
    private final Notifier notifier;
    private final PublicPostingService postings;
    private final Clock clock;

    ProposalSteps(
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            CampaignService campaigns,
            CompletenessService completeness,
            EligibilityService eligibility,
            DecisionNumberService decisions,
            CouncilVoteRule councilRule,
            Recipients recipients,
            Notifier notifier,
            PublicPostingService postings,
            Clock clock) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.history = history;
        this.campaigns = campaigns;
        this.completeness = completeness;
        this.eligibility = eligibility;
        this.decisions = decisions;
        this.councilRule = councilRule;
        this.recipients = recipients;
        this.notifier = notifier;
        this.postings = postings;
        this.clock = clock;
    }

    void requireOpenForSubmission(UUID campaignId) {
        campaigns.requireOpenForSubmission(campaignId);
    }

    /** @return true when nothing is missing */
    boolean checkCompleteness(UUID dossierId) {
        List<MissingDocument> missing = completeness.missingDocuments(dossierId);
        history.add(
                dossierId,
                clock.instant(),
                SYSTEM,
                HistoryAction.CHECKED,
                null,
                missing.isEmpty() ? "Hồ sơ có đủ thành phần." : "Hồ sơ còn thiếu " + missing.size() + " tài liệu.");
        return missing.isEmpty();
    }

    /** Assesses every nominee and acknowledges receipt to the unit (once per submission). */
    EligibilityService.Assessment checkCriteria(UUID dossierId, int submissionNo) {
        EligibilityService.Assessment assessment = eligibility.assess(dossierId);
        history.add(
                dossierId,
                clock.instant(),
                SYSTEM,
                HistoryAction.CHECKED,
                null,
                "Kiểm tra tiêu chuẩn: %d đủ điều kiện, %d không đủ điều kiện, %d tạm dừng xét."
                        .formatted(assessment.eligible(), assessment.ineligible(), assessment.pending()));
        Dossier dossier = dossier(dossierId);
        notifier.record(
                NotificationEvent.DOSSIER_RECEIVED,
                "DOSSIER_RECEIVED:" + dossierId + ":" + submissionNo,
                recipients.unit(dossier.unitCode()),
                "Đã tiếp nhận hồ sơ đề nghị khen thưởng: " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                Notifier.payload(
                        "dossierId",
                        dossierId,
                        "title",
                        dossier.title(),
                        "eligible",
                        assessment.eligible(),
                        "ineligible",
                        assessment.ineligible(),
                        "pending",
                        assessment.pending()));
        return assessment;
    }

    void reviewTaskCreated(UUID dossierId, String taskId, Stage stage, Instant dueAt) {
        Instant now = clock.instant();
        dossiers.updateStatus(dossierId, DossierStatus.IN_REVIEW, stage, now);
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.TASK_CREATED,
                stage,
                dueAt == null ? null : "Hạn xử lý: " + notifier.date(dueAt) + ".");
        Dossier dossier = dossier(dossierId);
        notifier.record(
                NotificationEvent.TASK_CREATED,
                "TASK_CREATED:" + taskId,
                recipients.groupMembers(stage.candidateGroup()),
                "Công việc mới - " + Notifier.stageLabel(stage) + ": " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                taskPayload(dossier, taskId, stage, dueAt));
    }

    /**
     * The unit must amend: because documents are missing (no comment), because its nominees are on hold (note),
     * or because a reviewer returned it (returnComment).
     */
    void amendmentRequested(UUID dossierId, String taskId, Instant dueAt, String returnComment, String note) {
        Instant now = clock.instant();
        String shown = returnComment != null ? returnComment : note;
        dossiers.markAmendmentRequested(dossierId, dueAt, shown, now);
        String comment =
                (shown == null ? "Hồ sơ chưa đủ thành phần." : shown) + " Hạn bổ sung: " + notifier.date(dueAt) + ".";
        history.add(dossierId, now, SYSTEM, HistoryAction.AMENDMENT_REQUESTED, Stage.AMENDMENT, comment);
        Dossier dossier = dossier(dossierId);
        boolean returned = returnComment != null;
        NotificationEvent event = returned ? NotificationEvent.DOSSIER_RETURNED : NotificationEvent.AMENDMENT_REQUESTED;
        String subject = returned
                ? "Hồ sơ đề nghị khen thưởng được trả lại để hoàn thiện: "
                : "Đề nghị bổ sung hồ sơ đề nghị khen thưởng: ";
        notifier.record(
                event,
                event.name() + ":" + taskId,
                recipients.unit(dossier.unitCode()),
                subject + dossier.title(),
                dossierId,
                dossier.campaignId(),
                Notifier.payload(
                        "dossierId", dossierId, "title", dossier.title(), "dueAt", dueAt.toString(), "comment", shown));
    }

    void reject(UUID dossierId, RejectionCause cause) {
        Instant now = clock.instant();
        List<Nominee> all = nominees.findByDossier(dossierId);
        String comment = switch (cause) {
            case CRITERIA -> "Không có đối tượng đủ điều kiện. " + reasons(all);
            case COUNCIL -> "Hội đồng không thông qua.";
            case REVIEWER -> "Hồ sơ không được chấp nhận ở bước xét duyệt.";
        };
        closeRunningNominees(all);
        dossiers.updateStatus(dossierId, DossierStatus.REJECTED, null, now);
        history.add(dossierId, now, SYSTEM, HistoryAction.REJECTED, null, comment);
        Dossier dossier = dossier(dossierId);
        tellUnit(
                NotificationEvent.DOSSIER_REJECTED,
                dossier,
                "Hồ sơ đề nghị khen thưởng không được chấp nhận: ",
                "reason",
                comment);
    }

    void expire(UUID dossierId) {
        Instant now = clock.instant();
        closeRunningNominees(nominees.findByDossier(dossierId));
        dossiers.updateStatus(dossierId, DossierStatus.EXPIRED, null, now);
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.EXPIRED,
                Stage.AMENDMENT,
                "Đơn vị không bổ sung hồ sơ trong thời hạn.");
        Dossier dossier = dossier(dossierId);
        tellUnit(NotificationEvent.DOSSIER_EXPIRED, dossier, "Hồ sơ đề nghị khen thưởng đã quá hạn bổ sung: ");
    }

    /** The amendment deadline is near: remind the unit once per amendment round, if it has not resubmitted yet. */
    void remindAmendmentDue(UUID dossierId) {
        Dossier dossier = dossier(dossierId);
        if (dossier.status() != DossierStatus.AMENDMENT_REQUESTED || dossier.amendmentDueAt() == null) {
            return;
        }
        String due = notifier.date(dossier.amendmentDueAt());
        notifier.record(
                NotificationEvent.AMENDMENT_DUE_SOON,
                "AMENDMENT_DUE_SOON:" + dossierId + ":" + dossier.amendmentDueAt(),
                recipients.unit(dossier.unitCode()),
                "Sắp hết hạn bổ sung hồ sơ (" + due + "): " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                Notifier.payload(
                        "dossierId",
                        dossierId,
                        "title",
                        dossier.title(),
                        "dueAt",
                        dossier.amendmentDueAt().toString()));
    }

    /** Applies the council rule to the recorded votes; failed nominees end NOT_AWARDED. @return how many passed */
    int tallyCouncilVotes(UUID dossierId, int membersTotal) {
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

    /**
     * The chairman's awards become outcomes: Giấy khen nominees under one numbered decision (or the given one,
     * when a batch decision already holds them), Bằng khen proposals wait for the province, NONE ends NOT_AWARDED.
     */
    void recordDecision(UUID dossierId, String route, String decidedBy, UUID existingDecisionId) {
        Instant now = clock.instant();
        Dossier dossier = dossier(dossierId);
        List<Nominee> all = nominees.findByDossier(dossierId);
        List<Nominee> running = all.stream().filter(Nominee::isInRunning).toList();
        boolean anyGiayKhen = running.stream().anyMatch(n -> n.decidedAward() == ChairmanAward.GIAY_KHEN_CHU_TICH_XA);
        Decision decision = null;
        UUID decisionId = existingDecisionId;
        if (anyGiayKhen && decisionId == null) {
            decision = decisions.issue(dossier.campaignId(), decidedBy == null ? SYSTEM : decidedBy, null);
            decisionId = decision.id();
        } else if (decisionId != null) {
            decision = decisions.find(decisionId).orElse(null);
        }
        for (Nominee nominee : running) {
            ChairmanAward award = nominee.decidedAward() == null ? ChairmanAward.NONE : nominee.decidedAward();
            switch (award) {
                case GIAY_KHEN_CHU_TICH_XA ->
                    nominees.updateOutcome(nominee.id(), Outcome.GIAY_KHEN_CHU_TICH_XA, decisionId);
                case PROPOSE_BANG_KHEN_CHU_TICH_TINH ->
                    nominees.updateOutcome(nominee.id(), Outcome.PROPOSED_BANG_KHEN_CHU_TICH_TINH, null);
                case NONE -> nominees.updateOutcome(nominee.id(), Outcome.NOT_AWARDED, null);
            }
        }
        // ruled out at the criteria check or still on hold: the decision closes them too
        closeRunningNominees(all.stream().filter(n -> !n.isInRunning()).toList());
        String number = decision == null ? null : decision.number();
        boolean toProvince = CommendationProposalVariables.ROUTE_PROVINCE_PROPOSAL.equals(route)
                || CommendationProposalVariables.ROUTE_LOCAL_AND_PROVINCE.equals(route);
        if (toProvince) {
            dossiers.updateStatus(dossierId, DossierStatus.PROVINCE_PENDING, null, now);
            history.add(
                    dossierId,
                    now,
                    SYSTEM,
                    HistoryAction.PROPOSED_TO_PROVINCE,
                    null,
                    "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen"
                            + (number == null ? "." : "; Giấy khen theo Quyết định số " + number + "."));
            tellUnit(
                    NotificationEvent.PROVINCE_PROPOSED,
                    dossier,
                    "Hồ sơ đã được đề nghị Chủ tịch UBND tỉnh tặng Bằng khen: ",
                    "decisionNumber",
                    number);
        } else {
            dossiers.updateStatus(dossierId, DossierStatus.DECIDED, null, now);
            tellUnit(
                    NotificationEvent.DOSSIER_DECIDED,
                    dossier,
                    "Đã có quyết định khen thưởng: ",
                    "decisionNumber",
                    number);
        }
    }

    void remindProvincePending(UUID dossierId, String reminderKey) {
        Instant now = clock.instant();
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.PROVINCE_REMINDER,
                null,
                "Hồ sơ vẫn đang chờ quyết định của UBND tỉnh.");
        Dossier dossier = dossier(dossierId);
        notifier.record(
                NotificationEvent.PROVINCE_REMINDER,
                "PROVINCE_REMINDER:" + dossierId + ":" + reminderKey,
                recipients.groupMembers(Roles.CULTURE_SOCIAL),
                "Nhắc việc: hồ sơ đang chờ quyết định của tỉnh: " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                Notifier.payload("dossierId", dossierId, "title", dossier.title()));
    }

    void provinceDecided(UUID dossierId) {
        dossiers.updateStatus(dossierId, DossierStatus.DECIDED, null, clock.instant());
        Dossier dossier = dossier(dossierId);
        tellUnit(NotificationEvent.PROVINCE_DECIDED, dossier, "Đã có quyết định khen thưởng của tỉnh: ");
    }

    void escalateOverdue(UUID dossierId, String taskId, Stage stage, Instant dueAt) {
        Instant now = clock.instant();
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.OVERDUE,
                stage,
                "Công việc quá hạn xử lý" + (dueAt == null ? "." : " (hạn " + notifier.date(dueAt) + ")."));
        Dossier dossier = dossier(dossierId);
        notifier.record(
                NotificationEvent.TASK_OVERDUE,
                "TASK_OVERDUE:" + taskId,
                recipients.groupMembers(stage.candidateGroup(), Roles.OFFICE_LEAD),
                "Công việc quá hạn - " + Notifier.stageLabel(stage) + ": " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                taskPayload(dossier, taskId, stage, dueAt));
    }

    /** What the task e-mails (new task, overdue) need to name the task and its deadline. */
    private static java.util.Map<String, Object> taskPayload(
            Dossier dossier, String taskId, Stage stage, Instant dueAt) {
        return Notifier.payload(
                "dossierId",
                dossier.id(),
                "taskId",
                taskId,
                "stage",
                stage.name(),
                "title",
                dossier.title(),
                "dueAt",
                dueAt == null ? null : dueAt.toString());
    }

    /** Whether the appraised dossier is posted publicly before the council meets (its campaign's posting days). */
    boolean publicPostingRequired(UUID campaignId) {
        return postings.daysFor(campaignId) > 0;
    }

    /**
     * Posts the nominees publicly. The dossier stays IN_REVIEW at its appraisal stage meanwhile: the culture-social
     * office runs the posting, and the council's stage (and its deadline) starts when the posting has ended.
     *
     * @return when the posting ends
     */
    Instant openPublicPosting(UUID dossierId, UUID campaignId) {
        return postings.open(dossierId, campaignId);
    }

    void closePublicPosting(UUID dossierId) {
        postings.close(dossierId);
    }

    /**
     * Tells the office lead that citizens wrote about a dossier under posting: one e-mail per dossier and hour at
     * most (the dedupe key holds the hour), pointing to the dossier page where the feedback is read.
     */
    void publicFeedbackReceived(UUID dossierId, UUID campaignId, Instant receivedAt, Instant postingEndsAt) {
        Dossier dossier = dossier(dossierId);
        String hour = HOUR.format(receivedAt.atZone(clock.getZone()));
        notifier.record(
                NotificationEvent.PUBLIC_FEEDBACK_RECEIVED,
                "PUBLIC_FEEDBACK_RECEIVED:" + dossierId + ":" + hour,
                recipients.groupMembers(Roles.OFFICE_LEAD),
                "Ý kiến của người dân về hồ sơ đang niêm yết công khai: " + dossier.title(),
                dossierId,
                campaignId,
                Notifier.payload("dossierId", dossierId, "title", dossier.title(), "dueAt", postingEndsAt.toString()));
    }

    void withdraw(UUID dossierId, String actor) {
        Instant now = clock.instant();
        dossiers.updateStatus(dossierId, DossierStatus.WITHDRAWN, null, now);
        history.add(dossierId, now, actor, HistoryAction.WITHDRAWN, null, "Đơn vị rút hồ sơ.");
        postings.closeOnWithdrawal(dossierId);
        Dossier dossier = dossier(dossierId);
        tellUnit(NotificationEvent.DOSSIER_WITHDRAWN, dossier, "Hồ sơ đề nghị khen thưởng đã được rút: ");
    }

    /**
     * Tells the dossier's unit of an event of its dossier, once (the dedupe key is the event and the dossier): the
     * subject ends with the dossier's title, the payload holds its id and title and the given key-value pairs.
     */
    private void tellUnit(NotificationEvent event, Dossier dossier, String subject, Object... more) {
        Object[] payload = new Object[4 + more.length];
        payload[0] = "dossierId";
        payload[1] = dossier.id();
        payload[2] = "title";
        payload[3] = dossier.title();
        System.arraycopy(more, 0, payload, 4, more.length);
        notifier.record(
                event,
                event.name() + ":" + dossier.id(),
                recipients.unit(dossier.unitCode()),
                subject + dossier.title(),
                dossier.id(),
                dossier.campaignId(),
                Notifier.payload(payload));
    }

    private void closeRunningNominees(List<Nominee> all) {
        for (Nominee nominee : all) {
            if (nominee.outcome() == Outcome.PENDING) {
                nominees.updateOutcome(nominee.id(), Outcome.NOT_AWARDED, null);
            }
        }
    }

    private Dossier dossier(UUID dossierId) {
        return dossiers.find(dossierId)
                .orElseThrow(() -> new IllegalStateException("dossier " + dossierId + " of a running process is gone"));
    }

    private static String reasons(List<Nominee> all) {
        return all.stream()
                .filter(n -> n.eligibility() != Eligibility.ELIGIBLE)
                .map(n -> n.fullName() + ": " + label(n.reasons()))
                .collect(Collectors.joining("; ", "", "."));
    }

    static String label(Set<IneligibilityReason> reasons) {
        if (reasons.isEmpty()) {
            return "chưa đủ điều kiện";
        }
        return reasons.stream().map(ProposalSteps::label).collect(Collectors.joining(", "));
    }

    static String label(IneligibilityReason reason) {
        return switch (reason) {
            case DISCIPLINED -> "bị kỷ luật từ khiển trách trở lên";
            case MEMBER_DISCIPLINED -> "có thành viên bị kỷ luật";
            case ON_HOLD -> "đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo";
            case DUPLICATE_NOMINATION -> "đã được đề nghị trong phong trào này";
            case MISSING_ACHIEVEMENT -> "chưa có thành tích theo nội dung thi đua";
            case BANG_KHEN_GROUND_REQUIRED -> "thiếu căn cứ đề nghị Bằng khen của Chủ tịch UBND tỉnh";
            case AWARD_FORM_NOT_IN_CAMPAIGN -> "hình thức khen thưởng không có trong phong trào";
            case UNIT_DISSOLVED -> "đơn vị đã giải thể";
        };
    }
}
