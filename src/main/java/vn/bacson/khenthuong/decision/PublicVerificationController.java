package vn.bacson.khenthuong.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.decision.web.PublicVerificationPages;
import vn.bacson.khenthuong.signature.SignatureCheck;

/**
 * Anyone, without login, checks a PDF: its digital signatures, and whether this installation issued it (matched by
 * the SHA-256 of the file, signed or as frozen before signing). The page {@code /xac-thuc} does the same for a
 * person ({@link PublicVerificationPages}).
 */
@RestController
@Tag(name = "Public", description = "Without login")
class PublicVerificationController {

    private final PublicVerification verification;

    PublicVerificationController(PublicVerification verification) {
        this.verification = verification;
    }

    record IssuedHere(String type, String number, String commune, LocalDate decidedOn, boolean signed) {}

    record Verification(List<SignatureCheck> signatures, IssuedHere issuedHere) {}

    @PostMapping(value = "/api/public/signatures/verify", consumes = "multipart/form-data")
    @Operation(summary = "Check the digital signatures of a PDF, and whether this installation issued it")
    Verification verify(@RequestPart(value = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("file", "REQUIRED", "Cần chọn một tệp PDF để kiểm tra.");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PublicVerification.Result result = verification.checkFile(bytes);
        PublicVerification.Issued issued = result.issuedHere();
        return new Verification(
                result.signatures(),
                issued == null
                        ? null
                        : new IssuedHere(
                                issued.type(), issued.number(), issued.commune(), issued.decidedOn(), issued.signed()));
    }
}
