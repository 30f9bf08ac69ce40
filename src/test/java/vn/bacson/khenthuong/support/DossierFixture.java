package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;

/**
 * Dossiers through the public API, for ITs that need one in review: drafted by a unit user with eligible
 * nominees, every required document uploaded (a minimal PDF), then submitted. Nominee names must be unique
 * within a campaign (a repeated name is a DUPLICATE_NOMINATION): pass your own.
 */
public final class DossierFixture {

    /** The smallest file the content check accepts as PDF. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private DossierFixture() {}

    /** A DRAFT dossier with one eligible individual per name (Giấy khen); answers the created dossier. */
    public static JsonNode draft(Api unit, String campaignId, String title, String... nomineeNames) {
        List<Object> nominees = new ArrayList<>();
        for (String name : nomineeNames) {
            nominees.add(Map.of(
                    "type",
                    "INDIVIDUAL",
                    "fullName",
                    name,
                    "birthYear",
                    1980,
                    "position",
                    "Cán bộ",
                    "proposedAward",
                    "GIAY_KHEN_CHU_TICH_XA",
                    "achievementSummary",
                    "Hoàn thành xuất sắc nhiệm vụ",
                    "emulationContents",
                    List.of("KTXH", "DAI_HOI"),
                    "initiative",
                    "Sáng kiến làm đường",
                    "disciplineLevel",
                    "NONE"));
        }
        ApiResponse created =
                unit.post("/api/dossiers", Map.of("campaignId", campaignId, "title", title, "nominees", nominees));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a dossier: " + created);
        }
        return created.json();
    }

    /** Uploads the Tờ trình, Biểu tóm tắt, Biên bản họp xét and one Báo cáo thành tích per nominee. */
    public static void uploadAllDocuments(Api unit, JsonNode dossier) {
        String id = dossier.get("id").asText();
        for (String kind : List.of("TO_TRINH", "BIEU_TOM_TAT", "BIEN_BAN_HOP_XET")) {
            upload(unit, id, kind, null);
        }
        for (JsonNode nominee : dossier.get("nominees")) {
            upload(unit, id, "BAO_CAO_THANH_TICH", nominee.get("id").asText());
        }
    }

    public static ApiResponse upload(Api unit, String dossierId, String kind, String nomineeId) {
        Map<String, Object> parts = new HashMap<>();
        parts.put("kind", kind);
        if (nomineeId != null) {
            parts.put("nomineeId", nomineeId);
        }
        parts.put("file", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return kind.toLowerCase() + ".pdf";
            }
        });
        ApiResponse uploaded = unit.postMultipart("/api/dossiers/{id}/documents", parts, dossierId);
        if (uploaded.status() != 201) {
            throw new IllegalStateException("Could not upload " + kind + ": " + uploaded);
        }
        return uploaded;
    }

    /**
     * Takes a dossier in review through the Ban Xây dựng Đảng's selection (bxdd) and the appraisal (vhxh), every
     * nominee selected and appraised DAT, through the task API; answers the dossier as it stands then (waiting for
     * the council, or under public posting when its campaign has posting days).
     */
    public static JsonNode appraised(Api bxdd, Api vhxh, String campaignId, JsonNode dossier) {
        String id = dossier.get("id").asText();
        List<Object> selected = new ArrayList<>();
        List<Object> appraised = new ArrayList<>();
        for (JsonNode nominee : dossier.get("nominees")) {
            String nomineeId = nominee.get("id").asText();
            selected.add(Map.of("nomineeId", nomineeId, "selected", true));
            appraised.add(
                    Map.of("nomineeId", nomineeId, "appraisal", "DAT", "recommendedAward", "GIAY_KHEN_CHU_TICH_XA"));
        }
        complete(bxdd, campaignId, id, "PARTY_BUILDING_SELECTION", selected);
        complete(vhxh, campaignId, id, "CULTURE_SOCIAL_APPRAISAL", appraised);
        return vhxh.get("/api/dossiers/{id}", id).json();
    }

    private static void complete(Api reviewer, String campaignId, String dossierId, String stage, List<Object> rows) {
        completeTask(
                reviewer,
                campaignId,
                dossierId,
                stage,
                Map.of("outcome", "FORWARD", "comment", "Đồng ý", "nominees", rows));
    }

    /** Completes the dossier's task at this stage with this payload, as the reviewer does through the task API. */
    public static void completeTask(
            Api reviewer, String campaignId, String dossierId, String stage, Map<String, Object> payload) {
        JsonNode items = reviewer.get("/api/tasks?campaignId={c}&stage={s}&size=200", campaignId, stage)
                .json()
                .path("items");
        String taskId = null;
        for (JsonNode item : items) {
            if (dossierId.equals(item.path("dossierId").asText())) {
                taskId = item.path("id").asText();
            }
        }
        if (taskId == null) {
            throw new IllegalStateException("No " + stage + " task for dossier " + dossierId + ": " + items);
        }
        ApiResponse done = reviewer.post("/api/tasks/{id}/complete", payload, taskId);
        if (done.status() != 200) {
            throw new IllegalStateException(stage + " could not be completed: " + done);
        }
    }

    /** Drafts, completes and submits a dossier; answers the dossier as the submit returned it (IN_REVIEW). */
    public static JsonNode inReview(Api unit, String campaignId, String title, String... nomineeNames) {
        JsonNode dossier = draft(unit, campaignId, title, nomineeNames);
        uploadAllDocuments(unit, dossier);
        ApiResponse submitted =
                unit.post("/api/dossiers/{id}/submit", null, dossier.get("id").asText());
        if (submitted.status() != 200 || !"IN_REVIEW".equals(submitted.str("status"))) {
            throw new IllegalStateException("The dossier did not reach IN_REVIEW: " + submitted);
        }
        return submitted.json();
    }
}
