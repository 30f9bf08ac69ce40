package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.calendar.BusinessCalendar;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.Mails;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Per-commune settings on PostgreSQL (issue 14): the system administrator changes Vũ Lễ's issuer, signer, decision
 * number pattern, council rule, a stage deadline and mail sender over the API; a Vũ Lễ decision prints them, a
 * Bắc Sơn decision keeps Bắc Sơn's; Vũ Lễ's council sessions are held to Vũ Lễ's quorum; its task deadlines and
 * e-mails follow its settings. Vũ Lễ's settings as they were are put back afterwards (the IT database is shared).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneSettingsIT extends PostgresIT {

    private static final String VU_LE = "vu-le";
    private static final String SYSADMIN = "it-sysadmin";

    @RegisterExtension
    final GreenMailExtension smtp = smtpServer();

    @Autowired
    private UserDirectory directory;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private BusinessCalendar calendar;

    @Autowired
    private MailDispatcher dispatcher;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String sender = "Thi đua - Khen thưởng xã Vũ Lễ <tdkt-" + suffix.toLowerCase() + "@vule.example>";
    private final String signer = "Hoàng Văn Kiểm";
    private JsonNode before;

    @BeforeAll
    void systemAdministrator() {
        CommuneContext.run(
                CommuneContext.ALL,
                () -> transaction.executeWithoutResult(status -> {
                    directory.ensureRoleGroup(Roles.SYSTEM_ADMIN, "Quản trị hệ thống");
                    directory.ensureUser(SYSADMIN, "Quản trị", "Hệ thống", "sysadmin@tinh.example", DEMO_PASSWORD);
                    directory.ensureMembership(SYSADMIN, Roles.SYSTEM_ADMIN);
                }));
        before = api(SYSADMIN).get("/api/admin/communes/{c}/settings", VU_LE).json();
    }

    @AfterAll
    void putVuLeBack() {
        SettingsRequest back = new SettingsRequest();
        for (String part : List.of(
                "issuer",
                "signer",
                "decisionNumberPattern",
                "submissionNumberPattern",
                "council",
                "stageWorkingDays",
                "mailFrom",
                "localHolidays")) {
            back.with(part, objectMapper.convertValue(before.get(part), Object.class));
        }
        api(SYSADMIN).put("/api/admin/communes/{c}/settings", back.json(), VU_LE);
    }

    /** Vũ Lễ's issuer block and its chairman as the signer. */
    private SettingsRequest vuLeIssuerAndSigner() {
        return new SettingsRequest()
                .with("issuer.name", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ")
                .with("issuer.headerLines", List.of("ỦY BAN NHÂN DÂN", "XÃ VŨ LỄ"))
                .with("issuer.placeName", "Vũ Lễ")
                .with("issuer.province", "Lạng Sơn")
                .with("signer.authority", "")
                .with("signer.title", "CHỦ TỊCH")
                .with("signer.name", signer);
    }

    private Map<String, Object> vuLeSettings() {
        return vuLeIssuerAndSigner()
                .with("decisionNumberPattern", "{n}/QĐ-VL" + suffix)
                .with("council.quorumNumerator", 3)
                .with("council.quorumDenominator", 4)
                .with("stageWorkingDays.COUNCIL_REVIEW", 3)
                .with("mailFrom", sender)
                .json();
    }

    @Test
    void vuLesSettingsReachItsDocumentsCouncilDeadlinesAndMailsAndBacSonKeepsItsOwn() throws Exception {
        int appraisalDays = api(SYSADMIN)
                .get("/api/admin/communes/{c}/settings", VU_LE)
                .json()
                .path("stageWorkingDays")
                .path("CULTURE_SOCIAL_APPRAISAL")
                .asInt();
        ApiResponse saved = api(SYSADMIN).put("/api/admin/communes/{c}/settings", vuLeSettings(), VU_LE);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("issuer").path("placeName").asText()).isEqualTo("Vũ Lễ");
        assertThat(saved.json().path("stageWorkingDays").path("COUNCIL_REVIEW").asInt())
                .isEqualTo(3);
        assertThat(saved.json()
                        .path("stageWorkingDays")
                        .path("CULTURE_SOCIAL_APPRAISAL")
                        .asInt())
                .as("not sent: kept")
                .isEqualTo(appraisalDays);
        assertThat(saved.json().path("own")).extracting(JsonNode::asText).contains("decisionNumberPattern");
        assertThat(saved.json()
                        .path("defaults")
                        .path("issuer")
                        .path("placeName")
                        .asText())
                .isEqualTo("Bắc Sơn");

        // Vũ Lễ: a dossier through appraisal; its council task is due in Vũ Lễ's 3 working days
        Function<String, Api> vuLe = role -> api("vl-" + role);
        String vuLeCampaign = openCampaign(
                vuLe.apply("vhxh"),
                unique("VL"),
                "Phong trào thi đua kiểm thử Vũ Lễ "
                        + EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate(),
                "05/KH-UBND");
        Instant start = EngineTestSupport.now();
        JsonNode dossier = DossierFixture.inReview(vuLe.apply("thon1"), vuLeCampaign, "Hồ sơ Vũ Lễ", "Lý Thị Vân");
        DossierFixture.appraised(vuLe.apply("bxdd"), vuLe.apply("vhxh"), vuLeCampaign, dossier);
        JsonNode councilTask =
                task(vuLe.apply("hoidong"), vuLeCampaign, dossier.path("id").asText());
        Instant due = OffsetDateTime.parse(councilTask.path("due").asText()).toInstant();
        assertThat(due)
                .isIn(
                        calendar.deadlineAfterWorkingDays(start, 3),
                        calendar.deadlineAfterWorkingDays(EngineTestSupport.now(), 3));

        // Vũ Lễ's quorum (3/4): 6 of 9 present is enough under the default 2/3, not here
        Map<String, Object> vote = sixOfNineVoteFor(dossier);
        ApiResponse refused = vuLe.apply("hoidong")
                .post("/api/tasks/{id}/complete", vote, councilTask.path("id").asText());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("errors"))
                .anySatisfy(e -> assertThat(e.path("code").asText()).isEqualTo("QUORUM_NOT_MET"));

        // Bắc Sơn, the same day: its council task is due in the default 10 working days, 6 of 9 is a quorum
        String bacSonCampaign = createOpenCampaign();
        JsonNode bacSonDossier = DossierFixture.inReview(api("thon1"), bacSonCampaign, "Hồ sơ Bắc Sơn", "Lý Văn An");
        DossierFixture.appraised(api("bxdd"), api("vhxh"), bacSonCampaign, bacSonDossier);
        JsonNode bacSonTask =
                task(api("hoidong"), bacSonCampaign, bacSonDossier.path("id").asText());
        assertThat(OffsetDateTime.parse(bacSonTask.path("due").asText()).toInstant())
                .isAfter(due)
                .isIn(
                        calendar.deadlineAfterWorkingDays(start, 10),
                        calendar.deadlineAfterWorkingDays(EngineTestSupport.now(), 10));
        Map<String, Object> bacSonVote = sixOfNineVoteFor(bacSonDossier);
        ApiResponse passed = api("hoidong")
                .post(
                        "/api/tasks/{id}/complete",
                        bacSonVote,
                        bacSonTask.path("id").asText());
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);

        // decisions: Vũ Lễ's prints Vũ Lễ's issuer, signer and number; Bắc Sơn's keeps Bắc Sơn's
        JsonNode vuLeDecision = DecisionFixture.decided(vuLe, vuLeCampaign, "thon1", "Nông Văn Bình");
        assertThat(vuLeDecision.path("number").asText()).endsWith("/QĐ-VL" + suffix);
        String vuLeText = pdfText(vuLe.apply("chutich")
                .get("/api/decisions/{id}/document.pdf", vuLeDecision.path("id").asText())
                .body());
        assertThat(vuLeText)
                .contains("XÃ VŨ LỄ", "Vũ Lễ, ngày", signer, "/QĐ-VL" + suffix)
                .doesNotContain("BẮC SƠN", "Bắc Sơn, ngày", "Trịnh Minh Tuấn");

        JsonNode bacSonDecision = DecisionFixture.decided(this::api, bacSonCampaign, "pkt", "Hà Thị Lan");
        assertThat(bacSonDecision.path("number").asText()).endsWith("/QĐ-UBND");
        String bacSonText = pdfText(api("chutich")
                .get(
                        "/api/decisions/{id}/document.pdf",
                        bacSonDecision.path("id").asText())
                .body());
        assertThat(bacSonText)
                .contains("XÃ BẮC SƠN", "Bắc Sơn, ngày", "Trịnh Minh Tuấn")
                .doesNotContain("VŨ LỄ", signer, "QĐ-VL");

        // e-mails: Vũ Lễ's rows go out from Vũ Lễ's sender, Bắc Sơn's from the configured one (the decisions are
        // recorded by asynchronous steps, which write the units' e-mails; task e-mails wait for their digest window)
        runJobsOf(vuLe.apply("chutich"), vuLeCampaign);
        runJobsOf(api("chutich"), bacSonCampaign);
        EngineTestSupport.advance(java.time.Duration.ofMinutes(5));
        // as the scheduler does: one run over every commune's rows (the test thread works in bac-son)
        CommuneContext.run(CommuneContext.ALL, () -> {
            for (int i = 0; i < 20 && dispatcher.dispatchDue() > 0; i++) {
                // until the outbox is empty
            }
        });
        List<String> vuLeFrom = new ArrayList<>();
        List<String> bacSonFrom = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            String from = ((InternetAddress) message.getFrom()[0]).getAddress();
            if (to.endsWith("@vule.example")) {
                vuLeFrom.add(from);
                // the letterhead of the HTML part is the sending commune's too
                assertThat(Mails.html(message))
                        .contains("ỦY BAN NHÂN DÂN XÃ VŨ LỄ")
                        .doesNotContain("BẮC SƠN");
            } else if (to.endsWith("@bacson.example")) {
                bacSonFrom.add(from);
                assertThat(Mails.html(message))
                        .contains("ỦY BAN NHÂN DÂN XÃ BẮC SƠN")
                        .doesNotContain("VŨ LỄ");
            }
        }
        assertThat(vuLeFrom).isNotEmpty().containsOnly("tdkt-" + suffix.toLowerCase() + "@vule.example");
        assertThat(bacSonFrom).isNotEmpty().containsOnly("thiduakhenthuong@bacson.example");
    }

    @Test
    void wrongValuesAreRefusedFieldByFieldAndOnlyTheAdministratorOrTheCommunesChairmanMayChangeThem() {
        ApiResponse wrong = api(SYSADMIN)
                .put(
                        "/api/admin/communes/{c}/settings",
                        new SettingsRequest()
                                .with("decisionNumberPattern", "QĐ-UBND")
                                .with("council.thresholdNumerator", 3)
                                .with("council.thresholdDenominator", 2)
                                .with("mailFrom", "không phải địa chỉ")
                                .with("issuer.placeName", " ")
                                .json(),
                        VU_LE);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.contentType().toString()).startsWith("application/problem+json");
        assertThat(wrong.json().path("errors"))
                .extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder(
                        "decisionNumberPattern", "council.thresholdNumerator", "mailFrom", "issuer.placeName");

        assertThat(api("vl-chutich")
                        .get("/api/admin/communes/{c}/settings", VU_LE)
                        .status())
                .isEqualTo(200);
        assertThat(api("vl-vhxh").get("/api/admin/communes/{c}/settings", VU_LE).status())
                .isEqualTo(403);
        assertThat(api("chutich").get("/api/admin/communes/{c}/settings", VU_LE).status())
                .as("another commune's chairman")
                .isEqualTo(404);
        assertThat(api(SYSADMIN)
                        .get("/api/admin/communes/{c}/settings", "khong-co-xa")
                        .status())
                .isEqualTo(404);
        assertThat(anonymous().get("/api/admin/communes/{c}/settings", VU_LE).status())
                .isEqualTo(401);

        // the chairman changes their own commune's sender; it reads back
        ApiResponse own = api("vl-chutich")
                .put(
                        "/api/admin/communes/{c}/settings",
                        new SettingsRequest().with("mailFrom", sender).json(),
                        VU_LE);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("mailFrom").asText()).isEqualTo(sender);
        assertThat(own.json().path("updatedBy").asText()).isEqualTo("vl-chutich");
    }

    @Test
    void theChairmanEditsTheSettingsOnThePageWithDatesAsDdMmYyyy() {
        Browser chairman = browser();
        chairman.login("vl-chutich", DEMO_PASSWORD);
        // the chairman finds the page in the user menu of every page; the culture-social officer has no such link
        assertThat(chairman.http().get("/").text())
                .contains("id=\"nav-commune-settings\" href=\"/admin/communes/" + VU_LE + "/settings\"");
        Browser officer = browser();
        officer.login("vl-vhxh", DEMO_PASSWORD);
        assertThat(officer.http().get("/").text()).doesNotContain("nav-commune-settings");
        ApiResponse page = chairman.http().get("/admin/communes/{c}/settings", VU_LE);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).contains("Cài đặt của Xã Vũ Lễ", "id=\"commune-settings-form\"");

        SettingsRequest everything = vuLeIssuerAndSigner()
                .with("issuer.superiorBody", "")
                .with("decisionNumberPattern", "{n}/QĐ-UBND")
                .with("submissionNumberPattern", "{n}/TTr-UBND")
                .with("council.quorumNumerator", 2)
                .with("council.quorumDenominator", 3)
                .with("council.thresholdNumerator", 1)
                .with("council.thresholdDenominator", 2);
        for (String stage : List.of(
                "PARTY_BUILDING_SELECTION", "CULTURE_SOCIAL_APPRAISAL", "COUNCIL_REVIEW", "CHAIRMAN_DECISION")) {
            everything.with("stageWorkingDays." + stage, 5);
        }
        Map<String, String> form = everything
                .with("mailFrom", sender)
                .with("localHolidays", "31/02/2026")
                .form(chairman.csrf()[1]);
        ApiResponse refused = chairman.submitForm("/admin/communes/" + VU_LE + "/settings", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("31/02/2026", "dd/MM/yyyy");

        form.put("localHolidays", "10/03/2026");
        ApiResponse saved = chairman.submitForm("/admin/communes/" + VU_LE + "/settings", form);
        assertThat(saved.status()).as(saved.text()).isIn(200, 302);
        assertThat(saved.text()).as(saved.text()).doesNotContain("is-invalid", "id=\"settings-error\"");
        JsonNode now =
                api(SYSADMIN).get("/api/admin/communes/{c}/settings", VU_LE).json();
        assertThat(now.path("localHolidays").get(0).asText()).isEqualTo("2026-03-10");
        assertThat(now.path("stageWorkingDays").path("CULTURE_SOCIAL_APPRAISAL").asInt())
                .isEqualTo(5);
        assertThat(CommuneContext.call(VU_LE, () -> calendar.isWorkingDay(java.time.LocalDate.of(2026, 3, 10))))
                .as("Vũ Lễ's own day off")
                .isFalse();
        assertThat(CommuneContext.call("bac-son", () -> calendar.isWorkingDay(java.time.LocalDate.of(2026, 3, 10))))
                .isTrue();
    }

    /** The council's session for the dossier's first nominee: 6 of 9 members present, 6 votes for. */
    private static Map<String, Object> sixOfNineVoteFor(JsonNode dossier) {
        String nominee = dossier.path("nominees").get(0).path("id").asText();
        List<Object> votes = List.of(Map.of("nomineeId", nominee, "votesFor", 6));
        return Map.of("meetingDate", "2025-09-01", "membersTotal", 9, "membersPresent", 6, "nominees", votes);
    }

    private void runJobsOf(Api chairman, String campaignId) {
        for (JsonNode dossier : chairman.get("/api/dossiers?campaignId={c}&size=200", campaignId)
                .json()
                .path("items")) {
            engine().runDueJobs(dossier.path("id").asText());
        }
    }

    private static JsonNode task(Api council, String campaignId, String dossierId) {
        for (JsonNode task : council.get("/api/tasks?campaignId={c}&stage=COUNCIL_REVIEW&size=200", campaignId)
                .json()
                .path("items")) {
            if (dossierId.equals(task.path("dossierId").asText())) {
                return task;
            }
        }
        throw new AssertionError("No COUNCIL_REVIEW task for dossier " + dossierId);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }

    /**
     * A request to change settings, each value put under its dotted name ({@code with("issuer.placeName", "Vũ Lễ")}):
     * as the JSON body of {@code PUT /api/admin/communes/{c}/settings} ({@link #json}) or as the fields of the settings
     * page's form ({@link #form}: the dotted names, a list one item a line).
     */
    private static final class SettingsRequest {

        private final Map<String, Object> json = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        SettingsRequest with(String dottedName, Object value) {
            Map<String, Object> node = json;
            String[] names = dottedName.split("\\.");
            for (int i = 0; i < names.length - 1; i++) {
                node = (Map<String, Object>)
                        node.computeIfAbsent(names[i], name -> new LinkedHashMap<String, Object>());
            }
            node.put(names[names.length - 1], value);
            return this;
        }

        Map<String, Object> json() {
            return json;
        }

        Map<String, String> form(String csrf) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("_csrf", csrf);
            addFields("", json, form);
            return form;
        }

        private static void addFields(String prefix, Map<?, ?> node, Map<String, String> form) {
            node.forEach((name, value) -> {
                if (value instanceof Map<?, ?> child) {
                    addFields(prefix + name + ".", child, form);
                } else if (value instanceof List<?> lines) {
                    form.put(prefix + name, lines.stream().map(String::valueOf).collect(Collectors.joining("\n")));
                } else {
                    form.put(prefix + name, String.valueOf(value));
                }
            });
        }
    }
}
