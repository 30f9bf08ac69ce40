package vn.bacson.khenthuong.home;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;

/** Dossiers of one campaign taken to each stage through the public API, for the start page's tests. */
public final class HomeFixture {

    private final Function<String, Api> api;
    private final String campaignId;

    public HomeFixture(Function<String, Api> api, String campaignId) {
        this.api = api;
        this.campaignId = campaignId;
    }

    public JsonNode draft(String title, String nominee) {
        return DossierFixture.draft(api.apply("thon1"), campaignId, title, nominee);
    }

    /** Submitted by thon1: waits for Ban Xây dựng Đảng's selection. */
    public JsonNode inReview(String title, String nominee) {
        return DossierFixture.inReview(api.apply("thon1"), campaignId, title, nominee);
    }

    /** Sent back to thon1 by Ban Xây dựng Đảng with this reason. */
    public JsonNode returned(String title, String nominee, String reason) {
        JsonNode dossier = inReview(title, nominee);
        complete("bxdd", dossier, "PARTY_BUILDING_SELECTION", Map.of("outcome", "RETURN", "comment", reason));
        return get(dossier);
    }

    /** Selected by Ban Xây dựng Đảng: waits for the appraisal. */
    public JsonNode selected(String title, String nominee) {
        JsonNode dossier = inReview(title, nominee);
        complete("bxdd", dossier, "PARTY_BUILDING_SELECTION", payload(dossier, n -> Map.of("selected", true)));
        return get(dossier);
    }

    /** Appraised: waits for the council. */
    public JsonNode appraised(String title, String nominee) {
        JsonNode dossier = selected(title, nominee);
        complete(
                "vhxh",
                dossier,
                "CULTURE_SOCIAL_APPRAISAL",
                payload(dossier, n -> Map.of("appraisal", "DAT", "recommendedAward", "GIAY_KHEN_CHU_TICH_XA")));
        return get(dossier);
    }

    /** Voted by the council: waits for the chairman. */
    public JsonNode voted(String title, String nominee) {
        JsonNode dossier = appraised(title, nominee);
        Map<String, Object> body = new java.util.HashMap<>(payload(dossier, n -> Map.of("votesFor", 7)));
        body.remove("outcome");
        body.put("meetingDate", LocalDate.now().toString());
        body.put("membersTotal", 9);
        body.put("membersPresent", 8);
        complete("hoidong", dossier, "COUNCIL_REVIEW", body);
        return get(dossier);
    }

    /** Decided by the chairman (Giấy khen): the dossier as the unit reads it then. */
    public JsonNode decided(String title, String nominee) {
        JsonNode dossier = voted(title, nominee);
        complete(
                "chutich",
                dossier,
                "CHAIRMAN_DECISION",
                payload(dossier, n -> Map.of("award", "GIAY_KHEN_CHU_TICH_XA")));
        return get(dossier);
    }

    public JsonNode get(JsonNode dossier) {
        return api.apply("thon1").get("/api/dossiers/{id}", id(dossier)).json();
    }

    /** The caller's open task of this dossier at the stage. */
    public JsonNode task(String user, JsonNode dossier, String stage) {
        for (JsonNode item : api.apply(user)
                .get("/api/tasks?campaignId={c}&stage={s}&size=200", campaignId, stage)
                .json()
                .path("items")) {
            if (id(dossier).equals(item.path("dossierId").asText())) {
                return item;
            }
        }
        throw new IllegalStateException("No " + stage + " task of " + user + " for " + id(dossier));
    }

    public void complete(String user, JsonNode dossier, String stage, Map<String, Object> body) {
        ApiResponse done = api.apply(user)
                .post(
                        "/api/tasks/{id}/complete",
                        body,
                        task(user, dossier, stage).path("id").asText());
        if (done.status() != 200) {
            throw new IllegalStateException(stage + " could not be completed: " + done);
        }
    }

    public static String id(JsonNode dossier) {
        return dossier.path("id").asText();
    }

    /** outcome FORWARD (DECIDE for the chairman's rows) with one row per nominee. */
    private static Map<String, Object> payload(JsonNode dossier, Function<JsonNode, Map<String, Object>> row) {
        List<Object> rows = new ArrayList<>();
        boolean award = false;
        for (JsonNode nominee : dossier.path("nominees")) {
            Map<String, Object> fields = new java.util.HashMap<>(row.apply(nominee));
            award |= fields.containsKey("award");
            fields.put("nomineeId", nominee.path("id").asText());
            rows.add(fields);
        }
        return Map.of("outcome", award ? "DECIDE" : "FORWARD", "comment", "Đồng ý", "nominees", rows);
    }
}
