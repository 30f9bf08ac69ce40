package vn.bacson.khenthuong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.Mails;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;

/**
 * The newcomer's installation (README: {@code ./mvnw spring-boot:run}): the default profile, so an embedded H2 file
 * database (here a fresh one under target/) with the demo data, the commune walls of H2 (the {@code in_commune}
 * aliases; H2 has no row-level security), the in-process mail catcher and the province reviewing in the system. Over
 * HTTP, as the README's demo users: everyone signs in; each commune takes a dossier to a Giấy khen decision and reads
 * only its own mail at /mail; each commune proposes a Bằng khen, the Sở Nội vụ returns Bắc Sơn's on its page, the
 * commune sends it again on its page, and the province forwards, votes and decides both.
 *
 * <p>Runs in a Failsafe execution and JVM of its own ({@code embedded-demo} in pom.xml, selected by the tag): its
 * process engine must not meet the PostgreSQL ITs' engine in one JVM. The one deviation from {@code spring-boot:run}:
 * the job executor and the mail scheduler are off, and the test plays them, as the PostgreSQL ITs do.
 */
@Tag("embedded-demo")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false"})
class DemoOnH2IT {

    private static final String PASSWORD = "demo";
    private static final String BAC_SON = "";
    private static final String VU_LE = "vl-";

    /** The users of the README's table, both communes and the province. */
    private static final List<String> README_USERS = List.of(
            "thon1",
            "thon2",
            "pkt",
            "bxdd",
            "vhxh",
            "truongphong",
            "hoidong",
            "chutich",
            "admin",
            "sonv",
            "hdtinh",
            "chutichtinh",
            "vl-thon1",
            "vl-bxdd",
            "vl-vhxh",
            "vl-hoidong",
            "vl-chutich");

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper mapper;

    @Autowired
    private ManagementService management;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private MailDispatcher dispatcher;

    @Autowired
    private GreenMail catcher;

    /**
     * A fresh H2 file database (the newcomer's is ./data/khenthuong) and demo signing keys under target/, and the mail
     * catcher on a free port instead of 3025, which the PostgreSQL ITs' SMTP servers may hold meanwhile.
     */
    @DynamicPropertySource
    static void newcomersInstallation(DynamicPropertyRegistry registry) {
        Path home = Path.of("target", "it-embedded-demo", UUID.randomUUID().toString())
                .toAbsolutePath();
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + home.resolve("khenthuong") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add(
                "app.signing.keystore",
                () -> home.resolve("signing/commune.p12").toString());
        int free = freePort();
        registry.add("app.mail.catcher.port", () -> free);
        registry.add("spring.mail.port", () -> free);
    }

    @AfterEach
    void resetEngineClock() {
        EngineTestSupport.resetClock();
    }

