package vn.bacson.khenthuong.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.identity.CurrentUser;

@RestController
@Tag(name = "Decisions", description = "The Giấy khen of a decision's awardees, with their QR codes")
class CertificateController {

    private final ChairmanDecisionService decisions;
    private final CertificateDocuments certificates;

    CertificateController(ChairmanDecisionService decisions, CertificateDocuments certificates) {
        this.decisions = decisions;
        this.certificates = certificates;
    }

    @GetMapping("/api/decisions/{id}/certificates.pdf")
    @Operation(
            summary = "The Giấy khen of the decision, one A4 landscape page per awardee with its verification QR "
                    + "code: every awardee for staff, a unit's own awardees for that unit (404 for any other unit)")
    ResponseEntity<byte[]> certificates(@PathVariable UUID id, CurrentUser user) {
        Decision decision = decisions
                .find(id)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng."));
        if (!user.isStaff() && user.unitCode() == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng.");
        }
        byte[] pdf = certificates.pdf(decision, user.isStaff() ? null : user.unitCode());
        return DocumentResponses.download(pdf, DocumentFormat.PDF, "giay-khen-" + decision.number());
    }
}
