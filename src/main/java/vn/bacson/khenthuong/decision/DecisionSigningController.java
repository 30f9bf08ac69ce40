package vn.bacson.khenthuong.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.identity.CurrentUser;

@RestController
@Tag(name = "Decisions", description = "Digital signatures (ký số) of the chairman's Quyết định")
/** Public only for the request records, which the hostile-input test names. */
public class DecisionSigningController {

    private final DecisionSigning signing;

    DecisionSigningController(DecisionSigning signing) {
        this.signing = signing;
    }

    public record CertificateRequest(String certificate) {}

    public record SignatureValue(String signatureValue) {}

    @PostMapping("/api/decisions/{id}/sign")
    @Operation(summary = "Sign the frozen decision with the commune's key on the server (PAdES, visible block)")
    DecisionSigning.Signed sign(@PathVariable UUID id, CurrentUser user) {
        return signing.sign(id, user);
    }

    @PostMapping("/api/decisions/{id}/signature-requests")
    @Operation(summary = "Two-step signature, step one: what the signer's USB token must sign for its certificate")
    ResponseEntity<DecisionSigning.Request> request(
            @PathVariable UUID id, @RequestBody CertificateRequest body, CurrentUser user) {
        DecisionSigning.Request request = signing.requestSignature(id, body.certificate(), user);
        return ResponseEntity.created(URI.create("/api/decisions/" + id + "/signature-requests/" + request.requestId()))
                .body(request);
    }

    @PostMapping("/api/decisions/{id}/signature-requests/{requestId}")
    @Operation(summary = "Two-step signature, step two: the signature value; checked, then embedded")
    DecisionSigning.Signed complete(
            @PathVariable UUID id, @PathVariable UUID requestId, @RequestBody SignatureValue body, CurrentUser user) {
        return signing.completeSignature(id, requestId, body.signatureValue(), user);
    }
}
