package vn.bacson.khenthuong.posting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The public posting over HTTP on PostgreSQL: a campaign with 5 days of posting, a dossier appraised into it,
 * listed to anyone, anonymous feedback, the council reading it, and the council's task only once the timer fired.
 */
class PublicPostingIT extends PostgresIT {

    @Test
    void anAppraisedDossierIsPostedPublicly_citizensSendFeedback_andTheCouncilGetsItAfterThePosting() {
        String campaignId = createOpenCampaign();
        assertThat(api("vhxh")
                        .patch("/api/campaigns/{id}", Map.of("publicPostingDays", 5), campaignId)
                        .json()
                        .get("publicPostingDays")
                        .asInt())
                .isEqualTo(5);
        String nominee = "Hoàng Thị Niêm " + unique("");
        JsonNode inReview = DossierFixture.inReview(api("thon1"), campaignId, "Đề nghị có niêm yết", nominee);
        String dossierId = inReview.get("id").asText();
        String nomineeId = inReview.get("nominees").get(0).get("id").asText();

        JsonNode appraised = DossierFixture.appraised(api("bxdd"), api("vhxh"), campaignId, inReview);

        // under posting: in review, nobody's task, listed publicly without personal data
        assertThat(appraised.get("status").asText()).isEqualTo("IN_REVIEW");
        JsonNode posting = appraised.get("publicPosting");
        assertThat(posting.get("open").asBoolean()).isTrue();
        assertThat(posting.get("feedbackCount").asInt()).isZero();
        OffsetDateTime endsAt = OffsetDateTime.parse(posting.get("endsAt").asText());
        assertThat(endsAt.toString()).endsWith("T23:59:59.999+07:00");
        assertThat(endsAt.toInstant()).isAfter(EngineTestSupport.now().plusSeconds(5 * 86_400L));
        assertThat(councilTasks(campaignId)).isEmpty();
        assertThat(appraised.get("history").findValuesAsText("action")).contains("POSTING_OPENED");

        ApiResponse listed = anonymous().get("/api/public/postings?campaignId={id}", campaignId);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total").asInt()).isEqualTo(1);
        JsonNode item = listed.json().get("items").get(0);
        assertThat(item.get("dossierId").asText()).isEqualTo(dossierId);
        assertThat(item.get("unit").asText()).isEqualTo("Thôn 1");
        assertThat(item.get("endsAt").asText()).isEqualTo(posting.get("endsAt").asText());
        JsonNode shown = item.get("nominees").get(0);
        assertThat(shown.get("fullName").asText()).isEqualTo(nominee);
        assertThat(shown.get("proposedAward").asText()).isEqualTo("GIAY_KHEN_CHU_TICH_XA");
        assertThat(shown.get("achievementSummary").asText()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(listed.text()).doesNotContain("birthYear", "disciplineLevel", "1980", "holdStatus", "initiative");

        // a citizen, without login or CSRF token
        ApiResponse sent = anonymous()
                .post(
                        "/api/public/postings/{id}/feedback",
                        Map.of(
                                "senderName", "Lò Văn Dân",
                                "contact", "0912 345 678",
                                "content", "Bà Niêm <b>nhiệt tình</b> vận động bà con làm đường.",
                                "nomineeId", nomineeId),
                        dossierId);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.str("nomineeId")).isEqualTo(nomineeId);
        assertThat(sent.str("postingEndsAt")).isEqualTo(posting.get("endsAt").asText());
        JsonNode alerts = api("vhxh")
                .get("/api/notifications?dossierId={id}", dossierId)
                .json()
                .get("items");
        List<String> alerted = new java.util.ArrayList<>();
        alerts.forEach(n -> {
            if ("PUBLIC_FEEDBACK_RECEIVED".equals(n.get("event").asText())) {
                alerted.add(n.get("to").asText());
            }
        });
        assertThat(alerted).containsExactly("truongphong@bacson.example");

        // what the public may send is checked
        ApiResponse invalid = anonymous()
                .post("/api/public/postings/{id}/feedback", Map.of("senderName", " ", "contact", "abc"), dossierId);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(invalid.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("senderName", "contact", "content");
        ApiResponse malformed = anonymous()
                .send(
                        HttpMethod.POST,
                        "/api/public/postings/{id}/feedback",
                        MediaType.APPLICATION_JSON,
                        "{\"senderName\":",
                        h -> {},
                        dossierId);
        assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
        ApiResponse huge = anonymous()
                .send(
                        HttpMethod.POST,
                        "/api/public/postings/{id}/feedback",
                        MediaType.APPLICATION_JSON,
                        ("{\"senderName\":\"A\",\"content\":\"" + "x".repeat(20_000) + "\"}")
                                .getBytes(StandardCharsets.UTF_8),
                        h -> {},
                        dossierId);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.code()).isEqualTo("REQUEST_TOO_LARGE");
        ApiResponse notPosted =
                anonymous().post("/api/public/postings/{id}/feedback", feedback("Người dân"), campaignId);
        assertThat(notPosted.status()).isEqualTo(404);
        assertThat(notPosted.code()).isEqualTo("PUBLIC_POSTING_NOT_FOUND");

        // staff read it as it was sent; the units do not
        ApiResponse forCouncil = api("hoidong").get("/api/dossiers/{id}/feedback", dossierId);
        assertThat(forCouncil.status()).isEqualTo(200);
        assertThat(forCouncil.json().get("total").asInt()).isEqualTo(1);
        JsonNode received = forCouncil.json().get("items").get(0);
        assertThat(received.get("senderName").asText()).isEqualTo("Lò Văn Dân");
        assertThat(received.get("contact").asText()).isEqualTo("0912 345 678");
        assertThat(received.get("content").asText()).isEqualTo("Bà Niêm <b>nhiệt tình</b> vận động bà con làm đường.");
        assertThat(received.get("nomineeName").asText()).isEqualTo(nominee);
        assertThat(received.get("senderFingerprint").asText()).hasSize(12);
        assertThat(forCouncil.text()).doesNotContain("127.0.0.1");
        for (String staff : List.of("bxdd", "vhxh", "truongphong", "chutich")) {
            assertThat(api(staff).get("/api/dossiers/{id}/feedback", dossierId).status())
                    .as(staff)
                    .isEqualTo(200);
        }
        ApiResponse ownUnit = api("thon1").get("/api/dossiers/{id}/feedback", dossierId);
        assertThat(ownUnit.status()).isEqualTo(403);
        assertThat(ownUnit.code()).isEqualTo("FORBIDDEN");
        assertThat(api("thon2").get("/api/dossiers/{id}/feedback", dossierId).code())
                .isEqualTo("DOSSIER_NOT_FOUND");
        assertThat(anonymous().get("/api/dossiers/{id}/feedback", dossierId).status())
                .isEqualTo(401);
        assertThat(api("vhxh")
                        .get("/api/dossiers/{id}", dossierId)
                        .json()
                        .get("publicPosting")
                        .get("feedbackCount")
                        .asInt())
                .isEqualTo(1);

        // the posting's last minute: still no council task
        EngineTestSupport.setNow(endsAt.toInstant().minusSeconds(60));
        engine().runDueJobs(dossierId);
        assertThat(councilTasks(campaignId)).isEmpty();

        // the timer fires: posting over, the council's task is there
        Instant after = endsAt.toInstant().plusSeconds(60);
        EngineTestSupport.setNow(after);
        assertThat(engine().runDueJobs(dossierId)).isPositive();
        assertThat(councilTasks(campaignId)).hasSize(1);
        JsonNode closed = api("hoidong").get("/api/dossiers/{id}", dossierId).json();
        assertThat(closed.get("stage").asText()).isEqualTo("COUNCIL_REVIEW");
        assertThat(closed.get("publicPosting").get("open").asBoolean()).isFalse();
        assertThat(closed.get("publicPosting").get("feedbackCount").asInt()).isEqualTo(1);
        assertThat(closed.get("history").findValuesAsText("action"))
                .containsSubsequence("APPRAISED", "POSTING_OPENED", "POSTING_CLOSED", "TASK_CREATED");
        assertThat(anonymous()
                        .get("/api/public/postings?campaignId={id}", campaignId)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();

        ApiResponse late =
                anonymous().post("/api/public/postings/{id}/feedback", feedback("Người đến muộn"), dossierId);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("PUBLIC_POSTING_CLOSED");
        assertThat(late.json().get("detail").asText()).contains("niêm yết công khai");
    }

    @Test
    void aCampaignWithoutPostingSendsTheAppraisedDossierStraightToTheCouncil() {
        String campaignId = createOpenCampaign();
        JsonNode inReview = DossierFixture.inReview(
                api("thon1"), campaignId, "Đề nghị không niêm yết", "Đinh Văn Thẳng " + unique(""));

        JsonNode appraised = DossierFixture.appraised(api("bxdd"), api("vhxh"), campaignId, inReview);

        assertThat(appraised.get("publicPosting").isNull()).isTrue();
        assertThat(appraised.get("stage").asText()).isEqualTo("COUNCIL_REVIEW");
        assertThat(councilTasks(campaignId)).hasSize(1);
        assertThat(anonymous()
                        .get("/api/public/postings?campaignId={id}", campaignId)
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(anonymous()
                        .get("/api/public/postings?campaignId={id}", "00000000-0000-0000-0000-000000000000")
                        .code())
                .isEqualTo("CAMPAIGN_NOT_FOUND");
    }

    private List<JsonNode> councilTasks(String campaignId) {
        List<JsonNode> tasks = new java.util.ArrayList<>();
        api("hoidong")
                .get("/api/tasks?campaignId={c}&stage=COUNCIL_REVIEW", campaignId)
                .json()
                .get("items")
                .forEach(tasks::add);
        return tasks;
    }

    private static Map<String, Object> feedback(String sender) {
        Map<String, Object> body = new HashMap<>();
        body.put("senderName", sender);
        body.put("content", "Tôi đồng ý với đề nghị khen thưởng.");
        return body;
    }
}
