package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/** The dossier API over HTTP on PostgreSQL: drafting, documents, visibility and submit's idempotency. */
class DossierApiIT extends PostgresIT {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aUnitDraftsADossierAndEveryInvalidFieldIsNamed() {
        String campaignId = createOpenCampaign();
        Map<String, Object> bad = new HashMap<>(dossier(campaignId));
        Map<String, Object> nominee = new HashMap<>(individual("Nguyễn Văn A"));
        nominee.remove("fullName");
        nominee.put("birthYear", 1850);
        bad.put("nominees", List.of(nominee));

        ApiResponse refused = api("thon1").post("/api/dossiers", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("nominees[0].fullName", "nominees[0].birthYear");

        ApiResponse created = api("thon1").post("/api/dossiers", dossier(campaignId));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/dossiers/" + created.str("id"));
        JsonNode body = created.json();
        assertThat(body.get("status").asText()).isEqualTo("DRAFT");
        assertThat(body.at("/unit/code").asText()).isEqualTo("thon-1");
        assertThat(body.at("/unit/name").asText()).isEqualTo("Thôn 1");
        assertThat(body.at("/nominees/0/id").asText()).isNotBlank();
        assertThat(body.at("/nominees/0/eligibility").asText()).isEqualTo("PENDING");
        assertThat(body.at("/nominees/0/disciplineLevel").asText()).isEqualTo("NONE");
        assertThat(body.at("/history/0/action").asText()).isEqualTo("CREATED");
        assertThat(body.at("/history/0/at").asText()).endsWith("+07:00");
        assertThat(body.get("missingDocuments").findValuesAsText("kind")).contains("TO_TRINH", "BAO_CAO_THANH_TICH");
    }

