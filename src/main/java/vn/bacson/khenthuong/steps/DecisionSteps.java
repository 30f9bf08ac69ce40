package vn.bacson.khenthuong.steps;

import static vn.bacson.khenthuong.dossier.HistoryRepository.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.decision.Decision;
import vn.bacson.khenthuong.decision.DecisionNumberService;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.notification.NoticePayload.DecisionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierNotice;
import vn.bacson.khenthuong.notification.NotificationEvent;

/** What the chairman's decision and the province's answer do to a CommendationProposal's dossier and nominees. */
@Service
public class DecisionSteps {

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final DecisionNumberService decisions;
    private final Recipients recipients;
    private final Notifier notifier;
    private final ProposalRecords records;
    private final Clock clock;

    DecisionSteps(
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            DecisionNumberService decisions,
            Recipients recipients,
            Notifier notifier,
            ProposalRecords records,
            Clock clock) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.history = history;
        this.decisions = decisions;
        this.recipients = recipients;
        this.notifier = notifier;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The chairman's awards become outcomes: Giấy khen nominees under one numbered decision (or the given one,
     * when a batch decision already holds them), Bằng khen proposals wait for the province (toProvince: the dossier then waits
     * for the province's answer), NONE ends NOT_AWARDED.
     */
    public void recordDecision(UUID dossierId, boolean toProvince, String decidedBy, UUID existingDecisionId) {
        Instant now = clock.instant();
        Dossier dossier = records.dossier(dossierId);
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
        records.closeRunningNominees(all.stream().filter(n -> !n.isInRunning()).toList());
        String number = decision == null ? null : decision.number();
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
            records.tellUnit(
                    NotificationEvent.PROVINCE_PROPOSED,
                    dossier,
                    "Hồ sơ đã được đề nghị Chủ tịch UBND tỉnh tặng Bằng khen: ",
                    new DecisionNotice(dossierId, dossier.title(), number));
        } else {
            dossiers.updateStatus(dossierId, DossierStatus.DECIDED, null, now);
            records.tellUnit(
                    NotificationEvent.DOSSIER_DECIDED,
                    dossier,
                    "Đã có quyết định khen thưởng: ",
                    new DecisionNotice(dossierId, dossier.title(), number));
        }
    }

    public void remindProvincePending(UUID dossierId, String reminderKey) {
        Instant now = clock.instant();
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.PROVINCE_REMINDER,
                null,
                "Hồ sơ vẫn đang chờ quyết định của UBND tỉnh.");
        Dossier dossier = records.dossier(dossierId);
        notifier.record(
                NotificationEvent.PROVINCE_REMINDER,
                "PROVINCE_REMINDER:" + dossierId + ":" + reminderKey,
                recipients.groupMembers(Roles.CULTURE_SOCIAL),
                "Nhắc việc: hồ sơ đang chờ quyết định của tỉnh: " + dossier.title(),
                dossierId,
                dossier.campaignId(),
                new DossierNotice(dossierId, dossier.title()));
    }

    public void provinceDecided(UUID dossierId) {
        dossiers.updateStatus(dossierId, DossierStatus.DECIDED, null, clock.instant());
        Dossier dossier = records.dossier(dossierId);
        records.tellUnit(
                NotificationEvent.PROVINCE_DECIDED,
                dossier,
                "Đã có quyết định khen thưởng của tỉnh: ",
                new DossierNotice(dossierId, dossier.title()));
    }
}
