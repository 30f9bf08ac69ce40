package vn.bacson.khenthuong.posting;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to an accepted feedback (201): no echo of what was sent, only when it arrived. */
public record FeedbackReceipt(
        UUID id, UUID dossierId, UUID nomineeId, OffsetDateTime receivedAt, OffsetDateTime postingEndsAt) {}
