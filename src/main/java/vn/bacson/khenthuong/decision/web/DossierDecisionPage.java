package vn.bacson.khenthuong.decision.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.decision.ChairmanDecisionService;
import vn.bacson.khenthuong.decision.Decision;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.web.PageController;

/**
 * The Quyết định of a dossier, for whoever may see the dossier (its unit, staff): the link of the dossier page and
 * of the "decided" e-mail. A page address, not /api: a signed-out reader from the e-mail is sent to the login and
 * back here, and another unit's dossier (or one without a decision) is the "not found" page.
 */
@PageController
class DossierDecisionPage {

    private final DossierService dossiers;
    private final ChairmanDecisionService decisions;

    DossierDecisionPage(DossierService dossiers, ChairmanDecisionService decisions) {
        this.dossiers = dossiers;
        this.decisions = decisions;
    }

    @GetMapping("/dossiers/{id}/decision.{extension}")
    ResponseEntity<byte[]> decision(@PathVariable UUID id, @PathVariable String extension, CurrentUser user) {
        DocumentFormat format = DocumentResponses.format(extension);
        DossierView dossier = dossiers.view(id, user);
        Decision decision = Optional.ofNullable(dossier.decision())
                .filter(d -> d.id() != null)
                .flatMap(d -> decisions.find(d.id()))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Hồ sơ chưa có quyết định khen thưởng."));
        return DocumentResponses.download(decisions.document(decision, format), format, decisions.fileName(decision));
    }
}
