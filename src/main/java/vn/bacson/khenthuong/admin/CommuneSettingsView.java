package vn.bacson.khenthuong.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/admin/communes/{code}/settings}: the settings the commune works with (its own values over the
 * configured defaults), which of them it set itself ({@code own}, the others follow config/), whether it has a
 * scanned seal, and the configured defaults.
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
        CommuneSettingsRequest defaults) {

    public record CommuneRef(String code, String name) {}
}
