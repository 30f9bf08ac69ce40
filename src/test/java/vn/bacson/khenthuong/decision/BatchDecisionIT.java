package vn.bacson.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.documents.DocumentTestSupport;
import vn.bacson.khenthuong.signature.PdfSignatureVerifier;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * One council session and one decision for many dossiers (API.md), on PostgreSQL: all or nothing, one number,
 * the frozen documents, the minutes and the public results.
 */
class BatchDecisionIT extends PostgresIT {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void councilSessionIsAllOrNothingAndOneDecisionNumbersTheWholeBatch() {
        String campaignId = createOpenCampaign();
        String hương = "Nguyễn Thị Hường " + suffix();
        String đức = "Lường Văn Đức " + suffix();
        String chiHội = "Chi hội Phụ nữ thôn 2 " + suffix();
        JsonNode first = DossierFixture.inReview(api("thon1"), campaignId, "Đề nghị khen thưởng Thôn 1", hương, đức);
        JsonNode second = collectiveInReview(api("thon2"), campaignId, chiHội);
        String a1 = nomineeId(first, 0);
        String a2 = nomineeId(first, 1);
        String b1 = nomineeId(second, 0);
        toCouncil(first);
        toCouncil(second);

        ApiResponse councilPage = api("hoidong").get("/council/sessions/new?campaignId={c}", campaignId);
        assertThat(councilPage.status()).isEqualTo(200);
        assertThat(councilPage.text()).contains(hương, đức, chiHội, "votes[2].votesFor");

        ApiResponse refusedOnPage = api("hoidong")
                .postForm(
                        "/council/sessions",
                        Map.of(
                                "campaignId",
                                campaignId,
                                "meetingDate",
                                EngineTestSupport.now()
                                        .atZone(BUSINESS_ZONE)
                                        .toLocalDate()
                                        .toString(),
                                "membersTotal",
                                "9",
                                "membersPresent",
                                "7",
                                "votes[0].nomineeId",
                                a1,
                                "votes[0].votesFor",
                                "7"));
        assertThat(refusedOnPage.status()).isEqualTo(200);
        assertThat(refusedOnPage.text())
                .as("the page says which dossier lacks which nominee, and keeps the table")
                .contains("session-error", "chưa có kết quả biểu quyết cho Lường Văn Đức", chiHội);

