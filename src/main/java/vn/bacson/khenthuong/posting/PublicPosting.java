package vn.bacson.khenthuong.posting;

import java.time.Instant;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.DossierStatus;

/**
 * A dossier's public posting (niêm yết công khai), with what decides whether citizens may still send feedback:
 * it is open while nobody closed it, its end has not come and the dossier is still in review (a withdrawn
 * dossier is off the list at once, before its process has caught up).
 */
record PublicPosting(
        UUID dossierId,
        UUID campaignId,
        Instant startsAt,
        Instant endsAt,
        Instant closedAt,
        DossierStatus dossierStatus,
        long feedbackCount) {

    boolean isOpen(Instant now) {
        return closedAt == null && now.isBefore(endsAt) && dossierStatus == DossierStatus.IN_REVIEW;
    }
}
