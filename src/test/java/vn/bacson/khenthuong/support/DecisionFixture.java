package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A decision of the chairman through the API, as the ITs of signatures, certificates and verification need one:
 * a unit's dossier submitted, selected, appraised, voted by the council, and decided (Giấy khen for every nominee)
 * under one number with {@code POST /api/decisions}, which draws up and freezes the Quyết định at once (a proposal
 * for the provincial Bằng khen: {@link ProvinceProposalFixture}).
 *
 * <p>{@code as} gives the client of a commune's users by their demo names ({@code PostgresIT::api}: unit user,
 * bxdd, vhxh, hoidong, chutich); a test's own commune maps the same names to its users.
 */
public final class DecisionFixture {

    private DecisionFixture() {}

    /**
     * @param as the demo users' clients ({@code PostgresIT::api})
     * @param unit the proposing unit's user, e.g. {@code pkt}
     * @return the decision as {@code POST /api/decisions} answered it (id, number, pdf, ...)
     */
    public static JsonNode decided(Function<String, Api> as, String campaignId, String unit, String... nomineeNames) {
        return decided(as, campaignId, Map.of(unit, List.of(nomineeNames)));
    }

    /** One decision for the dossiers of several units: unit user → the names of its nominees. */
    public static JsonNode decided(Function<String, Api> as, String campaignId, Map<String, List<String>> byUnit) {
        List<Object> awards = new ArrayList<>();
        for (Map.Entry<String, List<String>> unit : new TreeMap<>(byUnit).entrySet()) {
            JsonNode dossier = passedByTheCouncil(as, campaignId, unit.getKey(), unit.getValue());
            for (JsonNode nominee : dossier.get("nominees")) {
                awards.add(Map.of("nomineeId", nominee.get("id").asText(), "award", "GIAY_KHEN_CHU_TICH_XA"));
            }
        }
        ApiResponse decided = as.apply("chutich")
                .post("/api/decisions", Map.of("campaignId", campaignId, "comment", "Khen thưởng", "awards", awards));
        if (decided.status() != 201) {
            throw new IllegalStateException("The chairman could not decide: " + decided);
        }
        return decided.json();
    }

    /** Submitted, selected, appraised and passed by the council: waiting for the chairman. */
    private static JsonNode passedByTheCouncil(
            Function<String, Api> as, String campaignId, String unit, List<String> nomineeNames) {
        JsonNode dossier = DossierFixture.inReview(
                as.apply(unit), campaignId, "Đề nghị khen thưởng " + unit, nomineeNames.toArray(String[]::new));
        DossierFixture.appraised(as.apply("bxdd"), as.apply("vhxh"), campaignId, dossier);
        List<Object> votes = new ArrayList<>();
        for (JsonNode nominee : dossier.get("nominees")) {
            votes.add(Map.of("nomineeId", nominee.get("id").asText(), "votesFor", 8));
        }
        DossierFixture.completeTask(
                as.apply("hoidong"),
                campaignId,
                dossier.get("id").asText(),
                "COUNCIL_REVIEW",
                Map.of("meetingDate", "2025-09-01", "membersTotal", 9, "membersPresent", 8, "nominees", votes));
        return dossier;
    }
}
