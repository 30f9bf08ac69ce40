package vn.bacson.khenthuong.decision;

import java.util.Optional;
import java.util.UUID;

/**
 * What the QR code of an issued document names, as the {@code ma} of {@code /xac-thuc?ma=...}: the decision, or
 * one awardee's Giấy khen under it. Printed before the document is signed, so it cannot be the file's own hash;
 * the ids are random (UUID), so a code cannot be guessed from a decision number.
 */
public record VerificationCode(UUID decisionId, UUID nomineeId) {

    private static final char SEPARATOR = '.';

    public static VerificationCode decision(UUID decisionId) {
        return new VerificationCode(decisionId, null);
    }

    static VerificationCode certificate(UUID decisionId, UUID nomineeId) {
        return new VerificationCode(decisionId, nomineeId);
    }

    boolean isCertificate() {
        return nomineeId != null;
    }

    /** {@code <decision id>} or {@code <decision id>.<nominee id>}. */
    String value() {
        return nomineeId == null ? decisionId.toString() : decisionId.toString() + SEPARATOR + nomineeId;
    }

    /** The code read from a URL; empty when it is not one this installation prints. */
    static Optional<VerificationCode> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 80) {
            return Optional.empty();
        }
        String value = text.strip();
        int dot = value.indexOf(SEPARATOR);
        try {
            return dot < 0
                    ? Optional.of(decision(UUID.fromString(value)))
                    : Optional.of(certificate(
                            UUID.fromString(value.substring(0, dot)), UUID.fromString(value.substring(dot + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