    @Test
    void anotherUnitNeitherSeesNorListsTheDossierNorItsDocuments() {
        String campaignId = createOpenCampaign();
        String id = api("thon1").post("/api/dossiers", dossier(campaignId)).str("id");
        String documentId =
                upload("thon1", id, "TO_TRINH", null, "to-trinh.pdf", PDF).str("id");

        ApiResponse foreign = api("thon2").get("/api/dossiers/{id}", id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("DOSSIER_NOT_FOUND");
        assertThat(api("thon2")
                        .get("/api/dossiers/{id}/documents/{doc}", id, documentId)
                        .status())
                .isEqualTo(404);
        assertThat(api("thon2").post("/api/dossiers/{id}/submit", null, id).status())
                .isEqualTo(404);
        assertThat(api("thon2")
                        .get("/api/dossiers?campaignId={c}&unit=thon-1", campaignId)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        assertThat(api("vhxh").get("/api/dossiers/{id}", id).status()).isEqualTo(200);
        assertThat(api("vhxh")
                        .get("/api/dossiers?campaignId={c}", campaignId)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api("vhxh")
                        .put("/api/dossiers/{id}", dossier(campaignId), id)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void documentsAreTypedByTheirContentAndComeBackSafely() {
        String id = api("thon1")
                .post("/api/dossiers", dossier(createOpenCampaign()))
                .str("id");

        ApiResponse fake = upload(
                "thon1",
                id,
                "TO_TRINH",
                null,
                "to-trinh.pdf",
                "MZ this is not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(fake.status()).isEqualTo(415);
        assertThat(fake.code()).isEqualTo("UNSUPPORTED_FILE_TYPE");

        ApiResponse noNominee = upload("thon1", id, "BAO_CAO_THANH_TICH", null, "bao-cao.pdf", PDF);
        assertThat(noNominee.status()).isEqualTo(400);
        assertThat(noNominee.json().get("errors").findValuesAsText("field")).containsExactly("nomineeId");

        ApiResponse stored = upload("thon1", id, "TO_TRINH", null, "Tờ trình \"số 1\".pdf", PDF);
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.str("contentType")).isEqualTo("application/pdf");
        assertThat(stored.json().get("size").asLong()).isEqualTo(PDF.length);
        assertThat(stored.str("sha256")).isEqualTo(DocumentService.sha256(PDF));

        ApiResponse download = api("vhxh").get("/api/dossiers/{id}/documents/{doc}", id, stored.str("id"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ContentDisposition disposition = download.headers().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Tờ trình \"số 1\".pdf");

        assertThat(api("thon1").get("/api/dossiers/{id}/documents", id).json().findValuesAsText("kind"))
                .containsExactly("TO_TRINH");
        assertThat(api("thon1")
                        .delete("/api/dossiers/{id}/documents/{doc}", id, stored.str("id"))
                        .status())
                .isEqualTo(204);
        assertThat(api("thon1")
                        .get("/api/dossiers/{id}", id)
                        .json()
                        .get("history")
                        .findValuesAsText("action"))
                .containsExactly("CREATED", "DOCUMENT_ADDED", "DOCUMENT_REMOVED");
    }

    @Test
    void updateReplacesTheNomineesAndDropsTheDocumentsOfRemovedOnes() {
        String campaignId = createOpenCampaign();
        JsonNode created =
                api("thon1").post("/api/dossiers", dossier(campaignId)).json();
        String id = created.get("id").asText();
        String nomineeA = created.at("/nominees/0/id").asText();
        String nomineeB = created.at("/nominees/1/id").asText();
        upload("thon1", id, "BAO_CAO_THANH_TICH", nomineeB, "bao-cao-b.pdf", PDF);

        Map<String, Object> keepA = new HashMap<>(individual("Nguyễn Văn A (sửa)"));
        keepA.put("id", nomineeA);
        Map<String, Object> change =
                Map.of("title", "Tên hồ sơ mới", "nominees", List.of(keepA, individual("Trần Thị C")));
        JsonNode updated = api("thon1").put("/api/dossiers/{id}", change, id).json();

        assertThat(updated.get("title").asText()).isEqualTo("Tên hồ sơ mới");
        assertThat(updated.get("nominees").findValuesAsText("fullName"))
                .containsExactly("Nguyễn Văn A (sửa)", "Trần Thị C");
        assertThat(updated.at("/nominees/0/id").asText()).isEqualTo(nomineeA);
        assertThat(updated.get("documents")).isEmpty();

        Map<String, Object> foreignNominee = new HashMap<>(individual("X"));
        foreignNominee.put("id", java.util.UUID.randomUUID().toString());
        ApiResponse unknown =
                api("thon1").put("/api/dossiers/{id}", Map.of("title", "T", "nominees", List.of(foreignNominee)), id);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("UNKNOWN_NOMINEE");
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameAnswerAndNoSecondProcess() {
        JsonNode created = api("thon1")
                .post("/api/dossiers", dossier(createOpenCampaign()))
                .json();
        String id = created.get("id").asText();
        for (String kind : List.of("TO_TRINH", "BIEU_TOM_TAT", "BIEN_BAN_HOP_XET")) {
            upload("thon1", id, kind, null, kind.toLowerCase() + ".pdf", PDF);
        }
        for (JsonNode nominee : created.get("nominees")) {
            upload("thon1", id, "BAO_CAO_THANH_TICH", nominee.get("id").asText(), "bao-cao.pdf", PDF);
        }

        ApiResponse first = submit(id, "submit-" + id);
        ApiResponse again = submit(id, "submit-" + id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.str("status")).isEqualTo("IN_REVIEW");
        assertThat(first.json().get("missingDocuments")).isEmpty();
        assertThat(first.json().get("submittedAt").asText()).endsWith("+07:00");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.str("status")).isEqualTo(first.str("status"));
        assertThat(again.json().get("history").findValuesAsText("action").stream()
                        .filter("SUBMITTED"::equals))
                .hasSize(1);

        ApiResponse newKey = submit(id, "another-" + id);
        assertThat(newKey.status()).isEqualTo(409);
        assertThat(newKey.code()).isEqualTo("DOSSIER_ALREADY_SUBMITTED");
        ApiResponse edit = api("thon1")
                .put("/api/dossiers/{id}", dossier(created.get("campaignId").asText()), id);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("DOSSIER_NOT_EDITABLE");
    }

    @Test
    void aLateSubmissionIsRefusedAndTheDossierStaysDraft() {
        LocalDate today = EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate();
        ApiResponse campaign = api("vhxh")
                .post(
                        "/api/campaigns",
                        Map.of(
                                "code",
                                unique("LATE"),
                                "title",
                                "Phong trào đã hết hạn",
                                "launchedOn",
                                today.minusDays(60).toString(),
                                "congressDate",
                                today.minusDays(30).toString(),
                                "windowDays",
                                20,
                                "awardForms",
                                List.of("GIAY_KHEN_CHU_TICH_XA")));
        assertThat(campaign.str("status")).isEqualTo("CLOSED");
        String id =
                api("thon1").post("/api/dossiers", dossier(campaign.str("id"))).str("id");

        ApiResponse late = submit(id, "late-" + id);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("SUBMISSION_WINDOW_CLOSED");
        JsonNode after = api("thon1").get("/api/dossiers/{id}", id).json();
        assertThat(after.get("status").asText()).isEqualTo("DRAFT");
        assertThat(after.get("history").findValuesAsText("action")).containsExactly("CREATED");
        // the refused attempt kept no key: once allowed, the same key would really submit
        assertThat(api("thon1").post("/api/dossiers/{id}/withdraw", null, id).str("status"))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void theProvinceDecisionIsRecordedByCultureSocialOnlyAndOnlyForAPendingDossier() {
        JsonNode created = api("thon1")
                .post("/api/dossiers", dossier(createOpenCampaign()))
                .json();
        String id = created.get("id").asText();
        Map<String, Object> decision = Map.of(
                "decisionNumber",
                "1234/QĐ-UBND",
                "decidedOn",
                "2025-10-01",
                "nominees",
                List.of(Map.of("nomineeId", created.at("/nominees/0/id").asText(), "awarded", true)));

        ApiResponse byUnit = api("thon1").post("/api/dossiers/{id}/province-decision", decision, id);
        assertThat(byUnit.status()).isEqualTo(403);
        assertThat(byUnit.code()).isEqualTo("FORBIDDEN");

        ApiResponse notPending = api("vhxh").post("/api/dossiers/{id}/province-decision", decision, id);
        assertThat(notPending.status()).isEqualTo(409);
        assertThat(notPending.code()).isEqualTo("DOSSIER_NOT_PROVINCE_PENDING");
        assertThat(api("vhxh")
                        .post("/api/dossiers/{id}/province-decision", decision, java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    private ApiResponse submit(String id, String key) {
        return api("thon1")
                .send(
                        HttpMethod.POST,
                        "/api/dossiers/{id}/submit",
                        MediaType.APPLICATION_JSON,
                        null,
                        h -> h.add("Idempotency-Key", key),
                        id);
    }

    private ApiResponse upload(
            String user, String dossierId, String kind, String nomineeId, String fileName, byte[] bytes) {
        Map<String, Object> parts = new HashMap<>();
        parts.put("kind", kind);
        if (nomineeId != null) {
            parts.put("nomineeId", nomineeId);
        }
        parts.put("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return api(user).postMultipart("/api/dossiers/{id}/documents", parts, dossierId);
    }

    private static Map<String, Object> dossier(String campaignId) {
        List<Object> nominees = new ArrayList<>();
        nominees.add(individual("Nguyễn Văn A"));
        nominees.add(Map.of(
                "type",
                "COLLECTIVE",
                "fullName",
                "Chi hội Phụ nữ thôn 1",
                "proposedAward",
                "GIAY_KHEN_CHU_TICH_XA",
                "achievementSummary",
                "Nhiều thành tích",
                "emulationContents",
                List.of("PHONG_TRAO"),
                "initiative",
                "Mô hình tiết kiệm",
                "memberDisciplined",
                false));
        return Map.of("campaignId", campaignId, "title", "Đề nghị khen thưởng Thôn 1", "nominees", nominees);
    }

    private static Map<String, Object> individual(String fullName) {
        return Map.of(
                "type",
                "INDIVIDUAL",
                "fullName",
                fullName,
                "birthYear",
                1980,
                "position",
                "Trưởng thôn",
                "proposedAward",
                "GIAY_KHEN_CHU_TICH_XA",
                "achievementSummary",
                "Hoàn thành xuất sắc nhiệm vụ",
                "emulationContents",
                List.of("KTXH", "DAI_HOI"),
                "initiative",
                "Sáng kiến làm đường",
                "disciplineLevel",
                "NONE");
    }
}
