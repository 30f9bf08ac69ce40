package vn.bacson.khenthuong.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.CommuneFixture;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Public pages per commune (issue 14): the same campaign code in two communes shows each commune's own awardees at
 * its own path, as JSON and as a page; the old paths show the installation's default commune; an unknown commune is
 * 404. The default commune is the installation's (bac-son); the other a fresh commune per run, so the campaign code
 * {@code DH-2025} (Bắc Sơn's demo campaign) can be used in it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesPerCommuneIT extends PostgresIT {

    private static final String CODE = "DH-2025";

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String other = "cong-khai-" + suffix;
    private final String otherName = "Nguyễn Thị Xã Khác " + suffix;
    private final String defaultName = "Trần Văn Mặc Định " + suffix;
    private CommuneFixture otherCommune;

    @BeforeAll
    void twoCommunesAwardInTheirOwnDh2025() {
        otherCommune = onboardCommune(other, "Xã Công Khai " + suffix).likeTheDemo();
        Function<String, Api> otherUsers = otherCommune::as;
        String otherCampaign = otherCommune.openCampaign(CODE, "Phong trào thi đua của xã khác");
        DecisionFixture.decided(otherUsers, otherCampaign, "thon1", otherName);
        recordDecisions(otherUsers.apply("chutich"), otherCampaign);
        // Bắc Sơn's demo campaign DH-2025 (open now) gets an awardee of this run
        String bacSonCampaign =
                api("vhxh").get("/api/campaigns?size=200").json().path("items").findParents("code").stream()
                        .filter(c -> CODE.equals(c.path("code").asText()))
                        .findFirst()
                        .orElseThrow()
                        .path("id")
                        .asText();
        DecisionFixture.decided(this::api, bacSonCampaign, "thon2", defaultName);
        recordDecisions(api("chutich"), bacSonCampaign);
    }

    /** The decided dossiers' asynchronous steps (job executor off in the ITs) write the nominees' outcomes. */
    private void recordDecisions(Api chairman, String campaignId) {
        for (JsonNode dossier : chairman.get("/api/dossiers?campaignId={c}&size=200", campaignId)
                .json()
                .path("items")) {
            engine().runDueJobs(dossier.path("id").asText());
        }
    }

    @Test
    void eachCommuneShowsItsOwnAwardeesAtItsOwnPath() {
        JsonNode otherJson = anonymous()
                .get("/api/public/communes/{c}/campaigns/{code}/awards", other, CODE)
                .json();
        assertThat(names(otherJson)).contains(otherName).doesNotContain(defaultName);

        ApiResponse bacSon = anonymous().get("/api/public/communes/{c}/campaigns/{code}/awards", "bac-son", CODE);
        assertThat(bacSon.status()).isEqualTo(200);
        assertThat(names(bacSon.json())).contains(defaultName).doesNotContain(otherName);

        ApiResponse otherPage = anonymous().get("/cong-khai/{c}/{code}", other, CODE);
        assertThat(otherPage.status()).isEqualTo(200);
        assertThat(otherPage.text())
                .contains(otherName, "Xã Công Khai " + suffix)
                .doesNotContain(defaultName);
        ApiResponse otherIndex = anonymous().get("/cong-khai/{c}", other);
        assertThat(otherIndex.status()).isEqualTo(200);
        assertThat(otherIndex.text()).contains("/cong-khai/" + other + "/" + CODE, "/cong-khai/" + other + "/niem-yet");
        assertThat(anonymous().get("/cong-khai/{c}/niem-yet", other).status()).isEqualTo(200);

        // a commune user reading another commune's public page sees that commune's, not their own
        assertThat(api("thon1").get("/cong-khai/{c}/{code}", other, CODE).text())
                .contains(otherName)
                .doesNotContain(defaultName);
    }

    @Test
    void theOldPathsShowTheDefaultCommune() {
        JsonNode old =
                anonymous().get("/api/public/campaigns/{code}/awards", CODE).json();
        assertThat(names(old)).contains(defaultName).doesNotContain(otherName);
        // whoever asks: a user of the other commune too
        assertThat(names(otherCommune
                        .as("thon1")
                        .get("/api/public/campaigns/{code}/awards", CODE)
                        .json()))
                .contains(defaultName)
                .doesNotContain(otherName);

        ApiResponse page = anonymous().get("/cong-khai/{code}", CODE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(defaultName).doesNotContain(otherName);
        ApiResponse index = anonymous().get("/cong-khai");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.text()).contains("/cong-khai/" + CODE).doesNotContain("/cong-khai/" + other);
        assertThat(anonymous().get("/cong-khai/niem-yet").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/public/postings").status()).isEqualTo(200);
    }

    @Test
    void anUnknownCommuneIsNotFound() {
        ApiResponse json = anonymous().get("/api/public/communes/{c}/campaigns/{code}/awards", "khong-co-xa", CODE);
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.contentType().toString()).startsWith("application/problem+json");
        assertThat(anonymous().get("/cong-khai/{c}/{code}", "khong-co-xa", CODE).status())
                .isEqualTo(404);
        assertThat(anonymous().get("/cong-khai/{c}/niem-yet", "khong-co-xa").status())
                .isEqualTo(404);
        assertThat(anonymous()
                        .get("/api/public/communes/{c}/postings", "khong-co-xa")
                        .status())
                .isEqualTo(404);
        assertThat(anonymous()
                        .get("/api/public/communes/{c}/campaigns/{code}/awards", other, "KHONG-CO")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> names(JsonNode results) {
        return results.path("awardees").findValuesAsText("fullName");
    }
}
