package vn.bacson.khenthuong.dossier;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Who may see and who may change a dossier. A unit sees only its own dossiers; staff (reviewers, office lead,
 * chairman) see all. A dossier the caller may not see answers 404 exactly like a missing one; one they may see
 * but not change answers 403. Only the proposing unit changes, submits and withdraws its dossier.
 */
@Component
class DossierAccess {

    private final DossierRepository dossiers;

    DossierAccess(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    static boolean canSee(Dossier dossier, CurrentUser user) {
        return user.isStaff() || isOwnUnit(dossier, user);
    }

    static boolean isOwnUnit(Dossier dossier, CurrentUser user) {
        return user.unitCode() != null && user.unitCode().equals(dossier.unitCode());
    }

    Dossier visible(UUID id, CurrentUser user) {
        return dossiers.find(id)
                .filter(d -> canSee(d, user))
                .orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
    }

    /** The caller's own unit's dossier, row-locked until the transaction ends. */
    Dossier ownLocked(UUID id, CurrentUser user) {
        Dossier dossier = visible(id, user);
        if (!user.canPropose() || !isOwnUnit(dossier, user)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN, "Chỉ đơn vị lập hồ sơ mới được thay đổi, gửi hoặc rút hồ sơ.");
        }
        return dossiers.lock(id).orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
    }

    /** As {@link #ownLocked}, and the dossier must still be editable (DRAFT or AMENDMENT_REQUESTED). */
    Dossier editableLocked(UUID id, CurrentUser user) {
        Dossier dossier = ownLocked(id, user);
        if (!dossier.isEditable()) {
            throw new DomainException(ErrorCode.DOSSIER_NOT_EDITABLE);
        }
        return dossier;
    }
}
