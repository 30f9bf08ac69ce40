package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.documents.DocumentTestSupport;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * The achievement report filled in on the system, over HTTP on PostgreSQL: a unit writes it instead of uploading
 * one, the dossier stops asking for that nominee's report, the submit passes the completeness check, reviewers read
 * the PDF; another unit does not find it; once submitted it cannot change.
 */
public class AchievementReportIT extends PostgresIT {

    private static final String PATH = "/api/dossiers/{id}/nominees/{nominee}/achievement-report";

    /** A report with every required section, as a unit sends it. */
    public static Map<String, Object> filledReport() {
        Map<String, Object> report = new HashMap<>();
        report.put("address", "Thôn 1, xã Bắc Sơn, tỉnh Lạng Sơn");
        report.put("duties", "Trưởng thôn, phụ trách công tác dân vận");
        report.put("background", "Tham gia công tác thôn từ năm 2010.\nTrưởng thôn từ năm 2019.");
        report.put(
                "achievements",
                List.of(
                        Map.of("content", "KTXH", "result", "Vận động 46 hộ hiến 1.200 m² đất làm đường liên thôn."),
                        Map.of("content", "DAI_HOI", "result", "Bảo đảm an ninh trật tự trong 3 ngày Đại hội.")));
        report.put("initiatives", "Mô hình “Tổ tự quản đường hoa”, nhân rộng ra 3 thôn.");
        report.put("signerTitle", "Trưởng thôn");
        report.put("signerName", "Hoàng Văn Thắng");
        return report;
    }

    @Test
    void aFilledReportReplacesTheUploadAndReviewersReadItsPdf() {
        String campaignId = createOpenCampaign();
        Api thon1 = api("thon1");
        String written = "Đinh Thị Ngọc Ánh " + unique("");
        JsonNode dossier = DossierFixture.draft(thon1, campaignId, "Hồ sơ có báo cáo biểu mẫu", written, "Lò Văn Tải");
        String id = dossier.get("id").asText();
        String nominee = dossier.at("/nominees/0/id").asText();
        String uploadedFor = dossier.at("/nominees/1/id").asText();
        for (String kind : List.of("TO_TRINH", "BIEU_TOM_TAT", "BIEN_BAN_HOP_XET")) {
            DossierFixture.upload(thon1, id, kind, null);
        }
        DossierFixture.upload(thon1, id, "BAO_CAO_THANH_TICH", uploadedFor);

        ApiResponse none = thon1.get(PATH, id, nominee);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.code()).isEqualTo("ACHIEVEMENT_REPORT_NOT_FOUND");
        assertThat(missingReports(thon1, id)).containsExactly(nominee);

        // every invalid field is named; nothing is stored
        Map<String, Object> bad = filledReport();
        bad.put("address", "x".repeat(301));
        bad.put("achievements", List.of(Map.of("content", "KTXH", "result", " "), Map.of("result", "Có kết quả")));
        ApiResponse refused = thon1.put(PATH, bad, id, nominee);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("address", "achievements[0].result", "achievements[1].content");
        Map<String, Object> unknown = filledReport();
        unknown.put("achievements", List.of(Map.of("content", "KHONG_CO", "result", "Kết quả")));
        ApiResponse unknownContent = thon1.put(PATH, unknown, id, nominee);
        assertThat(unknownContent.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(unknownContent.json().at("/errors/0/field").asText()).isEqualTo("achievements[0].content");
        assertThat(unknownContent.json().at("/errors/0/code").asText()).isEqualTo("INVALID_VALUE");
        assertThat(thon1.get(PATH, id, nominee).status()).isEqualTo(404);

        // half written: stored, but the upload is still asked for
        Map<String, Object> half = filledReport();
        half.remove("initiatives");
        ApiResponse created = thon1.put(PATH, half, id, nominee);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("complete").asBoolean()).isFalse();
        assertThat(created.json().get("missingSections")).hasSize(1);
        assertThat(created.json().at("/missingSections/0").asText()).isEqualTo("INITIATIVE_OR_DEED");
        assertThat(missingReports(thon1, id)).containsExactly(nominee);

