package vn.bacson.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.DossierView.DecisionRef;

/**
 * A dossier in one line, for a unit's start page: no documents, history or nominee details, so a list of them is
 * two queries. {@code amendmentDueAt} and {@code returnComment} (the reason) only while AMENDMENT_REQUESTED;
 * {@code decision} the earliest decision about its nominees, or null.
 */
public record DossierSummary(
        UUID id,
        UUID campaignId,
        String title,
        DossierStatus status,
        Stage stage,
        int nomineeCount,
        OffsetDateTime submittedAt,
        OffsetDateTime amendmentDueAt,
        String returnComment,
        OffsetDateTime updatedAt,
        DecisionRef decision) {}
