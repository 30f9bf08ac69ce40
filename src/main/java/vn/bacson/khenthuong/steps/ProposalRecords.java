package vn.bacson.khenthuong.steps;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.notification.NoticePayload;
import vn.bacson.khenthuong.notification.NotificationEvent;

/** What the proposal's steps share: the dossier of a running process, telling its unit, closing its open nominees. */
@Component
class ProposalRecords {

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final Recipients recipients;
    private final Notifier notifier;

    ProposalRecords(DossierRepository dossiers, NomineeRepository nominees, Recipients recipients, Notifier notifier) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    /**
     * Tells the dossier's unit of an event of its dossier, once (the dedupe key is the event and the dossier): the
     * subject ends with the dossier's title.
     */
    void tellUnit(NotificationEvent event, Dossier dossier, String subject, NoticePayload payload) {
        notifier.record(
                event,
                event.name() + ":" + dossier.id(),
                recipients.unit(dossier.unitCode()),
                subject + dossier.title(),
                dossier.id(),
                dossier.campaignId(),
                payload);
    }

    void closeRunningNominees(List<Nominee> all) {
        for (Nominee nominee : all) {
            if (nominee.outcome() == Outcome.PENDING) {
                nominees.updateOutcome(nominee.id(), Outcome.NOT_AWARDED, null);
            }
        }
    }

    Dossier dossier(UUID dossierId) {
        return dossiers.find(dossierId)
                .orElseThrow(() -> new IllegalStateException("dossier " + dossierId + " of a running process is gone"));
    }
}
