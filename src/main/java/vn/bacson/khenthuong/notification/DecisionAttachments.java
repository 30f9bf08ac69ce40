package vn.bacson.khenthuong.notification;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.decision.ChairmanDecisionService;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;

/**
 * The signed decisions a message carries: the unit told of a decision gets the Quyết định itself, as the frozen
 * PDF (the same bytes, and so the same SHA-256, as the download), not only a link to it.
 */
@Component
class DecisionAttachments {

    /** A file attached to a message. */
    record MailAttachment(String fileName, String contentType, byte[] content) {}

    /** Events about a decision of the commune chairman already taken for the dossier. */
    private static final Set<NotificationEvent> CARRY_DECISION =
            Set.of(NotificationEvent.DOSSIER_DECIDED, NotificationEvent.PROVINCE_PROPOSED);

    private final NomineeRepository nominees;
    private final ChairmanDecisionService decisions;

    DecisionAttachments(NomineeRepository nominees, ChairmanDecisionService decisions) {
        this.nominees = nominees;
        this.decisions = decisions;
    }

    /**
     * The decision PDFs of the row's dossier (one per decision its nominees were numbered under, usually one);
     * none for other events. A decision that cannot be drawn up fails the message, so it is never sent without.
     */
    List<MailAttachment> of(OutboxRow row) {
        if (!CARRY_DECISION.contains(row.event()) || row.dossierId() == null) {
            return List.of();
        }
        return nominees.findByDossier(row.dossierId()).stream()
                .map(Nominee::decisionId)
                .filter(Objects::nonNull)
                .distinct()
                .map(id ->
                        decisions.find(id).orElseThrow(() -> new IllegalStateException("decision " + id + " is gone")))
                .map(decision -> new MailAttachment(
                        fileName(decision.number()),
                        DocumentFormat.PDF.contentType(),
                        decisions.document(decision, DocumentFormat.PDF)))
                .toList();
    }

    /** {@code 12/QĐ-UBND} -> {@code Quyet-dinh-12-QD-UBND.pdf}: plain ASCII, safe in every mail client. */
    static String fileName(String decisionNumber) {
        String ascii = Normalizer.normalize(decisionNumber.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "Quyet-dinh-" + ascii + ".pdf";
    }
}
