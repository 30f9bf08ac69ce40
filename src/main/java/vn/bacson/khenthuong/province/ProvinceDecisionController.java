package vn.bacson.khenthuong.province;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.process.ProvinceDecisionRequest;
import vn.bacson.khenthuong.process.ProvinceDecisionService;

/**
 * The province's answer to the Bằng khen proposals of a dossier, entered by Phòng Văn hóa - Xã hội. Lives apart
 * from the dossier feature because it drives the process (review), which itself depends on dossier.
 */
@Tag(name = "Hồ sơ đề nghị khen thưởng")
@RestController
class ProvinceDecisionController {

    private final ProvinceDecisionService decisions;
    private final DossierService dossiers;

    ProvinceDecisionController(ProvinceDecisionService decisions, DossierService dossiers) {
        this.decisions = decisions;
        this.dossiers = dossiers;
    }

    @Operation(
            summary = "Ghi nhận quyết định của tỉnh (province decision on the Bằng khen proposals)",
            description = "culture-social only. The dossier must be PROVINCE_PENDING (else 409 "
                    + "DOSSIER_NOT_PROVINCE_PENDING); it goes on to DECIDED.")
    @PostMapping(
            path = "/api/dossiers/{id}/province-decision",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DossierView record(@PathVariable UUID id, @RequestBody ProvinceDecisionRequest request, CurrentUser user) {
        if (!user.has(Roles.CULTURE_SOCIAL)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN, "Chỉ Phòng Văn hóa - Xã hội được ghi nhận quyết định khen thưởng của tỉnh.");
        }
        decisions.record(id, user, request);
        return dossiers.view(id, user);
    }
}
