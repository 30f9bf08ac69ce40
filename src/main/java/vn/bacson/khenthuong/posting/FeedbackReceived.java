package vn.bacson.khenthuong.posting;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen's feedback was accepted (published in the accepting transaction; listeners run in it too).
 *
 * @param postingEndsAt when the dossier's posting ends
 */
public record FeedbackReceived(UUID dossierId, UUID campaignId, Instant receivedAt, Instant postingEndsAt) {}
