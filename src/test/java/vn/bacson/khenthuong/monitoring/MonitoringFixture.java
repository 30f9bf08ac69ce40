package vn.bacson.khenthuong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;

/**
 * Dossiers of a monitoring test brought to a known state through the public API: a unit drafts and submits, the
 * reviewers complete their tasks. Every step asserts that the server accepted it.
 */
final class MonitoringFixture {

    private final Function<String, Api> api;
    private final String campaignId;

    MonitoringFixture(Function<String, Api> api, String campaignId) {
        this.api = api;
        this.campaignId = campaignId;
    }

    static String name(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** A DRAFT dossier of the unit user with eligible individuals. */
    String draft(String user, String title, String... names) {
        return DossierFixture.draft(api.apply(user), campaignId, title, names)
                .get("id")
                .asText();
    }

    /** Drafted, complete, submitted: IN_REVIEW at the party-building selection. */
    String inReview(String user, String title, String... names) {
        return DossierFixture.inReview(api.apply(user), campaignId, title, names)
                .get("id")
                .asText();
    }

    /** Submitted without its documents: the completeness check sends it back (AMENDMENT_REQUESTED). */
    String incomplete(String user, String title, String name) {
        String id = draft(user, title, name);
        ApiResponse submitted = api.apply(user).post("/api/dossiers/{id}/submit", null, id);
        assertThat(submitted.status()).as("submit %s", submitted).isEqualTo(200);
        assertThat(submitted.str("status")).isEqualTo("AMENDMENT_REQUESTED");
        return id;
    }

    /** A complete dossier whose only nominee was reprimanded last month: no eligible nominee, so rejected. */
    String disciplined(String user, String title, String name, String disciplinedOn) {
        Map<String, Object> nominee = new HashMap<>();
        nominee.put("type", "INDIVIDUAL");
        nominee.put("fullName", name);
        nominee.put("birthYear", 1975);
        nominee.put("position", "Cán bộ");
        nominee.put("proposedAward", "GIAY_KHEN_CHU_TICH_XA");
        nominee.put("achievementSummary", "Hoàn thành nhiệm vụ");
        nominee.put("emulationContents", List.of("KTXH"));
        nominee.put("initiative", "Sáng kiến");
        nominee.put("disciplineLevel", "KHIEN_TRACH");
        nominee.put("disciplineDecidedOn", disciplinedOn);
        ApiResponse created = api.apply(user)
                .post("/api/dossiers", Map.of("campaignId", campaignId, "title", title, "nominees", List.of(nominee)));
        assertThat(created.status()).as("create %s", created).isEqualTo(201);
        DossierFixture.uploadAllDocuments(api.apply(user), created.json());
        String id = created.str("id");
        ApiResponse submitted = api.apply(user).post("/api/dossiers/{id}/submit", null, id);
        assertThat(submitted.status()).as("submit %s", submitted).isEqualTo(200);
        return id;
    }

    void withdraw(String user, String dossierId) {
        ApiResponse withdrawn = api.apply(user).post("/api/dossiers/{id}/withdraw", null, dossierId);
        assertThat(withdrawn.status()).as("withdraw %s", withdrawn).isEqualTo(200);
    }

    JsonNode dossier(String id) {
        ApiResponse response = api.apply("vhxh").get("/api/dossiers/{id}", id);
        assertThat(response.status()).as("dossier %s", response).isEqualTo(200);
        return response.json();
    }

    String taskId(String user, String dossierId, String stage) {
        ApiResponse response = api.apply(user).get("/api/tasks?campaignId={c}&stage={s}&size=200", campaignId, stage);
        assertThat(response.status()).as("tasks %s", response).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode task : response.json().get("items")) {
            if (dossierId.equals(task.get("dossierId").asText())) {
                ids.add(task.get("id").asText());
            }
        }
        assertThat(ids).as("%s task of %s for %s", stage, dossierId, user).hasSize(1);
        return ids.get(0);
    }

    void claim(String user, String dossierId, String stage) {
        ApiResponse claimed = api.apply(user).post("/api/tasks/{id}/claim", null, taskId(user, dossierId, stage));
        assertThat(claimed.status()).as("claim %s", claimed).isEqualTo(200);
    }

    void forwardSelection(String dossierId) {
        complete(
                "bxdd",
                dossierId,
                "PARTY_BUILDING_SELECTION",
                Map.of(
                        "outcome",
                        "FORWARD",
                        "comment",
                        "Thống nhất đề nghị.",
                        "nominees",
                        nominees(dossierId).stream()
                                .map(n -> Map.of("nomineeId", n, "selected", true))
                                .toList()));
    }

    void forwardAppraisal(String dossierId) {
        complete(
                "vhxh",
                dossierId,
                "CULTURE_SOCIAL_APPRAISAL",
                Map.of(
                        "outcome",
                        "FORWARD",
                        "comment",
                        "Đủ điều kiện trình Hội đồng.",
                        "nominees",
                        nominees(dossierId).stream()
                                .map(n -> Map.of(
                                        "nomineeId",
                                        n,
                                        "appraisal",
                                        "DAT",
                                        "recommendedAward",
                                        "GIAY_KHEN_CHU_TICH_XA",
                                        "note",
                                        "Tiêu biểu"))
                                .toList()));
    }

    void councilPasses(String dossierId, String meetingDate) {
        complete(
                "hoidong",
                dossierId,
                "COUNCIL_REVIEW",
                Map.of(
                        "meetingDate",
                        meetingDate,
                        "membersTotal",
                        9,
                        "membersPresent",
                        7,
                        "comment",
                        "Hội đồng họp xét.",
                        "nominees",
                        nominees(dossierId).stream()
                                .map(n -> Map.of("nomineeId", n, "votesFor", 6))
                                .toList()));
    }

    void chairmanDecides(String dossierId) {
        complete(
                "chutich",
                dossierId,
                "CHAIRMAN_DECISION",
                Map.of(
                        "outcome",
                        "DECIDE",
                        "comment",
                        "Đồng ý.",
                        "nominees",
                        nominees(dossierId).stream()
                                .map(n -> Map.of("nomineeId", n, "award", "GIAY_KHEN_CHU_TICH_XA"))
                                .toList()));
    }

    private void complete(String user, String dossierId, String stage, Map<String, Object> payload) {
        ApiResponse done = api.apply(user).post("/api/tasks/{id}/complete", payload, taskId(user, dossierId, stage));
        assertThat(done.status()).as("%s completes %s: %s", user, stage, done).isEqualTo(200);
    }

    /** Nominees still in the running (eligible, no outcome yet). */
    private List<String> nominees(String dossierId) {
        return StreamSupport.stream(dossier(dossierId).get("nominees").spliterator(), false)
                .filter(n -> "ELIGIBLE".equals(n.get("eligibility").asText()))
                .filter(n -> "PENDING".equals(n.get("outcome").asText()))
                .map(n -> n.get("id").asText())
                .toList();
    }
}