        // filled: the nominee's BAO_CAO_THANH_TICH is no longer missing
        ApiResponse filled = thon1.put(PATH, filledReport(), id, nominee);
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.json().get("complete").asBoolean()).isTrue();
        assertThat(filled.str("updatedBy")).isEqualTo("thon1");
        assertThat(filled.str("pdf")).endsWith("/nominees/" + nominee + "/achievement-report.pdf");
        assertThat(filled.json().at("/nominee/fullName").asText()).isEqualTo(written);
        assertThat(filled.json().at("/achievements/1/content").asText()).isEqualTo("DAI_HOI");
        JsonNode view = thon1.get("/api/dossiers/{id}", id).json();
        assertThat(view.get("missingDocuments")).isEmpty();
        assertThat(view.at("/achievementReports/0/nomineeId").asText()).isEqualTo(nominee);
        assertThat(view.at("/achievementReports/0/complete").asBoolean()).isTrue();

        // another unit finds neither the report nor its PDF
        ApiResponse foreign = api("thon2").get(PATH, id, nominee);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("DOSSIER_NOT_FOUND");
        assertThat(api("thon2").get(PATH + ".pdf", id, nominee).status()).isEqualTo(404);
        assertThat(api("thon2").put(PATH, filledReport(), id, nominee).status()).isEqualTo(404);
        // staff read, but do not write
        assertThat(api("vhxh").put(PATH, filledReport(), id, nominee).code()).isEqualTo("FORBIDDEN");

        // the submit's completeness check passes
        ApiResponse submitted = thon1.post("/api/dossiers/{id}/submit", null, id);
        assertThat(submitted.str("status")).as(submitted.toString()).isEqualTo("IN_REVIEW");

        // once submitted, the report cannot change nor go away
        ApiResponse late = thon1.put(PATH, half, id, nominee);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("DOSSIER_NOT_EDITABLE");
        assertThat(thon1.delete(PATH, id, nominee).code()).isEqualTo("DOSSIER_NOT_EDITABLE");

        // the reviewer downloads the PDF: the nominee's name with its diacritics, the rows, the legal reference
        ApiResponse pdf = api("bxdd").get(PATH + ".pdf", id, nominee);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType().isCompatibleWith(MediaType.APPLICATION_PDF))
                .isTrue();
        assertThat(pdf.headers().getFirst("Content-Disposition")).startsWith("attachment");
        String text = DocumentTestSupport.pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "BÁO CÁO THÀNH TÍCH",
                        written,
                        "Vận động 46 hộ hiến 1.200 m² đất làm đường liên thôn.",
                        "Bảo đảm an ninh trật tự trong 3 ngày Đại hội.",
                        "THÔN 1",
                        "Nghị định số 152/2025/NĐ-CP");
        ApiResponse docx = api("vhxh").get(PATH + ".docx", id, nominee);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(DocumentTestSupport.docxText(docx.body())).contains(written);

        // the campaign's template set decides the form it is drawn up on
        assertThat(api("vhxh")
                        .put("/api/campaigns/{id}/document-template", Map.of("templateSet", "ND98-2023"), campaignId)
                        .status())
                .isEqualTo(200);
        String older = DocumentTestSupport.pdfText(
                        api("hoidong").get(PATH + ".pdf", id, nominee).body())
                .replaceAll("\\s+", " ");
        assertThat(older).contains("Mẫu số 08", "Nghị định số 98/2023/NĐ-CP").doesNotContain("152/2025");

        assertThat(api("bxdd").get(PATH, id, nominee).json().get("complete").asBoolean())
                .isTrue();
    }

    @Test
    void deletingTheReportAsksForTheUploadAgainAndRemovingTheNomineeRemovesIt() {
        String campaignId = createOpenCampaign();
        Api thon1 = api("thon1");
        JsonNode dossier = DossierFixture.draft(thon1, campaignId, "Hồ sơ xóa báo cáo", "Hà Thị Duyên " + unique(""));
        String id = dossier.get("id").asText();
        String nominee = dossier.at("/nominees/0/id").asText();
        assertThat(thon1.put(PATH, filledReport(), id, nominee).status()).isEqualTo(201);
        assertThat(missingReports(thon1, id)).isEmpty();

        assertThat(thon1.delete(PATH, id, nominee).status()).isEqualTo(204);
        assertThat(missingReports(thon1, id)).containsExactly(nominee);
        assertThat(thon1.delete(PATH, id, nominee).code()).isEqualTo("ACHIEVEMENT_REPORT_NOT_FOUND");
        assertThat(thon1.get("/api/dossiers/{id}", id).json().get("history").findValuesAsText("comment"))
                .anyMatch(c -> c.startsWith("Báo cáo thành tích (lập trên hệ thống)"));

        // a nominee of another dossier is not found here
        String other = DossierFixture.draft(thon1, campaignId, "Hồ sơ khác", "Mã Văn Khác " + unique(""))
                .at("/nominees/0/id")
                .asText();
        ApiResponse wrong = thon1.put(PATH, filledReport(), id, other);
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.code()).isEqualTo("NOMINEE_NOT_FOUND");

        // the nominee goes, and its report with it
        assertThat(thon1.put(PATH, filledReport(), id, nominee).status()).isEqualTo(201);
        JsonNode withoutHer = thon1.put(
                        "/api/dossiers/{id}",
                        Map.of(
                                "title",
                                "Hồ sơ xóa báo cáo",
                                "nominees",
                                List.of(Map.of(
                                        "type",
                                        "COLLECTIVE",
                                        "fullName",
                                        "Tổ hòa giải " + unique(""),
                                        "proposedAward",
                                        "GIAY_KHEN_CHU_TICH_XA"))),
                        id)
                .json();
        assertThat(withoutHer.get("achievementReports")).isEmpty();
        assertThat(thon1.get(PATH, id, nominee).code()).isEqualTo("NOMINEE_NOT_FOUND");
    }

    private static List<String> missingReports(Api unit, String dossierId) {
        JsonNode missing = unit.get("/api/dossiers/{id}", dossierId).json().get("missingDocuments");
        return StreamSupport.stream(missing.spliterator(), false)
                .filter(m -> "BAO_CAO_THANH_TICH".equals(m.get("kind").asText()))
                .map(m -> m.get("nomineeId").asText())
                .toList();
    }
}