    @Test
    void everyDemoUserOfTheReadmeSignsInWithTheDemoPassword() {
        for (String user : README_USERS) {
            Browser browser = new Browser(baseUrl(), mapper);
            ApiResponse login = browser.login(user, PASSWORD);
            assertThat(login.status()).as("%s signs in", user).isEqualTo(302);
            assertThat(login.location()).as("%s signs in", user).doesNotContain("error");
            ApiResponse home = browser.http().get("/");
            assertThat(home.status()).as("%s's start page", user).isEqualTo(200);
            assertThat(home.text()).as("%s's start page", user).contains("id=\"logout\"");
        }
        ApiResponse wrong = new Browser(baseUrl(), mapper).login("vhxh", "not-the-password");
        assertThat(wrong.location()).contains("error");

        // Cockpit and engine-rest, the administrator's: the installation's one engine answers them
        Browser admin = browser("admin");
        assertThat(admin.http().get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        assertThat(api("admin")
                        .get("/engine-rest/process-definition/count")
                        .json()
                        .path("count")
                        .asInt())
                .isPositive();
        assertThat(api("vhxh").get("/engine-rest/task").status()).isEqualTo(403);

        // each commune has its own open DH-2025, and the other's answers 404
        String bacSonCampaign = demoCampaign(BAC_SON);
        String vuLeCampaign = demoCampaign(VU_LE);
        assertThat(bacSonCampaign).isNotEqualTo(vuLeCampaign);
        assertThat(api("vhxh").get("/api/campaigns/{id}", vuLeCampaign).status())
                .isEqualTo(404);
        assertThat(api("vl-vhxh").get("/api/campaigns/{id}", bacSonCampaign).status())
                .isEqualTo(404);
    }

    @Test
    void eachCommuneDecidesAGiayKhen_andItsStaffReadOnlyTheirOwnMail() throws Exception {
        String bacSonNominee = "Hoàng Văn Thắng " + suffix();
        String vuLeNominee = "Hoàng Văn Hải " + suffix();
        JsonNode bacSon = giayKhen(BAC_SON, bacSonNominee);
        JsonNode vuLe = giayKhen(VU_LE, vuLeNominee);
        String bacSonId = bacSon.path("id").asText();
        String vuLeId = vuLe.path("id").asText();

        // the unit reads its decision on its dossier's page, and downloads the Quyết định
        String page = browser("thon1").http().get("/dossiers/{id}", bacSonId).text();
        assertThat(page)
                .contains(
                        bacSonNominee,
                        "Được tặng Giấy khen của Chủ tịch UBND xã",
                        bacSon.at("/decision/number").asText());
        String decisionId = bacSon.at("/decision/id").asText();
        ApiResponse pdf = api("thon1").get("/api/decisions/{id}/document.pdf", decisionId);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        ApiResponse certificates = api("vhxh").get("/api/decisions/{id}/certificates.pdf", decisionId);
        assertThat(certificates.status()).isEqualTo(200);
        assertThat(new String(certificates.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(api("vl-vhxh").get("/api/decisions/{id}", decisionId).status())
                .isEqualTo(404);
        assertThat(browser("vl-vhxh").http().get("/dossiers/{id}", bacSonId).status())
                .isEqualTo(404);
        assertThat(browser("vhxh").http().get("/dossiers/{id}", vuLeId).status())
                .isEqualTo(404);

        // the decisions are mailed to each commune's unit, at its own address
        Mails.deliverAll(dispatcher);
        assertThat(recipientsOfMailsAbout(bacSonId))
                .contains("thon-1@bacson.example")
                .noneMatch(a -> a.endsWith("@vule.example"));
        assertThat(recipientsOfMailsAbout(vuLeId))
                .contains("thon-1@vule.example")
                .noneMatch(a -> a.endsWith("@bacson.example"));

        // /mail, the demo's mail page: each commune's staff read their own commune's mail and not the other's
        String bacSonMail = browser("vhxh").http().get("/mail").text();
        assertThat(bacSonMail).contains(bacSonId).doesNotContain(vuLeId);
        String vuLeMail = browser("vl-vhxh").http().get("/mail").text();
        assertThat(vuLeMail).contains(vuLeId).doesNotContain(bacSonId);
        assertThat(browser("admin").http().get("/mail").text()).contains(bacSonId, vuLeId);
        assertThat(browser("thon1").http().get("/mail").status())
                .as("a unit officer is no staff")
                .isEqualTo(403);
    }

    @Test
    void eachCommuneProposesABangKhen_theProvinceReturnsOne_andDecidesBoth() throws Exception {
        String bacSonCollective = "Chi hội Nông dân thôn 1 " + suffix();
        String vuLeCollective = "Chi hội Phụ nữ thôn 1 " + suffix();
        EngineTestSupport engine = new EngineTestSupport(management, runtime);
        JsonNode bacSonPending = ProvinceProposalFixture.proposed(
                as(BAC_SON), engine, demoCampaign(BAC_SON), "thon1", "Đề nghị " + bacSonCollective, bacSonCollective);
        JsonNode vuLePending = ProvinceProposalFixture.proposed(
                as(VU_LE), engine, demoCampaign(VU_LE), "thon1", "Đề nghị " + vuLeCollective, vuLeCollective);
        String bacSon = bacSonPending.path("id").asText();
        String vuLe = vuLePending.path("id").asText();
        String bacSonProposal = proposalOf(bacSon).path("id").asText();
        String vuLeProposal = proposalOf(vuLe).path("id").asText();

        // the Sở Nội vụ sees both communes' proposals on its pages
        Browser sonv = browser("sonv");
        assertThat(sonv.http().get("/province/proposals").text())
                .contains(
                        "Xã Vũ Lễ",
                        "Xã Bắc Sơn",
                        proposalOf(bacSon).path("submissionNumber").asText(),
                        proposalOf(vuLe).path("submissionNumber").asText());
        assertThat(sonv.http().get("/monitoring/province").text()).contains("Xã Vũ Lễ", "Xã Bắc Sơn");

        // ... and returns Bắc Sơn's on the task page ("Trả lại xã để bổ sung", with a comment)
        String returnComment = "Bổ sung biên bản họp xét của xã " + suffix();
        String taskId = provinceTask("sonv", "PROVINCE_APPRAISAL", bacSon);
        assertThat(sonv.http().get("/province/tasks/{id}", taskId).text()).contains(bacSonCollective);
        ApiResponse returned = sonv.submitForm(
                "/province/tasks/" + taskId + "/complete",
                Map.of("_csrf", sonv.csrf()[1], "outcome", "RETURN", "comment", returnComment));
        assertThat(returned.status()).as("%s", returned).isEqualTo(302);
        assertThat(returned.location()).endsWith("/tasks");
        engine.runDueJobs(bacSonProposal);
        assertThat(api("vhxh")
                        .get("/api/province-proposals/{id}", bacSonProposal)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("RETURNED");

        // Bắc Sơn's officer reads the comment and sends it again on the proposal's page; Vũ Lễ's sees none of it
        Browser vhxh = browser("vhxh");
        assertThat(vhxh.http().get("/province/proposals/{id}", bacSonProposal).text())
                .contains(returnComment, "/province/proposals/" + bacSonProposal + "/resend");
        assertThat(browser("vl-vhxh")
                        .http()
                        .get("/province/proposals/{id}", bacSonProposal)
                        .status())
                .isEqualTo(404);
        ApiResponse resent =
                vhxh.submitForm("/province/proposals/" + bacSonProposal + "/resend", Map.of("_csrf", vhxh.csrf()[1]));
        assertThat(resent.status()).as("%s", resent).isEqualTo(302);
        assertThat(api("sonv")
                        .get("/api/province-proposals/{id}", bacSonProposal)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("IN_REVIEW");

        // the province's three stages for both, as sonv, hdtinh and chutichtinh
        for (JsonNode pending : List.of(bacSonPending, vuLePending)) {
            String dossierId = pending.path("id").asText();
            String nomineeId = pending.at("/nominees/0/id").asText();
            complete(
                    "sonv",
                    "PROVINCE_APPRAISAL",
                    dossierId,
                    Map.of(
                            "outcome",
                            "FORWARD",
                            "nominees",
                            List.of(Map.of("nomineeId", nomineeId, "appraisal", "DAT"))));
            complete(
                    "hdtinh",
                    "PROVINCE_COUNCIL",
                    dossierId,
                    Map.of(
                            "meetingDate",
                            today().toString(),
                            "membersTotal",
                            11,
                            "membersPresent",
                            9,
                            "nominees",
                            List.of(Map.of("nomineeId", nomineeId, "votesFor", 8))));
            complete(
                    "chutichtinh",
                    "PROVINCE_DECISION",
                    dossierId,
                    Map.of("outcome", "DECIDE", "nominees", List.of(Map.of("nomineeId", nomineeId, "awarded", true))));
        }
        for (String id : List.of(bacSonProposal, vuLeProposal, bacSon, vuLe)) {
            engine.runDueJobs(id);
        }

        JsonNode bacSonDecided = api("thon1").get("/api/dossiers/{id}", bacSon).json();
        JsonNode vuLeDecided = api("vl-thon1").get("/api/dossiers/{id}", vuLe).json();
        for (JsonNode decided : List.of(bacSonDecided, vuLeDecided)) {
            assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
            assertThat(decided.at("/nominees/0/outcome").asText()).isEqualTo(ProvinceProposalFixture.BANG_KHEN);
            assertThat(decided.at("/decision/provinceNumber").asText()).matches("\\d+/QĐ-UBND");
        }
        assertThat(bacSonDecided.at("/decision/provinceNumber").asText())
                .as("the province numbers its decisions once for all communes")
                .isNotEqualTo(vuLeDecided.at("/decision/provinceNumber").asText());

        // the commune's pages, as each reads them
        ApiResponse dossierPage = browser("vl-vhxh").http().get("/dossiers/{id}", vuLe);
        assertThat(dossierPage.status()).isEqualTo(200);
        assertThat(dossierPage.text()).contains(vuLeCollective, "Được tặng Bằng khen của Chủ tịch UBND tỉnh");
        ApiResponse notTheirs = browser("vhxh").http().get("/dossiers/{id}", vuLe);
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.text()).doesNotContain(vuLeCollective, "Exception");
        assertThat(Api.anonymous(baseUrl(), mapper).get("/cong-khai/vu-le").text())
                .contains("Vũ Lễ");

        // each unit is told at its own address, and /mail shows it to its commune's staff only
        Mails.deliverAll(dispatcher);
        assertThat(recipientsOfMailsAbout(vuLe))
                .contains("thon-1@vule.example")
                .noneMatch(a -> a.endsWith("@bacson.example"));
        assertThat(recipientsOfMailsAbout(bacSon))
                .contains("thon-1@bacson.example")
                .noneMatch(a -> a.endsWith("@vule.example"));
        assertThat(browser("vl-vhxh").http().get("/mail").text()).contains(vuLe).doesNotContain(bacSon);
        assertThat(browser("vhxh").http().get("/mail").text())
                .contains(bacSon, "Tỉnh trả lại đề nghị tặng Bằng khen")
                .doesNotContain(vuLe);
    }

    /** A unit's dossier of one individual, through the commune's four stages to the chairman's Giấy khen. */
    private JsonNode giayKhen(String commune, String nominee) {
        String campaign = demoCampaign(commune);
        Api unit = api(commune + "thon1");
        JsonNode submitted = DossierFixture.inReview(unit, campaign, "Đề nghị khen thưởng " + nominee, nominee);
        String id = submitted.path("id").asText();
        ProvinceProposalFixture.sendToProvince(
                ProvinceProposalFixture.overHttp(as(commune), new EngineTestSupport(management, runtime), campaign),
                id,
                Map.of(submitted.at("/nominees/0/id").asText(), ProvinceProposalFixture.GIAY_KHEN));
        JsonNode decided = unit.get("/api/dossiers/{id}", id).json();
        assertThat(decided.path("status").asText()).as("%s", decided).isEqualTo("DECIDED");
        assertThat(decided.at("/nominees/0/outcome").asText()).isEqualTo(ProvinceProposalFixture.GIAY_KHEN);
        assertThat(decided.at("/decision/number").asText()).matches("\\d+/QĐ-UBND");
        return decided;
    }

    /** The commune's open demo campaign DH-2025, as its culture-social officer lists it. */
    private String demoCampaign(String commune) {
        String officer = commune + "vhxh";
        for (JsonNode campaign :
                api(officer).get("/api/campaigns?size=100").json().path("items")) {
            if ("DH-2025".equals(campaign.path("code").asText())) {
                return campaign.path("id").asText();
            }
        }
        throw new AssertionError(officer + " has no demo campaign DH-2025");
    }

    private String provinceTask(String user, String stage, String dossierId) {
        String taskId = null;
        for (JsonNode item :
                api(user).get("/api/tasks?stage={s}&size=200", stage).json().path("items")) {
            if (dossierId.equals(item.path("dossierId").asText())) {
                taskId = item.path("id").asText();
            }
        }
        assertThat(taskId).as("%s's %s task of %s", user, stage, dossierId).isNotNull();
        return taskId;
    }

    private void complete(String user, String stage, String dossierId, Map<String, Object> payload) {
        ApiResponse done = api(user).post("/api/tasks/{id}/complete", payload, provinceTask(user, stage, dossierId));
        assertThat(done.status()).as("%s: %s", stage, done).isEqualTo(200);
    }

    private JsonNode proposalOf(String dossierId) {
        for (JsonNode item :
                api("sonv").get("/api/province-proposals?size=200").json().path("items")) {
            for (JsonNode d : item.path("dossierIds")) {
                if (dossierId.equals(d.asText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no proposal holds " + dossierId);
    }

    /** Everyone the caught mails that link to this dossier went to. */
    private List<String> recipientsOfMailsAbout(String dossierId) {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : catcher.getReceivedMessages()) {
            if (Mails.text(message).contains(dossierId)) {
                recipients.addAll(Mails.recipients(message));
            }
        }
        assertThat(recipients).as("mails about dossier %s", dossierId).isNotEmpty();
        return recipients;
    }

    /** The commune's reviewers by their Bắc Sơn names (bxdd, vhxh, ...), in this commune. */
    private Function<String, Api> as(String commune) {
        return role -> api(commune + role);
    }

    private Api api(String username) {
        return Api.basic(baseUrl(), mapper, username, PASSWORD);
    }

    private Browser browser(String username) {
        Browser browser = new Browser(baseUrl(), mapper);
        ApiResponse login = browser.login(username, PASSWORD);
        assertThat(login.location()).as("%s signs in", username).doesNotContain("error");
        return browser;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static LocalDate today() {
        return EngineTestSupport.now().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
