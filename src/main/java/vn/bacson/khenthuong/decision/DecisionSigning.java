package vn.bacson.khenthuong.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Settings;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.IssuerProperties;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.signature.PdfSigner;

/**
 * The chairman signs the frozen Quyết định digitally: with the commune's key on the server in one step, or with
 * a key that never leaves the chairman's USB token in two. From then the decision's PDF is the signed file. The key,
 * the signer, the place and the seal are those of the decision's own commune (the commune its row belongs to), not
 * of whoever happens to run the work.
 */
@Service
public class DecisionSigning {

    /** The answer of a completed signature. */
    public record Signed(boolean signed, String signer, OffsetDateTime signedAt) {}

    /** What the signer's token must sign (base64), for the certificate it gave. */
    public record Request(UUID requestId, String toBeSigned, String algorithm) {}

    private final ChairmanDecisionService decisions;
    private final DecisionStore store;
    private final PdfSigner signer;
    private final IssuerProperties issuer;
    private final AppProperties app;
    private final Clock clock;
    private final CommuneSettings communeSettings;

    DecisionSigning(
            ChairmanDecisionService decisions,
            DecisionStore store,
            PdfSigner signer,
            IssuerProperties issuer,
            AppProperties app,
            Clock clock,
            CommuneSettings communeSettings) {
        this.communeSettings = communeSettings;
        this.decisions = decisions;
        this.store = store;
        this.signer = signer;
        this.issuer = issuer;
        this.app = app;
        this.clock = clock;
    }

    @Transactional
    public Signed sign(UUID decisionId, CurrentUser user) {
        Decision decision = signable(decisionId, user);
        String commune = communeOf(decision);
        Instant now = clock.instant();
        PdfSigner.SignedPdf signed = signer.signForCommune(
                commune, decisions.document(decision, DocumentFormat.PDF), appearance(commune), now);
        return store(decision, signed);
    }

    @Transactional
    public Request requestSignature(UUID decisionId, String certificateBase64, CurrentUser user) {
        Decision decision = signable(decisionId, user);
        byte[] certificate = base64("certificate", certificateBase64);
        String commune = communeOf(decision);
        PdfSigner.SignatureRequest request = signer.requestSignature(
                commune,
                decisions.document(decision, DocumentFormat.PDF),
                certificate,
                appearance(commune),
                clock.instant());
        UUID id = UUID.randomUUID();
        store.insertSignatureRequest(
                new DecisionStore.SignatureRequestRow(
                        id, decision.id(), certificate, request.preparedPdf(), user.username()),
                clock.instant());
        return new Request(id, request.toBeSigned(), request.algorithm());
    }

    @Transactional
    public Signed completeSignature(UUID decisionId, UUID requestId, String signatureValueBase64, CurrentUser user) {
        Decision decision = signable(decisionId, user);
        DecisionStore.SignatureRequestRow request = store.signatureRequest(requestId, decision.id())
                .filter(r -> r.requestedBy().equals(user.username()))
                .orElseThrow(() -> new DomainException(ErrorCode.SIGNATURE_REQUEST_NOT_FOUND));
        byte[] value = base64("signatureValue", signatureValueBase64);
        PdfSigner.SignedPdf signed =
                signer.completeSignature(request.preparedPdf(), request.certificate(), value, clock.instant());
        return store(decision, signed);
    }

    private Signed store(Decision decision, PdfSigner.SignedPdf signed) {
        if (!store.markSigned(
                decision.id(),
                signed.content(),
                ChairmanDecisionService.sha256(signed.content()),
                signed.signerName(),
                signed.signedAt())) {
            throw new DomainException(ErrorCode.DECISION_ALREADY_SIGNED);
        }
        store.deleteSignatureRequests(decision.id());
        return new Signed(true, signed.signerName(), OffsetDateTime.ofInstant(signed.signedAt(), app.zone()));
    }

    private Decision signable(UUID decisionId, CurrentUser user) {
        Decision decision = decisions
                .find(decisionId)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng."));
        if (!user.has(Roles.CHAIRMAN)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        decisions.document(decision, DocumentFormat.PDF); // frozen first, if it was not yet
        boolean signedAlready = store.documents(decision.id()).stream()
                .anyMatch(d -> d.format() == DocumentFormat.PDF && d.signedAt() != null);
        if (signedAlready) {
            throw new DomainException(ErrorCode.DECISION_ALREADY_SIGNED);
        }
        return decision;
    }

    /** The commune that issued the decision. */
    private String communeOf(Decision decision) {
        return store.communeOf(decision.id())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng."));
    }

    /** The signer, place, body and seal of the decision's commune (its settings). */
    private PdfSigner.Appearance appearance(String communeCode) {
        Settings commune = communeSettings.of(communeCode);
        IssuerProperties own = issuer.in(commune);
        return new PdfSigner.Appearance(
                own.signer().name(),
                own.signer().title(),
                own.placeName(),
                own.name(),
                own.headerLines(),
                commune.sealPng());
    }

    private static byte[] base64(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "REQUIRED", "Trường này là bắt buộc.");
        }
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "INVALID_VALUE", "Giá trị phải được mã hóa base64.");
        }
    }
}