        ApiResponse incomplete =
                api("hoidong").post("/api/council-sessions", session(campaignId, List.of(vote(a1, 7), vote(b1, 6))));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.code()).isEqualTo("INCOMPLETE_VOTES");
        assertThat(incomplete.text()).contains("Lường Văn Đức");
        // nothing of the batch happened: both dossiers still wait for the council, their tasks still open
        assertThat(stage(first)).isEqualTo("COUNCIL_REVIEW");
        assertThat(stage(second)).isEqualTo("COUNCIL_REVIEW");
        assertThat(councilTasks(campaignId)).isEqualTo(2);
        assertThat(api("hoidong")
                        .get("/api/council-sessions?campaignId={c}", campaignId)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();

        ApiResponse recorded = api("hoidong")
                .post("/api/council-sessions", session(campaignId, List.of(vote(a1, 7), vote(a2, 6), vote(b1, 6))));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        String sessionId = recorded.str("id");
        assertThat(texts(recorded.json().get("dossierIds"))).containsExactlyInAnyOrder(id(first), id(second));
        assertThat(recorded.str("minutesPdf")).isEqualTo("/api/council-sessions/" + sessionId + "/minutes.pdf");
        assertThat(stage(first)).isEqualTo("CHAIRMAN_DECISION");
        assertThat(stage(second)).isEqualTo("CHAIRMAN_DECISION");

        ApiResponse minutes = api("vhxh").get("/api/council-sessions/{id}/minutes.pdf", sessionId);
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(DocumentTestSupport.pdfText(minutes.body()).replaceAll("\\s+", " "))
                .contains(
                        "BIÊN BẢN",
                        "Số thành viên có mặt: 07",
                        "thành viên có ý kiến bằng văn bản",
                        "Nguyễn Thị Hường",
                        "7/9",
                        "Chi hội Phụ nữ thôn 2",
                        "6/9");
        assertThat(DocumentTestSupport.docxText(api("vhxh")
                        .get("/api/council-sessions/{id}/minutes.docx", sessionId)
                        .body()))
                .contains("Lường Văn Đức");

        Map<String, Object> decide = Map.of(
                "campaignId",
                campaignId,
                "comment",
                "Khen thưởng đợt 1",
                "awards",
                List.of(
                        award(a1, "GIAY_KHEN_CHU_TICH_XA"),
                        award(a2, "GIAY_KHEN_CHU_TICH_XA"),
                        award(b1, "GIAY_KHEN_CHU_TICH_XA")));
        ApiResponse chairmanPage = api("chutich").get("/decisions/new?campaignId={c}", campaignId);
        assertThat(chairmanPage.status()).isEqualTo(200);
        assertThat(chairmanPage.text()).contains(hương, chiHội, "awards[2].award", "/decisions/preview");
        ApiResponse draft = api("chutich").post("/api/decisions/preview", decide);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(DocumentTestSupport.pdfText(draft.body())).contains("DỰ THẢO", "Nguyễn Thị Hường");
        assertThat(api("chutich")
                        .get("/api/decisions?campaignId={c}", campaignId)
                        .json()
                        .get("total")
                        .asInt())
                .as("a preview takes no number")
                .isZero();

        ApiResponse decided = api("chutich").post("/api/decisions", decide);
        assertThat(decided.status()).as(decided.text()).isEqualTo(201);
        String decisionId = decided.str("id");
        String number = decided.str("number");
        assertThat(number).matches("\\d+/QĐ-UBND");
        assertThat(texts(decided.json().get("dossierIds"))).containsExactlyInAnyOrder(id(first), id(second));
        assertThat(decided.str("pdf")).isEqualTo("/api/decisions/" + decisionId + "/document.pdf");
        assertThat(decided.str("docx")).isEqualTo("/api/decisions/" + decisionId + "/document.docx");

        engine().runDueJobs(id(first));
        engine().runDueJobs(id(second));
        for (JsonNode dossier : List.of(first, second)) {
            JsonNode now = api("vhxh").get("/api/dossiers/{id}", id(dossier)).json();
            assertThat(now.get("status").asText()).isEqualTo("DECIDED");
            assertThat(now.get("decision").get("number").asText())
                    .as("one number for the batch")
                    .isEqualTo(number);
        }

        ApiResponse pdf = api("vhxh").get("/api/decisions/{id}/document.pdf", decisionId);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType().toString()).startsWith("application/pdf");
        String text = DocumentTestSupport.pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "Số: " + number,
                        "Nguyễn Thị Hường",
                        "Lường Văn Đức",
                        "Chi hội Phụ nữ thôn 2",
                        "01 tập thể và 02 cá nhân",
                        "Tổng số tiền thưởng: 2.808.000 đồng",
                        "Hai triệu tám trăm linh tám nghìn đồng");
        ApiResponse docx = api("vhxh").get("/api/decisions/{id}/document.docx", decisionId);
        assertThat(DocumentTestSupport.docxText(docx.body())).contains(number, "Lường Văn Đức", "2.808.000");

        // frozen: a later edit of a dossier does not change the signed decision
        String pdfHash = hash(api("vhxh").get("/api/decisions/{id}", decisionId).json(), "PDF");
        assertThat(pdfHash).isEqualTo(ChairmanDecisionService.sha256(pdf.body()));
        jdbc.sql("update nominee set full_name = ? where id = ?::uuid")
                .params("Tên đã sửa sau quyết định", a1)
                .update();
        ApiResponse again = api("vhxh").get("/api/decisions/{id}/document.pdf", decisionId);
        assertThat(again.body()).isEqualTo(pdf.body());
        assertThat(DocumentTestSupport.pdfText(again.body())).doesNotContain("Tên đã sửa sau quyết định");
        assertThat(hash(api("vhxh").get("/api/decisions/{id}", decisionId).json(), "PDF"))
                .isEqualTo(pdfHash);

        // public results, without login
        String code = api("vhxh").get("/api/campaigns/{id}", campaignId).str("code");
        ApiResponse published = anonymous().get("/api/public/campaigns/{code}/awards", code);
        assertThat(published.status()).isEqualTo(200);
        JsonNode awardees = published.json().get("awardees");
        assertThat(awardees.findValuesAsText("fullName")).hasSize(3).contains(đức, chiHội);
        assertThat(awardees.findValuesAsText("decisionNumber")).containsOnly(number);
        assertThat(published.json().get("decisions").findValuesAsText("number")).containsExactly(number);
        ApiResponse page = anonymous().get("/cong-khai/{code}", code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(number).contains("Chi hội Phụ nữ thôn 2");
    }

    @Test
    void aDecisionOfThePerDossierPathIsDrawnUpOnDemandAndThenFrozen() {
        String name = "Hoàng Văn Thụ " + suffix();
        JsonNode decision = decidedOnThePerDossierPath(name);
        assertThat(decision.get("documents")).isEmpty();
        ApiResponse pdf = api("chutich").get(decision.get("pdf").asText());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(DocumentTestSupport.pdfText(pdf.body()))
                .contains(name, decision.get("number").asText());
        assertThat(api("chutich").get(decision.get("pdf").asText()).body()).isEqualTo(pdf.body());
        assertThat(hash(
                        api("chutich")
                                .get("/api/decisions/{id}", decision.get("id").asText())
                                .json(),
                        "PDF"))
                .isEqualTo(ChairmanDecisionService.sha256(pdf.body()));
        assertThat(api("thon1").get(decision.get("pdf").asText()).status()).isEqualTo(404);
        // the unit whose dossier it decides reads the decision itself too; another unit learns nothing of it
        ApiResponse own =
                api("pkt").get("/api/decisions/{id}", decision.get("id").asText());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("number").asText())
                .isEqualTo(decision.get("number").asText());
        ApiResponse other =
                api("thon1").get("/api/decisions/{id}", decision.get("id").asText());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theChairmanSignsTheDecisionOnceAndItsSignatureHolds() throws Exception {
        JsonNode decision = decidedOnThePerDossierPath("Lường Văn Đức " + suffix());
        String id = decision.get("id").asText();
        byte[] frozen = api("chutich").get(decision.get("pdf").asText()).body();

        assertThat(api("vhxh").post("/api/decisions/{id}/sign", null, id).status())
                .as("only the chairman signs")
                .isEqualTo(403);
        assertThat(api("chutich")
                        .post("/api/decisions/{id}/sign", null, UUID.randomUUID())
                        .code())
                .isEqualTo("NOT_FOUND");

        ApiResponse signed = api("chutich").post("/api/decisions/{id}/sign", null, id);
        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        assertThat(signed.json().get("signed").asBoolean()).isTrue();
        assertThat(signed.str("signer")).isEqualTo("Trịnh Minh Tuấn");
        assertThat(signed.str("signedAt")).endsWith("+07:00");

        byte[] pdf = api("chutich").get(decision.get("pdf").asText()).body();
        assertThat(pdf).as("document.pdf is now the signed file").isNotEqualTo(frozen);
        assertThat(DocumentTestSupport.pdfText(pdf))
                .contains(decision.get("number").asText());
        assertThat(verifier.check(pdf)).singleElement().satisfies(check -> {
            assertThat(check.signerName()).isEqualTo("Trịnh Minh Tuấn");
            assertThat(check.holds()).isTrue();
        });
        JsonNode after = api("chutich").get("/api/decisions/{id}", id).json();
        assertThat(hash(after, "PDF")).isEqualTo(ChairmanDecisionService.sha256(pdf));

        // anyone, without login, finds that this installation issued it and that its signature holds
        ApiResponse verified = anonymous()
                .postMultipart(
                        "/api/public/signatures/verify",
                        Map.of("file", new org.springframework.core.io.ByteArrayResource(pdf) {
                            @Override
                            public String getFilename() {
                                return "quyet-dinh.pdf";
                            }
                        }));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        assertThat(verified.json().get("issuedHere").get("type").asText()).isEqualTo("DECISION");
        assertThat(verified.json().get("issuedHere").get("number").asText())
                .isEqualTo(decision.get("number").asText());
        assertThat(verified.json().get("issuedHere").get("signed").asBoolean()).isTrue();
        assertThat(verified.json().get("signatures").get(0).get("intact").asBoolean())
                .isTrue();

        ApiResponse again = api("chutich").post("/api/decisions/{id}/sign", null, id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DECISION_ALREADY_SIGNED");
        assertThat(api("chutich").get(decision.get("pdf").asText()).body()).isEqualTo(pdf);
    }

    @Test
    void aKeyOnTheChairmansTokenSignsInTwoStepsAndAWrongValueStoresNothing() throws Exception {
        JsonNode decision = decidedOnThePerDossierPath("Lường Văn Đức " + suffix());
        String id = decision.get("id").asText();
        byte[] frozen = api("chutich").get(decision.get("pdf").asText()).body();
        // the chairman's token: a key only this test holds, with a certificate of a CA of its own
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair token = generator.generateKeyPair();
        Instant now = Instant.now();
        // an expired certificate, or one not yet valid, signs nothing: refused at step one
        for (X509Certificate outOfDate : List.of(
                selfSignedCertificate(
                        token, "Trịnh Minh Tuấn", now.minusSeconds(86_400 * 800), now.minusSeconds(86_400)),
                selfSignedCertificate(
                        token, "Trịnh Minh Tuấn", now.plusSeconds(86_400), now.plusSeconds(86_400 * 800)))) {
            ApiResponse refusedAtOnce = api("chutich")
                    .post(
                            "/api/decisions/{id}/signature-requests",
                            Map.of("certificate", Base64.getEncoder().encodeToString(outOfDate.getEncoded())),
                            id);
            assertThat(refusedAtOnce.status()).as(refusedAtOnce.text()).isEqualTo(409);
            assertThat(refusedAtOnce.code()).isEqualTo("SIGNING_CERTIFICATE_NOT_VALID");
            assertThat(refusedAtOnce.str("detail")).contains("chỉ có hiệu lực từ", "chưa được ký");
        }
        X509Certificate certificate = selfSignedCertificate(
                token, "Trịnh Minh Tuấn", now.minusSeconds(86_400 * 400), now.plusSeconds(86_400 * 400));
        String der = Base64.getEncoder().encodeToString(certificate.getEncoded());

        ApiResponse request =
                api("chutich").post("/api/decisions/{id}/signature-requests", Map.of("certificate", der), id);
        assertThat(request.status()).as(request.text()).isEqualTo(201);
        assertThat(request.str("algorithm")).isEqualTo("SHA256withRSA");
        byte[] toBeSigned = Base64.getDecoder().decode(request.str("toBeSigned"));
        String requestId = request.str("requestId");

        byte[] value = sign(token, toBeSigned);
        byte[] wrong = value.clone();
        wrong[0] ^= 0x01;
        ApiResponse refused = api("chutich")
                .post(
                        "/api/decisions/{id}/signature-requests/{r}",
                        Map.of("signatureValue", Base64.getEncoder().encodeToString(wrong)),
                        id,
                        requestId);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("SIGNATURE_INVALID");
        assertThat(api("chutich").get(decision.get("pdf").asText()).body())
                .as("nothing stored")
                .isEqualTo(frozen);

        ApiResponse done = api("chutich")
                .post(
                        "/api/decisions/{id}/signature-requests/{r}",
                        Map.of("signatureValue", Base64.getEncoder().encodeToString(value)),
                        id,
                        requestId);
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.str("signer")).isEqualTo("Trịnh Minh Tuấn");
        byte[] pdf = api("chutich").get(decision.get("pdf").asText()).body();
        assertThat(verifier.check(pdf)).singleElement().satisfies(check -> {
            assertThat(check.intact()).isTrue();
            assertThat(check.coversWholeDocument()).isTrue();
            assertThat(check.certificateTrusted())
                    .as("its CA is no configured anchor")
                    .isFalse();
        });
        assertThat(api("chutich")
                        .post(
                                "/api/decisions/{id}/signature-requests/{r}",
                                Map.of("signatureValue", Base64.getEncoder().encodeToString(value)),
                                id,
                                requestId)
                        .code())
                .isEqualTo("DECISION_ALREADY_SIGNED");
    }

    // --- helpers ---

    @Autowired
    private PdfSignatureVerifier verifier;

    /** A dossier decided on the per-dossier path, its decision as the API shows it to the chairman. */
    private JsonNode decidedOnThePerDossierPath(String nomineeName) {
        String campaignId = createOpenCampaign();
        JsonNode dossier =
                DossierFixture.inReview(api("pkt"), campaignId, "Đề nghị khen thưởng Phòng Kinh tế", nomineeName);
        String nominee = nomineeId(dossier, 0);
        toCouncil(dossier);
        complete(
                "hoidong",
                campaignId,
                "COUNCIL_REVIEW",
                Map.of(
                        "meetingDate",
                        "2025-09-01",
                        "membersTotal",
                        9,
                        "membersPresent",
                        8,
                        "nominees",
                        List.of(vote(nominee, 8))));
        complete(
                "chutich",
                campaignId,
                "CHAIRMAN_DECISION",
                Map.of("outcome", "DECIDE", "nominees", List.of(award(nominee, "GIAY_KHEN_CHU_TICH_XA"))));
        engine().runDueJobs(id(dossier));
        JsonNode decisions =
                api("chutich").get("/api/decisions?campaignId={c}", campaignId).json();
        assertThat(decisions.get("total").asInt()).isEqualTo(1);
        return decisions.get("items").get(0);
    }

    private static byte[] sign(KeyPair keys, byte[] data) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(data);
        return rsa.sign();
    }

    private static X509Certificate selfSignedCertificate(KeyPair keys, String name, Instant from, Instant to)
            throws Exception {
        X500Name subject = new X500Name("CN=" + name + ", O=UBND xa Bac Son, C=VN");
        return new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                subject,
                                BigInteger.valueOf(System.nanoTime()),
                                Date.from(from),
                                Date.from(to),
                                subject,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static String suffix() {
        return unique("x").substring(2);
    }

    private static String id(JsonNode dossier) {
        return dossier.get("id").asText();
    }

    private static String nomineeId(JsonNode dossier, int index) {
        return dossier.get("nominees").get(index).get("id").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, Object> vote(String nomineeId, int votesFor) {
        return Map.of("nomineeId", nomineeId, "votesFor", votesFor);
    }

    private static Map<String, Object> award(String nomineeId, String award) {
        return Map.of("nomineeId", nomineeId, "award", award);
    }

    private static Map<String, Object> session(String campaignId, List<Map<String, Object>> votes) {
        return Map.of(
                "campaignId",
                campaignId,
                "meetingDate",
                "2025-08-28",
                "membersTotal",
                9,
                "membersPresent",
                7,
                "absentWrittenOpinions",
                1,
                "comment",
                "Nhất trí đề nghị.",
                "votes",
                votes);
    }

    private String stage(JsonNode dossier) {
        JsonNode now = api("vhxh").get("/api/dossiers/{id}", id(dossier)).json();
        return now.get("stage").isNull()
                ? now.get("status").asText()
                : now.get("stage").asText();
    }

    private int councilTasks(String campaignId) {
        return api("hoidong")
                .get("/api/tasks?campaignId={c}&stage=COUNCIL_REVIEW", campaignId)
                .json()
                .get("total")
                .asInt();
    }

    private static String hash(JsonNode decision, String format) {
        for (JsonNode document : decision.get("documents")) {
            if (document.get("format").asText().equals(format)) {
                return document.get("sha256").asText();
            }
        }
        throw new AssertionError("no frozen " + format + " in " + decision);
    }

    /** Party-building selection and culture-social appraisal, forwarding every nominee. */
    private void toCouncil(JsonNode dossier) {
        String campaignId = dossier.get("campaignId").asText();
        List<Map<String, Object>> selected = new ArrayList<>();
        List<Map<String, Object>> appraised = new ArrayList<>();
        dossier.get("nominees").forEach(n -> {
            selected.add(Map.of("nomineeId", n.get("id").asText(), "selected", true));
            appraised.add(Map.of("nomineeId", n.get("id").asText(), "appraisal", "DAT"));
        });
        completeFor(
                id(dossier),
                "bxdd",
                campaignId,
                "PARTY_BUILDING_SELECTION",
                Map.of("outcome", "FORWARD", "nominees", selected));
        completeFor(
                id(dossier),
                "vhxh",
                campaignId,
                "CULTURE_SOCIAL_APPRAISAL",
                Map.of("outcome", "FORWARD", "nominees", appraised));
    }

    private void complete(String user, String campaignId, String stage, Map<String, Object> payload) {
        JsonNode items = api(user)
                .get("/api/tasks?campaignId={c}&stage={s}", campaignId, stage)
                .json()
                .get("items");
        assertThat(items).hasSize(1);
        ApiResponse done = api(user)
                .post(
                        "/api/tasks/{id}/complete",
                        payload,
                        items.get(0).get("id").asText());
        assertThat(done.status()).as(done.text()).isBetween(200, 204);
    }

    private void completeFor(
            String dossierId, String user, String campaignId, String stage, Map<String, Object> payload) {
        JsonNode items = api(user)
                .get("/api/tasks?campaignId={c}&stage={s}&size=200", campaignId, stage)
                .json()
                .get("items");
        for (JsonNode task : items) {
            if (task.get("dossierId").asText().equals(dossierId)) {
                ApiResponse done = api(user)
                        .post(
                                "/api/tasks/{id}/complete",
                                payload,
                                task.get("id").asText());
                assertThat(done.status()).as(done.text()).isBetween(200, 204);
                return;
            }
        }
        throw new AssertionError("no " + stage + " task for dossier " + dossierId);
    }

    private static JsonNode collectiveInReview(Api unit, String campaignId, String name) {
        ApiResponse created = unit.post(
                "/api/dossiers",
                Map.of(
                        "campaignId",
                        campaignId,
                        "title",
                        "Đề nghị khen thưởng tập thể",
                        "nominees",
                        List.of(Map.of(
                                "type",
                                "COLLECTIVE",
                                "fullName",
                                name,
                                "proposedAward",
                                "GIAY_KHEN_CHU_TICH_XA",
                                "achievementSummary",
                                "Mô hình đường hoa",
                                "emulationContents",
                                List.of("PHONG_TRAO"),
                                "initiative",
                                "Đường hoa nông thôn mới",
                                "memberDisciplined",
                                false))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        DossierFixture.uploadAllDocuments(unit, created.json());
        ApiResponse submitted = unit.post("/api/dossiers/{id}/submit", null, created.str("id"));
        assertThat(submitted.str("status")).as(submitted.text()).isEqualTo("IN_REVIEW");
        return submitted.json();
    }
}
