package vn.bacson.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.PostgresIT;

/** Uploaded PDFs show their signatures (API and pages); anyone checks a PDF without login. */
class SignatureChecksIT extends PostgresIT {

    @Autowired
    private PdfSigner signer;

    private static final PdfSigner.Appearance HEAD_OF_UNIT =
            new PdfSigner.Appearance("Trưởng thôn", "TRƯỞNG THÔN", "Bắc Sơn", "Thôn 1", List.of("THÔN 1"));

    @Test
    void anUploadedSignedPdfShowsWhoSignedItAndAChangedOneSaysSo() throws Exception {
        String campaignId = createOpenCampaign();
        JsonNode dossier = DossierFixture.draft(api("thon1"), campaignId, "Hồ sơ có Tờ trình ký số", "Hà Thị Lan");
        String dossierId = dossier.get("id").asText();
        byte[] signed = signer.signForCommune("bac-son", onePagePdf(), HEAD_OF_UNIT, Instant.now())
                .content();

        ApiResponse uploaded = upload(dossierId, "TO_TRINH", "to-trinh-da-ky.pdf", signed);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode check = uploaded.json().get("signatures").get(0);
        assertThat(check.get("signerName").asText()).isEqualTo("Trịnh Minh Tuấn");
        assertThat(check.get("intact").asBoolean()).isTrue();
        assertThat(check.get("coversWholeDocument").asBoolean()).isTrue();
        assertThat(check.get("certificateTrusted").asBoolean()).isTrue();
        assertThat(check.get("signedAt").asText()).endsWith("+07:00");

        assertThat(upload(dossierId, "BIEU_TOM_TAT", "bieu-tom-tat-da-sua.pdf", changedAfterSigning(signed))
                        .status())
                .isEqualTo(201);
        JsonNode listed =
                api("thon1").get("/api/dossiers/{id}/documents", dossierId).json();
        assertThat(listed.findValues("signatures")).hasSize(2);
        assertThat(listed.toString()).contains("\"coversWholeDocument\":false");

        String page = api("thon1").get("/dossiers/{id}", dossierId).text();
        assertThat(page).contains("Đã ký số bởi Trịnh Minh Tuấn lúc");
        assertThat(page).contains("Tệp đã bị sửa sau khi ký (chữ ký số của Trịnh Minh Tuấn không còn giá trị)");

        // an unsigned PDF has no signature line
        ApiResponse plain = upload(dossierId, "BIEN_BAN_HOP_XET", "bien-ban.pdf", DossierFixture.PDF);
        assertThat(plain.json().get("signatures")).isEmpty();
    }

    @Test
    void anyoneChecksAPdfWithoutLogin() throws Exception {
        byte[] signed = signer.signForCommune("bac-son", onePagePdf(), HEAD_OF_UNIT, Instant.now())
                .content();

        ApiResponse answer = anonymous()
                .postMultipart("/api/public/signatures/verify", Map.of("file", file("kiem-tra.pdf", signed)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("signatures").get(0).get("signerName").asText())
                .isEqualTo("Trịnh Minh Tuấn");
        assertThat(answer.json().get("issuedHere").isNull())
                .as("signed here, but no document this installation issued")
                .isTrue();

        ApiResponse none = anonymous().postMultipart("/api/public/signatures/verify", Map.of("other", "x"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.code()).isEqualTo("VALIDATION_FAILED");
    }

    private ApiResponse upload(String dossierId, String kind, String name, byte[] content) {
        return api("thon1")
                .postMultipart(
                        "/api/dossiers/{id}/documents", Map.of("kind", kind, "file", file(name, content)), dossierId);
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** A one-page PDF as a unit's office would sign it (the fixture's minimal PDF has no page to sign on). */
    private static byte[] onePagePdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The same file with an incremental update appended after the signature. */
    private static byte[] changedAfterSigning(byte[] signed) throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setTitle("Sửa sau khi ký");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
