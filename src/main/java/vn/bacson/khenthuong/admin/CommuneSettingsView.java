package vn.bacson.khenthuong.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/admin/communes/{code}/settings}: the settings the commune works with (its own values over the
 * configured defaults), which of them it set itself ({@code own}, the others follow config/), whether it has a
 * scanned seal, the configured defaults, the key it signs with ({@code signingKeyAlias}, empty: the installation's
 * default) and how that key stands ({@code signingKey}: whose certificate, until when, and whether it can sign the
 * commune's decisions — else the code and sentence signing would answer).
 */
public record CommuneSettingsView(
        CommuneRef commune,
        CommuneSettingsRequest.Issuer issuer,
        CommuneSettingsRequest.Signer signer,
        String decisionNumberPattern,
        String submissionNumberPattern,
        CommuneSettingsRequest.Council council,
        Map<String, Integer> stageWorkingDays,
        String mailFrom,
        List<LocalDate> localHolidays,
        boolean seal,
        List<String> own,
        Instant updatedAt,
        String updatedBy,
        CommuneSettingsRequest defaults,
        String signingKeyAlias,
        SigningKey signingKey) {

    public record CommuneRef(String code, String name) {}

    /**
     * The commune's signing key as it stands: the alias, the certificate's signer and organisation and its last
     * valid instant (null when the key cannot be read), whether it can sign the commune's decisions, and if not the
     * error code and message signing would answer.
     */
    public record SigningKey(
            String alias,
            String signerName,
            String organization,
            Instant validUntil,
            boolean usable,
            String problem,
            String message) {}
}
