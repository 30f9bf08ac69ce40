package vn.bacson.khenthuong.decision;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.signature.PdfSignatureVerifier;
import vn.bacson.khenthuong.signature.SignatureCheck;

/**
 * What anyone may learn about a document without login: whether this installation issued it (a copy matched by its
 * SHA-256, or the code of the QR printed on a decision or certificate), and whether its digital signatures hold.
 */
@Service
public class PublicVerification {

    /** A document of this installation: which decision (and, for a Giấy khen, whom it names), and its signing. */
    record Issued(
            String type,
            UUID decisionId,
            String number,
            String commune,
            LocalDate decidedOn,
            boolean signed,
            String signerName,
            Instant signedAt,
            String sha256,
            String awardee,
            String awardeeDescription) {}

    /** The signatures found (first signed first) and the issuing, null when this installation did not issue it. */
    public record Result(List<SignatureCheck> signatures, Issued issuedHere) {}

    private final PdfSignatureVerifier verifier;
    private final ChairmanDecisionService decisions;
    private final DecisionStore store;
    private final CertificateDocuments certificates;
    private final CommuneSettings communeSettings;

    PublicVerification(
            PdfSignatureVerifier verifier,
            ChairmanDecisionService decisions,
            DecisionStore store,
            CertificateDocuments certificates,
            CommuneSettings communeSettings) {
        this.verifier = verifier;
        this.decisions = decisions;
        this.store = store;
        this.certificates = certificates;
        this.communeSettings = communeSettings;
    }

    /**
     * A file someone holds: its signatures, and the decision whose stored PDF (signed or as frozen) it is. Looked
     * up in every commune of the installation, whoever asks: the document names its commune.
     */
    public Result checkFile(byte[] bytes) {
        return CommuneContext.call(CommuneContext.ALL, () -> checkFileInAllCommunes(bytes));
    }

    private Result checkFileInAllCommunes(byte[] bytes) {
        Issued issued = store.issuedBySha256(ChairmanDecisionService.sha256(bytes))
                .flatMap(d -> decisions.find(d.decisionId()))
                .map(d -> issued(d, null))
                .orElse(null);
        return new Result(verifier.check(bytes), issued);
    }

    /**
     * The document a QR code names: the decision as this installation keeps it (its signatures checked now), and
     * for a certificate the awardee; empty when no document has this code. Looked up in every commune.
     */
    public Optional<Result> checkCode(String text) {
        return CommuneContext.call(CommuneContext.ALL, () -> checkCodeInAllCommunes(text));
    }

    private Optional<Result> checkCodeInAllCommunes(String text) {
        Optional<VerificationCode> code = VerificationCode.parse(text);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Decision> decision = decisions.find(code.get().decisionId());
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        AwardeeRow awardee = null;
        if (code.get().isCertificate()) {
            Optional<AwardeeRow> named =
                    certificates.awardee(decision.get().id(), code.get().nomineeId());
            if (named.isEmpty()) {
                return Optional.empty();
            }
            awardee = named.get();
        }
        List<SignatureCheck> signatures = store.content(decision.get().id(), DocumentFormat.PDF)
                .map(verifier::check)
                .orElse(List.of());
        return Optional.of(new Result(signatures, issued(decision.get(), awardee)));
    }

    private Issued issued(Decision decision, AwardeeRow awardee) {
        Optional<FrozenDocument> pdf = store.documents(decision.id()).stream()
                .filter(d -> d.format() == DocumentFormat.PDF)
                .findFirst();
        return new Issued(
                awardee == null ? "DECISION" : "CERTIFICATE",
                decision.id(),
                decision.number(),
                store.communeOf(decision.id())
                        .map(code -> communeSettings.of(code).issuer().placeName())
                        .orElse(communeSettings.defaults().issuer().placeName()),
                decision.decidedOn(),
                pdf.map(d -> d.signedAt() != null).orElse(false),
                pdf.map(FrozenDocument::signerName).orElse(null),
                pdf.map(FrozenDocument::signedAt).orElse(null),
                pdf.map(FrozenDocument::sha256).orElse(null),
                awardee == null ? null : awardee.fullName(),
                awardee == null ? null : awardee.description());
    }

    /** A PDF starts with {@code %PDF-} (readers allow some bytes before it: up to 1024). */
    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length, 1024 + 5);
        String head = new String(bytes, 0, limit, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }
}
