package vn.bacson.khenthuong.steps;

import static vn.bacson.khenthuong.dossier.HistoryRepository.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.criteria.CompletenessService;
import vn.bacson.khenthuong.criteria.EligibilityService;
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
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentDueNotice;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierReceivedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.RejectionNotice;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.posting.PublicPostingService;

/**
 * What the intake and the ends of a CommendationProposal do to our tables: the window and completeness checks, the
 * criteria, amendment, rejection, expiry and withdrawal, with the history and the notifications to record. The
 * review stages are {@link ReviewSteps}, the decision {@link DecisionSteps}. No engine here: the delegates of
 * module review read the process variables and call one method each.
 */
@Service
public class ProposalSteps {

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final CampaignService campaigns;
    private final CompletenessService completeness;
    private final EligibilityService eligibility;
    private final Recipients recipients;
    private final Notifier notifier;
    private final PublicPostingService postings;
    private final ProposalRecords records;
    private final Clock clock;

    ProposalSteps(
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            CampaignService campaigns,
            CompletenessService completeness,
            EligibilityService eligibility,
            Recipients recipients,
            Notifier notifier,
            PublicPostingService postings,
            ProposalRecords records,
            Clock clock) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.history = history;
        this.campaigns = campaigns;
        this.completeness = completeness;
        this.eligibility = eligibility;
        this.recipients = recipients;
        this.notifier = notifier;
        this.postings = postings;
        this.records = records;
        this.clock = clock;
    }

    public void requireOpenForSubmission(UUID campaignId) {
        campaigns.requireOpenForSubmission(campaignId);
    }

    /** @return true when nothing is missing */
    public boolean checkCompleteness(UUID dossierId) {
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
    public EligibilityService.Assessment checkCriteria(UUID dossierId, int submissionNo) {
        EligibilityService.Assessment assessment = eligibility.assess(dossierId);
        history.add(
                dossierId,
                clock.instant(),
                SYSTEM,
                HistoryAction.CHECKED,
                null,
                "Kiểm tra tiêu chuẩn: %d đủ điều kiện, %d không đủ điều kiện, %d tạm dừng xét."
                        .formatted(assessment.eligible(), assessment.ineligible(), assessment.pending()));
        Dossier dossier = records.dossier(dossierId);
        notifier.record(
                NotificationEvent.DOSSIER_RECEIVED,
                "DOSSIER_RECEIVED:" + dossierId + ":" + submissionNo,
                recipients.unit(dossier.unitCode()),
                "Đã tiếp nhận hồ sơ đề nghị khen thưởng: " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                new DossierReceivedNotice(
                        dossierId,
                        dossier.title(),
                        assessment.eligible(),
                        assessment.ineligible(),
                        assessment.pending()));
        return assessment;
    }

    /**
     * The unit must amend: because documents are missing (no comment), because its nominees are on hold (note),
     * or because a reviewer returned it (returnComment).
     */
    public void amendmentRequested(UUID dossierId, String taskId, Instant dueAt, String returnComment, String note) {
        Instant now = clock.instant();
        String shown = returnComment != null ? returnComment : note;
        dossiers.markAmendmentRequested(dossierId, dueAt, shown, now);
        String comment =
                (shown == null ? "Hồ sơ chưa đủ thành phần." : shown) + " Hạn bổ sung: " + notifier.date(dueAt) + ".";
        history.add(dossierId, now, SYSTEM, HistoryAction.AMENDMENT_REQUESTED, Stage.AMENDMENT, comment);
        Dossier dossier = records.dossier(dossierId);
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
                new AmendmentNotice(dossierId, dossier.title(), dueAt, shown));
    }

    public void reject(UUID dossierId, RejectionCause cause) {
        Instant now = clock.instant();
        List<Nominee> all = nominees.findByDossier(dossierId);
        String comment = switch (cause) {
            case CRITERIA -> "Không có đối tượng đủ điều kiện. " + reasons(all);
            case COUNCIL -> "Hội đồng không thông qua.";
            case REVIEWER -> "Hồ sơ không được chấp nhận ở bước xét duyệt.";
        };
        records.closeRunningNominees(all);
        dossiers.updateStatus(dossierId, DossierStatus.REJECTED, null, now);
        history.add(dossierId, now, SYSTEM, HistoryAction.REJECTED, null, comment);
        Dossier dossier = records.dossier(dossierId);
        records.tellUnit(
                NotificationEvent.DOSSIER_REJECTED,
                dossier,
                "Hồ sơ đề nghị khen thưởng không được chấp nhận: ",
                new RejectionNotice(dossierId, dossier.title(), comment));
    }

    public void expire(UUID dossierId) {
        Instant now = clock.instant();
        records.closeRunningNominees(nominees.findByDossier(dossierId));
        dossiers.updateStatus(dossierId, DossierStatus.EXPIRED, null, now);
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.EXPIRED,
                Stage.AMENDMENT,
                "Đơn vị không bổ sung hồ sơ trong thời hạn.");
        Dossier dossier = records.dossier(dossierId);
        records.tellUnit(
                NotificationEvent.DOSSIER_EXPIRED,
                dossier,
                "Hồ sơ đề nghị khen thưởng đã quá hạn bổ sung: ",
                new DossierNotice(dossierId, dossier.title()));
    }

    /** The amendment deadline is near: remind the unit once per amendment round, if it has not resubmitted yet. */
    public void remindAmendmentDue(UUID dossierId) {
        Dossier dossier = records.dossier(dossierId);
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
                new AmendmentDueNotice(dossierId, dossier.title(), dossier.amendmentDueAt()));
    }

    public void withdraw(UUID dossierId, String actor) {
        Instant now = clock.instant();
        dossiers.updateStatus(dossierId, DossierStatus.WITHDRAWN, null, now);
        history.add(dossierId, now, actor, HistoryAction.WITHDRAWN, null, "Đơn vị rút hồ sơ.");
        postings.closeOnWithdrawal(dossierId);
        Dossier dossier = records.dossier(dossierId);
        records.tellUnit(
                NotificationEvent.DOSSIER_WITHDRAWN,
                dossier,
                "Hồ sơ đề nghị khen thưởng đã được rút: ",
                new DossierNotice(dossierId, dossier.title()));
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
