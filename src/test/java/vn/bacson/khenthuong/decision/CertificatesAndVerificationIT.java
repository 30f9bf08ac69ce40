package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.web.util.HtmlUtils;
import vn.bacson.khenthuong.documents.DocumentTestSupport;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.QrCodes;

/**
 * The Giấy khen of a decision (who may print which), the QR codes on the decision and the certificates, and the
 * public verification page over HTTP: what it says of an issued file, a changed copy, a code, and of bad input.
 */
class CertificatesAndVerificationIT extends PostgresIT {

    /** The QR codes name this installation's public base URL (app.public-base-url; here the default). */
    private static final String PUBLIC_PAGE = "http://localhost:8080/xac-thuc?ma=";

    private static final Pattern FORM_ACTION = Pattern.compile("id=\"verify-form\"[^>]*action=\"([^\"]+)\"");

    @Test
    void certificatesPrintOnePageEachForStaffAndTheirOwnForTheUnitsConcerned() throws Exception {
        String campaignId = createOpenCampaign();
        String mai = "Hoàng Thị Mai " + suffix();
        String đức = "Lường Văn Đức " + suffix();
        String lan = "Lò Thị Lan " + suffix();
        JsonNode decision =
                DecisionFixture.decided(this::api, campaignId, Map.of("pkt", List.of(mai, đức), "thon2", List.of(lan)));
        String id = decision.get("id").asText();
        String number = decision.get("number").asText();
        String path = "/api/decisions/" + id + "/certificates.pdf";

        ApiResponse all = api("vhxh").get(path);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.contentType().toString()).startsWith("application/pdf");
        assertThat(all.headers().getContentDisposition().getFilename()).startsWith("giay-khen-");
        byte[] pdf = all.body();
        assertThat(DocumentTestSupport.pdfPages(pdf)).as("one page per awardee").isEqualTo(3);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 landscape").isGreaterThan(page.getHeight());
            assertThat(Math.round(page.getWidth() / 72 * 25.4)).isEqualTo(297);
        }
        for (int page = 0; page < 3; page++) {
            assertThat(pageText(pdf, page))
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                            "GIẤY KHEN",
                            "Đã có thành tích xuất sắc trong phong trào thi đua",
                            "Quyết định số " + number,
                            "Bắc Sơn, ngày",
                            "CHỦ TỊCH",
                            "Trịnh Minh Tuấn");
        }
        assertThat(DocumentTestSupport.pdfText(pdf)).contains(mai, đức, lan);

        // each page's QR code names that page's awardee under this decision
        List<String> codes = List.of(
                QrCodes.onPage(pdf, 0).get(0),
                QrCodes.onPage(pdf, 1).get(0),
                QrCodes.onPage(pdf, 2).get(0));
        assertThat(codes).allSatisfy(url -> assertThat(url).startsWith(PUBLIC_PAGE + id + "."));
        assertThat(codes).doesNotHaveDuplicates();

        // a unit prints its own awardees' certificates; a unit the decision does not concern learns nothing
        ApiResponse pkt = api("pkt").get(path);
        assertThat(pkt.status()).as(pkt.toString()).isEqualTo(200);
        assertThat(DocumentTestSupport.pdfPages(pkt.body())).isEqualTo(2);
        assertThat(DocumentTestSupport.pdfText(pkt.body())).contains(mai, đức).doesNotContain(lan);
        ApiResponse thon2 = api("thon2").get(path);
        assertThat(thon2.status()).isEqualTo(200);
        assertThat(DocumentTestSupport.pdfText(thon2.body())).contains(lan).doesNotContain(mai);
        ApiResponse thon1 = api("thon1").get(path);
        assertThat(thon1.status()).isEqualTo(404);
        assertThat(thon1.code()).isEqualTo("NOT_FOUND");
        assertThat(api("thon1").get("/api/decisions/{id}/document.pdf", id).status())
                .as("as for the decision itself")
                .isEqualTo(404);
        assertThat(anonymous().get(path).status()).isEqualTo(401);
        assertThat(api("vhxh")
                        .get("/api/decisions/{id}/certificates.pdf", UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theQrCodesOpenThePublicPageOnTheDecisionAndTheAwardee() throws Exception {
        String campaignId = createOpenCampaign();
        String mai = "Hoàng Thị Mai " + suffix();
        JsonNode decision = DecisionFixture.decided(this::api, campaignId, "pkt", mai);
        String id = decision.get("id").asText();
        String number = decision.get("number").asText();

        // before signing: issued here, not signed yet
        byte[] frozen = api("chutich").get(decision.get("pdf").asText()).body();
        String decisionUrl = QrCodes.onPage(frozen, 0).get(0);
        assertThat(decisionUrl).isEqualTo(PUBLIC_PAGE + id);
        ApiResponse unsigned = anonymous().get(pathOf(decisionUrl));
        assertThat(unsigned.status()).isEqualTo(200);
        assertThat(text(unsigned))
                .contains(
                        "Văn bản do Ủy ban nhân dân xã Bắc Sơn ban hành trên hệ thống này",
                        "Quyết định khen thưởng",
                        "Quyết định số " + number,
                        "Chưa ký số",
                        "Văn bản chưa được ký số.");

        assertThat(api("chutich").post("/api/decisions/{id}/sign", null, id).status())
                .isEqualTo(200);
        byte[] signed = api("chutich").get(decision.get("pdf").asText()).body();
        assertThat(QrCodes.onPage(signed, 0)).containsExactly(decisionUrl);

        String page = text(anonymous().get(pathOf(decisionUrl)));
        assertThat(page)
                .contains(
                        "Quyết định số " + number,
                        "Đã ký số bởi Trịnh Minh Tuấn lúc",
                        "✓ Chữ ký số hợp lệ",
                        "Người ký: Trịnh Minh Tuấn",
                        "Cơ quan, tổ chức: ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                        "✓ Nội dung đã ký còn nguyên vẹn",
                        "✓ Chữ ký bao trùm toàn bộ tệp",
                        "✓ Chứng thư số do tổ chức được tin cậy cấp",
                        "✓ Chứng thư số còn hiệu lực khi ký",
                        "Thời gian do người ký tự ghi",
                        ChairmanDecisionService.sha256(signed));

        byte[] certificates =
                api("vhxh").get("/api/decisions/{id}/certificates.pdf", id).body();
        String certificateUrl = QrCodes.onPage(certificates, 0).get(0);
        ApiResponse certificate = anonymous().get(pathOf(certificateUrl));
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(text(certificate))
                .contains("Giấy khen", "Tặng", mai + " – Cán bộ, Phòng Kinh tế", "Quyết định số " + number)
                .contains("✓ Chữ ký số hợp lệ");

        for (String unknown : List.of(
                UUID.randomUUID().toString(), id + "." + UUID.randomUUID(), "12/QĐ-UBND", "<script>x</script>")) {
            ApiResponse none = anonymous().get("/xac-thuc?ma={code}", unknown);
            assertThat(none.status()).as(unknown).isEqualTo(404);
            assertThat(text(none))
                    .contains("Không tìm thấy văn bản nào có mã này")
                    .doesNotContain("<script>x");
        }
    }

    @Test
    void thePageChecksAnUploadedPdfAndSaysWhatIsWrongWithBadInput() throws Exception {
        String campaignId = createOpenCampaign();
        JsonNode decision = DecisionFixture.decided(this::api, campaignId, "pkt", "Lường Văn Đức " + suffix());
        String id = decision.get("id").asText();
        api("chutich").post("/api/decisions/{id}/sign", null, id);
        byte[] signed = api("chutich").get(decision.get("pdf").asText()).body();
        Browser visitor = browser();

        ApiResponse checked = upload(visitor, "quyet-dinh.pdf", signed);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(text(checked))
                .contains(
                        "Tệp đã kiểm tra: quyet-dinh.pdf",
                        "Văn bản do Ủy ban nhân dân xã Bắc Sơn ban hành trên hệ thống này",
                        "Quyết định số " + decision.get("number").asText(),
                        "✓ Chữ ký số hợp lệ");

        // a copy with something added after signing: not the issued file, and its signature says so
        byte[] changed = Arrays.copyOf(signed, signed.length + 40);
        System.arraycopy("\n% sửa sau khi ký\n".getBytes(StandardCharsets.UTF_8), 0, changed, signed.length, 20);
        assertThat(text(upload(visitor, "ban-sao.pdf", changed)))
                .contains("Hệ thống này không ban hành tệp này", "✗ Tệp đã bị thêm nội dung sau khi ký")
                .doesNotContain("✓ Chữ ký số hợp lệ");

        ApiResponse notPdf = upload(visitor, "anh.pdf", "GIF89a không phải PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).as("the form shown again with the message").isEqualTo(200);
        assertThat(text(notPdf)).contains("Tệp này không phải là tệp PDF");

        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);
        ApiResponse tooLarge = upload(visitor, "lon.pdf", huge);
        assertThat(tooLarge.status()).isEqualTo(200);
        assertThat(text(tooLarge)).contains("Tệp quá lớn: chỉ kiểm tra được tệp đến 20 MB.");

        ApiResponse noFile = visitor.http().postMultipart(formAction(visitor), Map.of("note", "không có tệp"));
        assertThat(noFile.status()).isEqualTo(200);
        assertThat(text(noFile)).contains("Chưa chọn tệp");

        for (ApiResponse answer : List.of(notPdf, tooLarge, noFile)) {
            assertThat(answer.text()).doesNotContain("Exception", "at org.", "Whitelabel");
            assertThat(answer.text()).as("the form is there to try again").contains("id=\"verify-form\"");
        }

        // the form is protected like every other: without the session's token, nothing is checked
        ApiResponse forged = browser().http().postMultipart("/xac-thuc", Map.of("file", file("x.pdf", signed)));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void onlyTheChairmanSignsFromTheDecisionPage() {
        String campaignId = createOpenCampaign();
        JsonNode decision = DecisionFixture.decided(this::api, campaignId, "pkt", "Đinh Văn Tú " + suffix());
        String id = decision.get("id").asText();

        Browser office = browser();
        office.login("vhxh", DEMO_PASSWORD);
        String page = office.http().get("/decisions/{id}", id).text();
        assertThat(page).contains("Quyết định chưa được ký số.").doesNotContain("id=\"sign-decision\"");
        ApiResponse refused = office.submitForm("/decisions/" + id + "/sign", Map.of("_csrf", office.csrf()[1]));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api("vhxh")
                        .get("/api/decisions/{id}", id)
                        .json()
                        .at("/documents/0/signedAt")
                        .isNull())
                .isTrue();
    }

    // --- helpers ---

    private ApiResponse upload(Browser visitor, String name, byte[] content) {
        return visitor.http().postMultipart(formAction(visitor), Map.of("file", file(name, content)));
    }

    /** The page's form action, with the session's CSRF token in its query string. */
    private static String formAction(Browser visitor) {
        Matcher action = FORM_ACTION.matcher(visitor.http().get("/xac-thuc").text());
        assertThat(action.find()).as("the upload form").isTrue();
        return HtmlUtils.htmlUnescape(action.group(1));
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** The page's text as a person reads it: tags dropped, entities decoded, white space collapsed. */
    private static String text(ApiResponse page) {
        String inlineDropped = page.text().replaceAll("</?(span|strong|b|i|em|a)\\b[^>]*>", "");
        return HtmlUtils.htmlUnescape(inlineDropped.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }

    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String pageText(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String suffix() {
        return unique("x").substring(2);
    }
}
