package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Mails;

/** The unit told of its Giấy khen receives the signed Quyết định with the e-mail, byte for byte the frozen one. */
class DecidedMailIT extends AcceptanceSupport {

    @Autowired
    private MailDispatcher dispatcher;

    @RegisterExtension
    final GreenMailExtension smtp = smtpServer();

    @Test
    void theDecidedMailCarriesTheFrozenDecisionPdf() throws Exception {
        String campaignId = createOpenCampaignOfMyOwn();
        String nomineeName = uniqueName("Lường Thị Hạnh");
        String id = submittedDossier("thon1", campaignId, individual(nomineeName));
        bringToChairman(campaignId, id);
        chairmanDecides(campaignId, id, GIAY_KHEN);
        String number = dossier("thon1", id).at("/decision/number").asText();
        assertThat(number).matches("\\d+/QĐ-UBND");

        deliver();

        MimeMessage decided = onlyDecidedMailAbout(id);
        assertThat(decided.getAllRecipients()[0].toString()).isEqualTo("thon-1@bacson.example");
        List<Part> attachments = new ArrayList<>();
        collectAttachments(decided, attachments);
        assertThat(attachments).hasSize(1);
        Part pdf = attachments.get(0);
        assertThat(pdf.getFileName()).isEqualTo("Quyet-dinh-" + number.replace("/QĐ-", "-QD-") + ".pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        byte[] bytes;
        try (InputStream in = pdf.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("QUYẾT ĐỊNH", "Số: " + number, nomineeName);
        }
        JsonNode decision = decisionNumbered(campaignId, number);
        JsonNode frozenPdf = decision.get("documents").findParents("format").stream()
                .filter(d -> d.get("format").asText().equals("PDF"))
                .findFirst()
                .orElseThrow();
        assertThat(sha256(bytes))
                .as("the attached file is the frozen decision")
                .isEqualTo(frozenPdf.get("sha256").asText());
        assertThat(Mails.text(decided)).contains("Quyết định khen thưởng được gửi kèm thư này", pdf.getFileName());

        // the mail also links to the decision, which the unit (and only it) downloads after signing in
        // (the mail's addresses start with app.base-url, not this test server's port)
        assertThat(Mails.text(decided))
                .containsPattern("Tải Quyết định khen thưởng: http\\S+/dossiers/" + id + "/decision\\.pdf");
        ApiResponse fromLink = api("thon1").get("/dossiers/{id}/decision.pdf", id);
        assertThat(fromLink.status()).isEqualTo(200);
        assertThat(sha256(fromLink.body())).isEqualTo(frozenPdf.get("sha256").asText());
        assertThat(api("thon2").get("/dossiers/{id}/decision.pdf", id).status()).isEqualTo(404);
        assertThat(api("thon1")
                        .get(
                                "/api/decisions/{d}/document.pdf",
                                decision.get("id").asText())
                        .status())
                .isEqualTo(200);
        assertThat(api("thon2")
                        .get(
                                "/api/decisions/{d}/document.pdf",
                                decision.get("id").asText())
                        .status())
                .as("another unit learns nothing of the decision")
                .isEqualTo(404);
    }

    private void deliver() {
        for (int i = 0; i < 50 && dispatcher.dispatchDue() > 0; i++) {
            // until this run finds nothing due
        }
    }

    private MimeMessage onlyDecidedMailAbout(String dossierId) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().startsWith("Đã có quyết định khen thưởng")
                    && Mails.text(m).contains("/dossiers/" + dossierId)) {
                found.add(m);
            }
        }
        assertThat(found).as("one 'decided' mail for the dossier").hasSize(1);
        return found.get(0);
    }

    private JsonNode decisionNumbered(String campaignId, String number) {
        for (JsonNode item : api("vhxh")
                .get("/api/decisions?campaignId={id}", campaignId)
                .json()
                .get("items")) {
            if (item.get("number").asText().equals(number)) {
                return item;
            }
        }
        throw new AssertionError("no decision " + number + " in the campaign");
    }

    private static void collectAttachments(Part part, List<Part> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectAttachments(child, found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
