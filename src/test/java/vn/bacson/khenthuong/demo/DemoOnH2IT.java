package vn.bacson.khenthuong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.Mails;
import vn.bacson.khenthuong.support.ProvinceProposalFixture;

/**
 * The newcomer's installation (README: {@code ./mvnw spring-boot:run}): the embedded H2 database with the demo data,
 * the commune walls of H2 (the {@code in_commune} aliases; H2 has no row-level security), the in-process mail catcher
 * and the province reviewing in the system (the default). Two communes and the province, over HTTP: each commune
 * sees its own campaign only; Vũ Lễ's Bằng khen proposal goes through the province's three stages and ends decided in
 * Vũ Lễ, told to its unit by e-mail, and Bắc Sơn's people see none of it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-on-h2;DB_CLOSE_DELAY=-1",
            // an engine of its own name: Camunda's registry of engines is one per JVM, and engine-rest and the
            // webapps of the PostgreSQL ITs' context (alive in Spring's test context cache) look up "default"
            "camunda.bpm.process-engine-name=demo-h2",
            "app.demo-data=true",
            // determinism, as in the PostgreSQL ITs: the test plays the job executor and the mail scheduler
            "camunda.bpm.job-execution.enabled=false",
            "app.signing.generate-demo-keys=true",
            "app.signing.keystore=target/it-signing-h2/commune.p12"
        })
// closed after the class: its engine must not stay registered next to the PostgreSQL ITs' engine in this JVM
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoOnH2IT {

    private static final String PASSWORD = "demo";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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

    /** The demo's mail catcher on a port of its own: the PostgreSQL ITs' SMTP servers use theirs meanwhile. */
    @DynamicPropertySource
    static void mailCatcher(DynamicPropertyRegistry registry) {
        int free = freePort();
        registry.add("app.mail.catcher.port", () -> free);
        registry.add("spring.mail.port", () -> free);
    }

    @Test
    void twoCommunesAndTheProvinceWorkOnTheEmbeddedDatabase() throws Exception {
        String bacSonCampaign = demoCampaign("vhxh");
        String vuLeCampaign = demoCampaign("vl-vhxh");
        assertThat(bacSonCampaign).isNotEqualTo(vuLeCampaign);
        assertThat(api("vhxh").get("/api/campaigns/{id}", vuLeCampaign).status())
                .as("Bắc Sơn's officer asks for Vũ Lễ's campaign")
                .isEqualTo(404);

        // Vũ Lễ's unit proposes a Bằng khen through its commune's four stages
        String collective =
                "Chi hội Nông dân thôn 1 " + UUID.randomUUID().toString().substring(0, 6);
        EngineTestSupport engine = new EngineTestSupport(management, runtime);
        JsonNode pending = ProvinceProposalFixture.proposed(
                role -> api("vl-" + role), engine, vuLeCampaign, "thon1", "Đề nghị " + collective, collective);
        String dossierId = pending.path("id").asText();
        String nomineeId = pending.at("/nominees/0/id").asText();
        assertThat(api("vhxh").get("/api/dossiers/{id}", dossierId).status()).isEqualTo(404);

        // the province's three stages, as sonv, hdtinh and chutichtinh
        complete(
                "sonv",
                "PROVINCE_APPRAISAL",
                dossierId,
                Map.of("outcome", "FORWARD", "nominees", List.of(Map.of("nomineeId", nomineeId, "appraisal", "DAT"))));
        complete(
                "hdtinh",
                "PROVINCE_COUNCIL",
                dossierId,
                Map.of(
                        "meetingDate",
                        LocalDate.now(ZONE).toString(),
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
        JsonNode proposal = proposalOf(dossierId);
        engine.runDueJobs(proposal.path("id").asText());
        engine.runDueJobs(dossierId);

        JsonNode decided = api("vl-thon1").get("/api/dossiers/{id}", dossierId).json();
        assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.at("/nominees/0/outcome").asText()).isEqualTo("BANG_KHEN_CHU_TICH_TINH");
        assertThat(decided.at("/decision/provinceNumber").asText()).endsWith("/QĐ-UBND");

        // the pages of the province and of the commune, as each reads them
        Browser sonv = browser("sonv");
        String proposals = sonv.http().get("/province/proposals").text();
        assertThat(proposals)
                .contains("Xã Vũ Lễ", proposal.path("submissionNumber").asText());
        assertThat(sonv.http().get("/monitoring/province").text()).contains("Xã Vũ Lễ", "Xã Bắc Sơn");
        ApiResponse dossierPage = browser("vl-vhxh").http().get("/dossiers/{id}", dossierId);
        assertThat(dossierPage.status()).isEqualTo(200);
        assertThat(dossierPage.text()).contains(collective, "Được tặng Bằng khen của Chủ tịch UBND tỉnh");
        ApiResponse notTheirs = browser("vhxh").http().get("/dossiers/{id}", dossierId);
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.text()).doesNotContain(collective, "Exception");
        assertThat(Api.anonymous(baseUrl(), mapper).get("/cong-khai/vu-le").text())
                .contains("Vũ Lễ");

        // the unit of Vũ Lễ is told, at its own address, and nobody of Bắc Sơn is
        Mails.deliverAll(dispatcher);
        List<MimeMessage> aboutIt = new ArrayList<>();
        for (MimeMessage message : catcher.getReceivedMessages()) {
            if (Mails.text(message).contains(collective)) {
                aboutIt.add(message);
            }
        }
        assertThat(aboutIt).isNotEmpty();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : aboutIt) {
            recipients.addAll(Mails.recipients(message));
        }
        assertThat(recipients).contains("thon-1@vule.example").noneMatch(a -> a.endsWith("@bacson.example"));
        // the demo's mail page (/mail) shows it to Vũ Lễ's staff, and not to Bắc Sơn's
        assertThat(browser("vl-vhxh").http().get("/mail").text()).contains(collective);
        assertThat(browser("vhxh").http().get("/mail").text()).doesNotContain(collective);
    }

    /** The commune's open demo campaign DH-2025, as its culture-social officer lists it. */
    private String demoCampaign(String officer) {
        for (JsonNode campaign :
                api(officer).get("/api/campaigns?size=100").json().path("items")) {
            if ("DH-2025".equals(campaign.path("code").asText())) {
                return campaign.path("id").asText();
            }
        }
        throw new AssertionError(officer + " has no demo campaign DH-2025");
    }

    private void complete(String user, String stage, String dossierId, Map<String, Object> payload) {
        String taskId = null;
        for (JsonNode item :
                api(user).get("/api/tasks?stage={s}&size=200", stage).json().path("items")) {
            if (dossierId.equals(item.path("dossierId").asText())) {
                taskId = item.path("id").asText();
            }
        }
        assertThat(taskId).as("%s's %s task of %s", user, stage, dossierId).isNotNull();
        ApiResponse done = api(user).post("/api/tasks/{id}/complete", payload, taskId);
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

    private Api api(String username) {
        return Api.basic(baseUrl(), mapper, username, PASSWORD);
    }

    private Browser browser(String username) {
        Browser browser = new Browser(baseUrl(), mapper);
        browser.login(username, PASSWORD);
        return browser;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
