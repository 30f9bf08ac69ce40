package vn.bacson.khenthuong.dossier;

import java.time.Instant;
import java.util.UUID;

/** A row of the dossier table. */
public record Dossier(
        UUID id,
        UUID campaignId,
        String unitCode,
        String title,
        DossierStatus status,
        Stage stage,
        Instant submittedAt,
        Instant amendmentDueAt,
        String returnComment,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        long version) {

    public boolean isEditable() {
        return status == DossierStatus.DRAFT || status == DossierStatus.AMENDMENT_REQUESTED;
    }

    /** Withdraw is allowed from any state that still waits on someone. */
    public boolean isWithdrawable() {
        return switch (status) {
            case DRAFT, SUBMITTED, AMENDMENT_REQUESTED, IN_REVIEW, PROVINCE_PENDING -> true;
            default -> false;
        };
    }
}
