package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.bacson.khenthuong.support.ApiResponse;

/**
 * A unit sees only its own dossiers: another unit's dossier answers exactly like one that does not exist (no
 * existence leak), while the commune staff see every dossier.
 */
class DossierAccessIT extends AcceptanceSupport {

    private static final List<String> STAFF = List.of("vhxh", "truongphong", "chutich");

    @Test
    void anotherUnitsDossierAnswersLikeAMissingOne() {
        String campaignId = createOpenCampaignOfMyOwn();
        JsonNode draft = createDossier("thon1", campaignId, individual("Hoàng Thị Riêng"));
        String id = draft.get("id").asText();
        String documentId = uploadAll("thon1", draft).get(0);
        String missingId = UUID.randomUUID().toString();

        ApiResponse foreign = api("thon2").get("/api/dossiers/{id}", id);
        ApiResponse missing = api("thon2").get("/api/dossiers/{id}", missingId);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("DOSSIER_NOT_FOUND");
        assertThat(foreign.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(foreign.str("detail")).isNotBlank();
        assertSameProblem(foreign, missing);
        assertThat(foreign.text())
                .as("nothing of the dossier leaks")
                .doesNotContain("thon-1")
                .doesNotContain(draft.get("title").asText())
                .doesNotContain(draft.at("/nominees/0/fullName").asText());

        ApiResponse foreignDocument = api("thon2").get("/api/dossiers/{id}/documents/{doc}", id, documentId);
        ApiResponse missingDocument = api("thon2").get("/api/dossiers/{id}/documents/{doc}", missingId, documentId);
        assertThat(foreignDocument.status()).isEqualTo(404);
        assertSameProblem(foreignDocument, missingDocument);
        assertThat(foreignDocument.body()).isNotEqualTo(PDF);
        assertThat(api("thon2").get("/api/dossiers/{id}/documents", id).status())
                .isEqualTo(404);

        Map<String, Object> change = Map.of("title", "Sửa trộm", "nominees", List.of(individual("Người lạ")));
        ApiResponse foreignPut = api("thon2").put("/api/dossiers/{id}", change, id);
        assertThat(foreignPut.status()).isEqualTo(404);
        assertSameProblem(foreignPut, api("thon2").put("/api/dossiers/{id}", change, missingId));
        assertThat(api("thon2").post("/api/dossiers/{id}/submit", null, id).status())
                .isEqualTo(404);
        assertThat(api("thon2").post("/api/dossiers/{id}/withdraw", null, id).status())
                .isEqualTo(404);
        assertThat(api("thon2")
                        .delete("/api/dossiers/{id}/documents/{doc}", id, documentId)
                        .status())
                .isEqualTo(404);

        assertThat(listedIds("thon2", campaignId, "")).doesNotContain(id);
        assertThat(listedIds("thon2", campaignId, "&unit=thon-1")).doesNotContain(id);

        JsonNode own = dossier("thon1", id);
        assertThat(own.get("title").asText()).isEqualTo(draft.get("title").asText());
        assertThat(own.get("documents")).hasSize(4);
        assertThat(historyActions(own)).doesNotContain("SUBMITTED", "UPDATED");
        assertThat(listedIds("thon1", campaignId, "")).contains(id);
        ApiResponse ownDocument = api("thon1").get("/api/dossiers/{id}/documents/{doc}", id, documentId);
        assertThat(ownDocument.status()).isEqualTo(200);
        assertThat(ownDocument.body()).isEqualTo(PDF);
    }

    @Test
    void theCommuneStaffSeeEveryUnitsDossier() {
        String campaignId = createOpenCampaignOfMyOwn();
        JsonNode draft = createDossier("thon1", campaignId, individual("Nông Văn Công"));
        String id = draft.get("id").asText();
        String documentId = uploadAll("thon1", draft).get(0);
        String other = createDossier("thon2", campaignId, individual("Lý Thị Khai"))
                .get("id")
                .asText();

        for (String staff : STAFF) {
            JsonNode seen = dossier(staff, id);
            assertThat(seen.at("/unit/code").asText()).as(staff).isEqualTo("thon-1");
            assertThat(seen.get("nominees")).as(staff).hasSize(1);
            ApiResponse document = api(staff).get("/api/dossiers/{id}/documents/{doc}", id, documentId);
            assertThat(document.status()).as(staff).isEqualTo(200);
            assertThat(document.body()).as(staff).isEqualTo(PDF);
            assertThat(listedIds(staff, campaignId, "")).as(staff).contains(id, other);
            assertThat(listedIds(staff, campaignId, "&unit=thon-1"))
                    .as(staff)
                    .contains(id)
                    .doesNotContain(other);
        }
    }

    /** The two 404 answers cannot be told apart: same status, code, title, detail and fields. */
    private static void assertSameProblem(ApiResponse foreign, ApiResponse missing) {
        assertThat(foreign.status()).isEqualTo(missing.status());
        JsonNode a = foreign.json();
        JsonNode b = missing.json();
        assertThat(fieldNames(a)).isEqualTo(fieldNames(b));
        for (String field : List.of("type", "title", "status", "detail", "code")) {
            assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<String> listedIds(String user, String campaignId, String query) {
        ApiResponse list = api(user).get("/api/dossiers?campaignId={c}&size=200" + query, campaignId);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
