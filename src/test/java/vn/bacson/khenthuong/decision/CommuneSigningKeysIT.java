package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import vn.bacson.khenthuong.signature.PdfSignatureVerifier;
import vn.bacson.khenthuong.signature.SignatureCheck;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.Pdfsig;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Each commune signs with its own key, on PostgreSQL: the installation's demo store holds Bắc Sơn's, Vũ Lễ's and the
 * province's keys; Bắc Sơn's chairman signs a Bắc Sơn decision and Vũ Lễ's chairman a Vũ Lễ decision, and each
 * signed PDF carries its own commune's certificate (for the application's verifier and for poppler's pdfsig alike).
 * Only the system administrator chooses a commune's key, only a key the store holds; a key whose certificate names
 * another commune is refused when signing, and nothing is signed. Vũ Lễ's key is put back afterwards (the IT
 * database is shared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneSigningKeysIT extends PostgresIT {

    private static final String VU_LE = "vu-le";

    @Autowired
    private PdfSignatureVerifier verifier;

    private String vuLeKeyBefore;

    @BeforeAll
    void vuLesKeyAsItWas() {
        vuLeKeyBefore = admin().get("/api/admin/communes/{c}/settings", VU_LE)
                .json()
                .path("signingKeyAlias")
                .asText();
    }

    @AfterAll
    void putVuLesKeyBack() {
        admin().put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", vuLeKeyBefore), VU_LE);
    }

    @Test
    void eachCommunesDecisionCarriesItsOwnCommunesCertificate() throws Exception {
        setVuLesKey("vu-le");
        JsonNode bacSon = DecisionFixture.decided(this::api, createOpenCampaign(), "pkt", "Đinh Văn Khóa");
        Function<String, Api> vuLe = role -> api("vl-" + role);
        JsonNode vuLeDecision =
                DecisionFixture.decided(vuLe, createOpenCampaign(vuLe.apply("vhxh")), "thon1", "Hứa Thị Khóa");

        ApiResponse bacSonSigned = api("chutich")
                .post("/api/decisions/{id}/sign", null, bacSon.get("id").asText());
        assertThat(bacSonSigned.status()).as(bacSonSigned.toString()).isEqualTo(200);
        assertThat(bacSonSigned.str("signer")).isEqualTo("Trịnh Minh Tuấn");
        ApiResponse vuLeSigned = api("vl-chutich")
                .post("/api/decisions/{id}/sign", null, vuLeDecision.get("id").asText());
        assertThat(vuLeSigned.status()).as(vuLeSigned.toString()).isEqualTo(200);
        assertThat(vuLeSigned.str("signer")).isEqualTo("Mã Văn Long");

        byte[] bacSonPdf = api("chutich").get(bacSon.get("pdf").asText()).body();
        byte[] vuLePdf = api("vl-chutich").get(vuLeDecision.get("pdf").asText()).body();
        assertThat(verifier.check(bacSonPdf)).singleElement().satisfies(check -> {
            assertThat(check.signerName()).isEqualTo("Trịnh Minh Tuấn");
            assertThat(check.organization()).isEqualTo("ỦY BAN NHÂN DÂN XÃ BẮC SƠN");
            assertThat(check.holds()).isTrue();
        });
        assertThat(verifier.check(vuLePdf)).singleElement().satisfies(check -> {
            assertThat(check.signerName()).isEqualTo("Mã Văn Long");
            assertThat(check.organization()).isEqualTo("ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
            assertThat(check.holds()).isTrue();
        });
        assertThat(Pdfsig.report(bacSonPdf))
                .contains("Signer Certificate Common Name: Trịnh Minh Tuấn", "Signature is Valid.")
                .contains("O=ỦY BAN NHÂN DÂN XÃ BẮC SƠN")
                .doesNotContain("VŨ LỄ");
        assertThat(Pdfsig.report(vuLePdf))
                .contains("Signer Certificate Common Name: Mã Văn Long", "Signature is Valid.")
                .contains("O=ỦY BAN NHÂN DÂN XÃ VŨ LỄ")
                .doesNotContain("BẮC SƠN");

        // anyone checking Vũ Lễ's decision reads that Vũ Lễ issued it, signed by Vũ Lễ
        JsonNode checked = anonymous()
                .postMultipart("/api/public/signatures/verify", Map.of("file", file(vuLePdf)))
                .json();
        assertThat(checked.at("/issuedHere/commune").asText()).contains("Vũ Lễ");
        assertThat(checked.at("/signatures/0/organization").asText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
    }

    @Test
    void aKeyNamingAnotherCommuneIsRefusedAndNothingIsSigned() {
        Function<String, Api> vuLe = role -> api("vl-" + role);
        JsonNode decision =
                DecisionFixture.decided(vuLe, createOpenCampaign(vuLe.apply("vhxh")), "thon1", "Nông Văn Nhầm");
        setVuLesKey("bac-son");
        JsonNode settings =
                admin().get("/api/admin/communes/{c}/settings", VU_LE).json();
        assertThat(settings.path("signingKeyAlias").asText()).isEqualTo("bac-son");
        assertThat(settings.at("/signingKey/usable").asBoolean()).isFalse();
        assertThat(settings.at("/signingKey/problem").asText()).isEqualTo("SIGNING_CERTIFICATE_MISMATCH");
        assertThat(admin().get("/admin/communes/{c}/settings", VU_LE).text())
                .as("the settings page says so before anybody tries to sign")
                .contains("không mang tên ỦY BAN NHÂN DÂN XÃ VŨ LỄ");

        ApiResponse refused = api("vl-chutich")
                .post("/api/decisions/{id}/sign", null, decision.get("id").asText());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("SIGNING_CERTIFICATE_MISMATCH");
        assertThat(refused.json().path("detail").asText())
                .contains("ỦY BAN NHÂN DÂN XÃ BẮC SƠN", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
        byte[] pdf = api("vl-chutich").get(decision.get("pdf").asText()).body();
        assertThat(verifier.check(pdf)).as("the decision stays unsigned").isEmpty();

        setVuLesKey("vu-le");
        ApiResponse signed = api("vl-chutich")
                .post("/api/decisions/{id}/sign", null, decision.get("id").asText());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(verifier.check(
                        api("vl-chutich").get(decision.get("pdf").asText()).body()))
                .extracting(SignatureCheck::organization)
                .containsExactly("ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
    }

    @Test
    void onlyTheSystemAdministratorChoosesAKeyAndOnlyOneTheStoreHolds() {
        setVuLesKey("vu-le");

        ApiResponse unknown =
                admin().put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", "khong-co-khoa-nay"), VU_LE);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = unknown.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("signingKeyAlias");
        assertThat(error.path("code").asText()).isEqualTo("UNKNOWN_SIGNING_KEY");
        assertThat(error.path("message").asText()).contains("không có khóa \"khong-co-khoa-nay\"");

        ApiResponse byChairman =
                api("vl-chutich").put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", "bac-son"), VU_LE);
        assertThat(byChairman.status()).as(byChairman.toString()).isEqualTo(403);
        // the chairman still saves the settings, the key as it is
        ApiResponse sameKey =
                api("vl-chutich").put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", "vu-le"), VU_LE);
        assertThat(sameKey.status()).as(sameKey.toString()).isEqualTo(200);
        assertThat(admin().get("/api/admin/communes/{c}/settings", VU_LE)
                        .json()
                        .path("signingKeyAlias")
                        .asText())
                .isEqualTo("vu-le");
        assertThat(api("vl-chutich").get("/admin/communes/{c}/settings", VU_LE).text())
                .as("the chairman reads the key, without a field to change it")
                .contains("Khóa ký số: vu-le")
                .doesNotContain("name=\"signingKeyAlias\"");
    }

    private void setVuLesKey(String alias) {
        ApiResponse saved = admin().put("/api/admin/communes/{c}/settings", Map.of("signingKeyAlias", alias), VU_LE);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private Api admin() {
        return api("admin");
    }

    /** A PDF as an uploaded file. */
    private static ByteArrayResource file(byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "quyet-dinh.pdf";
            }
        };
    }
}
