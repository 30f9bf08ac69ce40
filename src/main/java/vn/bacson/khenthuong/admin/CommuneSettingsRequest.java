package vn.bacson.khenthuong.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /api/admin/communes/{code}/settings}: the commune's settings. A part or field left out keeps what the
 * commune has now; a value equal to the configured default is not stored, so it follows config/ from then on.
 * The rules (required fields, {n} in the number patterns, fractions, stages, one sender address) are checked by
 * commune.CommuneSettings; each refusal is one item of {@code errors[]}. {@code signingKeyAlias} names the commune's
 * key in the installation's key store or on its token (empty: the installation's default key); only the system
 * administrator changes it, and only to a key the store holds.
 */
public record CommuneSettingsRequest(
        Issuer issuer,
        Signer signer,
        String decisionNumberPattern,
        String submissionNumberPattern,
        Council council,
        Map<String, Integer> stageWorkingDays,
        String mailFrom,
        List<LocalDate> localHolidays,
        String signingKeyAlias) {

    public record Issuer(
            String name, List<String> headerLines, String superiorBody, String placeName, String province) {}

    public record Signer(String authority, String title, String name) {}

    public record Council(
            Integer quorumNumerator,
            Integer quorumDenominator,
            Integer thresholdNumerator,
            Integer thresholdDenominator) {}
}
