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
 * under one number with {@code POST /api/decisions}, which draws up and freezes the Quyết định at once.
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
            JsonNode dossier = DossierFixture.inReview(
                    as.apply(unit.getKey()),
                    campaignId,
                    "Đề nghị khen thưởng " + unit.getKey(),
                    unit.getValue().toArray(String[]::new));
            DossierFixture.appraised(as.apply("bxdd"), as.apply("vhxh"), campaignId, dossier);
            List<Object> votes = new ArrayList<>();
            for (JsonNode nominee : dossier.get("nominees")) {
                String nomineeId = nominee.get("id").asText();
                votes.add(Map.of("nomineeId", nomineeId, "votesFor", 8));
                awards.add(Map.of("nomineeId", nomineeId, "award", "GIAY_KHEN_CHU_TICH_XA"));
            }
            vote(as.apply("hoidong"), campaignId, dossier.get("id").asText(), votes);
        }
        ApiResponse decided = as.apply("chutich")
                .post("/api/decisions", Map.of("campaignId", campaignId, "comment", "Khen thưởng", "awards", awards));
        if (decided.status() != 201) {
            throw new IllegalStateException("The chairman could not decide: " + decided);
        }
        return decided.json();
    }

    private static void vote(Api council, String campaignId, String dossierId, List<Object> votes) {
        String taskId = null;
        for (JsonNode task : council.get("/api/tasks?campaignId={c}&stage=COUNCIL_REVIEW&size=200", campaignId)
                .json()
                .path("items")) {
            if (dossierId.equals(task.path("dossierId").asText())) {
                taskId = task.path("id").asText();
            }
        }
        if (taskId == null) {
            throw new IllegalStateException("No COUNCIL_REVIEW task for dossier " + dossierId);
        }
        ApiResponse voted = council.post(
                "/api/tasks/{id}/complete",
                Map.of("meetingDate", "2025-09-01", "membersTotal", 9, "membersPresent", 8, "nominees", votes),
                taskId);
        if (voted.status() != 200) {
            throw new IllegalStateException("The council could not vote: " + voted);
        }
    }
}
