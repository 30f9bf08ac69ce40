package vn.bacson.khenthuong.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.ItDatabase;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Two nodes, one PostgreSQL database (issue 7): two JVMs of the application on two ports against a database
 * created fresh for this test (khenthuong_cluster), both serving the API and the UI, both running the job
 * executor and the mail dispatcher, GreenMail as the SMTP server. No sticky sessions: a login on A is valid on B.
 *
 * <p>The job executors are set apart on purpose for the crash test: A acquires up to 200 jobs at once and runs
 * them on one thread (so it holds many locked jobs), B takes one at a time (so it holds at most two). Both lock
 * jobs for 5 s, so B takes over A's jobs 5 s after A dies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String DATABASE = ItDatabase.sibling("cluster");
    private static final String SERVER = ItDatabase.server();
    private static final String TIMER_PROCESS = "BenchmarkDeadlineTimer";
    private static final int CRASH_JOBS = 300;
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private GreenMail smtp;
    private ClusterNode a;
    private ClusterNode b;
    private SingleConnectionDataSource connection;
    private JdbcTemplate db;
    private String campaignId;
    private JsonNode dossier;

    @BeforeAll
    void startTwoNodes() throws Exception {
        connection = new SingleConnectionDataSource(
                ItDatabase.recreate(DATABASE), ItDatabase.USER, ItDatabase.PASSWORD, true);
        db = new JdbcTemplate(connection);
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // one after the other: the engine creates its schema on the first start, and two creators would collide
        a = ClusterNode.start(
                        "a",
                        SERVER + DATABASE,
                        smtpPort,
                        Map.of(
                                "camunda.bpm.job-execution.core-pool-size", "1",
                                "camunda.bpm.job-execution.max-pool-size", "1",
                                "camunda.bpm.job-execution.queue-capacity", "400",
                                "camunda.bpm.job-execution.max-jobs-per-acquisition", "200",
                                "camunda.bpm.job-execution.wait-time-in-millis", "300",
                                "camunda.bpm.job-execution.max-wait", "1000",
                                "camunda.bpm.job-execution.lock-time-in-millis", "5000"))
                .awaitUp(Duration.ofMinutes(3));
        b = ClusterNode.start(
                        "b",
                        SERVER + DATABASE,
                        smtpPort,
                        Map.of(
                                "camunda.bpm.job-execution.core-pool-size", "1",
                                "camunda.bpm.job-execution.max-pool-size", "1",
                                "camunda.bpm.job-execution.queue-capacity", "1",
                                "camunda.bpm.job-execution.max-jobs-per-acquisition", "1",
                                "camunda.bpm.job-execution.wait-time-in-millis", "300",
                                "camunda.bpm.job-execution.max-wait", "1000",
                                "camunda.bpm.job-execution.lock-time-in-millis", "5000"))
                .awaitUp(Duration.ofMinutes(3));
    }

    @AfterAll
    void stopNodes() throws Exception {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (connection != null) {
            connection.destroy();
        }
    }

    @Test
    @Order(1)
    void aBrowserSessionOpenedOnNodeAIsValidOnNodeB() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> loginPage = http.send(
                HttpRequest.newBuilder(URI.create(a.baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String anonymousSession = cookies(loginPage);
        String form = "username=vhxh&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(a.baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", anonymousSession)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookies(login);
        assertThat(session).isNotBlank();

        HttpResponse<String> withoutSession = http.send(
                HttpRequest.newBuilder(URI.create(b.baseUrl() + "/api/tasks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutSession.statusCode()).isEqualTo(401);
        HttpResponse<String> apiOnB = http.send(
                HttpRequest.newBuilder(URI.create(b.baseUrl() + "/api/tasks"))
                        .header("Cookie", session)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(apiOnB.statusCode()).as(apiOnB.body()).isEqualTo(200);
        assertThat(MAPPER.readTree(apiOnB.body()).has("items")).isTrue();
        HttpResponse<String> pageOnB = http.send(
                HttpRequest.newBuilder(URI.create(b.baseUrl() + "/"))
                        .header("Cookie", session)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pageOnB.statusCode()).isEqualTo(200);
        assertThat(pageOnB.body()).contains("vhxh");
    }

    @Test
    @Order(2)
    void aTaskCompletedOnNodeAIsGoneOnNodeB() {
        campaignId = createOpenCampaign(api(a, "vhxh"));
        dossier = DossierFixture.inReview(api(a, "thon1"), campaignId, "Hồ sơ hai máy chủ", "Nguyễn Văn Cụm");
        String dossierId = dossier.get("id").asText();
        String taskId = taskOf(api(b, "bxdd"), "PARTY_BUILDING_SELECTION", dossierId);
        Map<String, Object> selection = Map.of(
                "outcome",
                "FORWARD",
                "comment",
                "Chọn.",
                "nominees",
                List.of(Map.of(
                        "nomineeId", dossier.get("nominees").get(0).get("id").asText(), "selected", true)));

        ApiResponse onA = api(a, "bxdd").post("/api/tasks/{id}/complete", selection, taskId);
        ApiResponse onB = api(b, "bxdd").post("/api/tasks/{id}/complete", selection, taskId);

        assertThat(onA.status()).as(onA.toString()).isEqualTo(200);
        assertThat(onB.status()).isEqualTo(409);
        assertThat(onB.code()).isEqualTo("TASK_ALREADY_COMPLETED");
        assertThat(api(b, "thon1").get("/api/dossiers/{id}", dossierId).str("stage"))
                .isEqualTo("CULTURE_SOCIAL_APPRAISAL");
    }

    @Test
    @Order(3)
    void twoCommunesStayApartOnBothNodes() {
        // the demo's second commune works through node B on what node A made for Bắc Sơn: nothing of it is there
        String vuLeCampaign = createOpenCampaign(api(b, "vl-vhxh"));
        JsonNode vuLeDossier = DossierFixture.inReview(api(b, "vl-thon1"), vuLeCampaign, "Hồ sơ Vũ Lễ", "Hoàng Văn Lễ");
        String vuLeDossierId = vuLeDossier.get("id").asText();
        assertThat(taskOf(api(a, "vl-bxdd"), "PARTY_BUILDING_SELECTION", vuLeDossierId))
                .isNotNull();
        for (ClusterNode node : List.of(a, b)) {
            assertThat(api(node, "vhxh")
                            .get("/api/dossiers/{id}", vuLeDossierId)
                            .status())
                    .isEqualTo(404);
            assertThat(api(node, "vl-vhxh")
                            .get("/api/dossiers/{id}", dossier.get("id").asText())
                            .status())
                    .isEqualTo(404);
            assertThat(api(node, "bxdd")
                            .get("/api/tasks?campaignId={c}", vuLeCampaign)
                            .json()
                            .path("total")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    @Order(3)
    void anOverdueTimerFiresOnceWithBothJobExecutorsRunning() {
        String dossierId = dossier.get("id").asText();
        String instance = db.queryForObject(
                "select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null",
                String.class,
                dossierId);
        int timers = db.update(
                "update act_ru_job set duedate_ = ? where process_instance_id_ = ? and type_ = 'timer'",
                Timestamp.from(Instant.now().minusSeconds(1)),
                instance);
        assertThat(timers).as("the appraisal's overdue timer").isEqualTo(1);

        await(
                Duration.ofSeconds(60),
                () -> count(
                                        "select count(*) from notification where event = 'TASK_OVERDUE' "
                                                + "and dossier_id = ?::uuid",
                                        dossierId)
                                > 0
                        && count("select count(*) from act_ru_job where process_instance_id_ = ?", instance) == 0);
        sleep(3000); // room for a second firing, should there be one

        assertThat(count(
                        "select count(*) from dossier_history where dossier_id = ?::uuid and action = 'OVERDUE'",
                        dossierId))
                .isEqualTo(1);
        List<Map<String, Object>> perRecipient = db.queryForList(
                "select recipient, count(*) as n from notification "
                        + "where event = 'TASK_OVERDUE' and dossier_id = ?::uuid group by recipient",
                UUID.fromString(dossierId));
        assertThat(perRecipient)
                .isNotEmpty()
                .allSatisfy(
                        row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
        assertThat(count("select count(*) from act_ru_incident where proc_inst_id_ = ?", instance))
                .isZero();
    }

    @Test
    @Order(4)
    void eachMailIsDeliveredOnceWithBothDispatchersRunning() throws Exception {
        await(
                Duration.ofSeconds(60),
                () -> count("select count(*) from notification where status in ('PENDING', 'SENDING')") == 0);
        sleep(2500); // both dispatchers poll every second: a double send would show by now
        Set<String> sentIds =
                new HashSet<>(db
                        .queryForList(
                                "select distinct message_id from notification where status = 'SENT'", String.class)
                        .stream()
                        .map(TwoNodesIT::bare)
                        .toList());
        assertThat(sentIds).as("mails sent, including the overdue notice").hasSizeGreaterThan(2);
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(bare(message.getMessageID()));
        }
        assertThat(received).doesNotHaveDuplicates();
        assertThat(new HashSet<>(received)).isEqualTo(sentIds);
    }

    @Test
    @Order(5)
    void killingANodeWhileItHoldsLockedJobsLosesNothing() throws Exception {
        deployTimerProcess(api(b, "admin"));
        Api admin = api(b, "admin");
        Map<String, Object> later =
                Map.of("variables", Map.of("due", Map.of("value", "2099-01-01T00:00:00.000+0000", "type", "Date")));
        for (int i = 0; i < CRASH_JOBS; i++) {
            ApiResponse started = admin.post("/engine-rest/process-definition/key/{key}/start", later, TIMER_PROCESS);
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
        }
        db.update(
                "update act_ru_job set duedate_ = ? where process_def_key_ = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                TIMER_PROCESS);

        // A takes up to 200 at once, B at most two: the owner of more than five locks is A
        String[] ownerOfA = new String[1];
        await(Duration.ofSeconds(30), () -> {
            List<Map<String, Object>> owners = db.queryForList(
                    "select lock_owner_, count(*) as n from act_ru_job "
                            + "where process_def_key_ = ? and lock_owner_ is not null group by lock_owner_",
                    TIMER_PROCESS);
            for (Map<String, Object> owner : owners) {
                if (((Number) owner.get("n")).intValue() > 5) {
                    ownerOfA[0] = (String) owner.get("lock_owner_");
                    return true;
                }
            }
            return false;
        });
        a.kill();
        int heldByDeadNode = count(
                "select count(*) from act_ru_job where process_def_key_ = ? and lock_owner_ = ?",
                TIMER_PROCESS,
                ownerOfA[0]);
        assertThat(heldByDeadNode).as("jobs locked by A when it died").isPositive();

        await(
                Duration.ofSeconds(90),
                () -> count("select count(*) from act_ru_job where process_def_key_ = ?", TIMER_PROCESS) == 0);
        assertThat(count(
                        "select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null",
                        TIMER_PROCESS))
                .isEqualTo(CRASH_JOBS);
        assertThat(count(
                        "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ "
                                + "where d.key_ = ?",
                        TIMER_PROCESS))
                .isZero();
        // B still serves: the survivor answers the API
        assertThat(api(b, "thon1")
                        .get("/api/dossiers/{id}", dossier.get("id").asText())
                        .status())
                .isEqualTo(200);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Api api(ClusterNode node, String user) {
        return Api.basic(node.baseUrl(), MAPPER, user, "demo");
    }

    private static String createOpenCampaign(Api vhxh) {
        ApiResponse created = PostgresIT.postOpenCampaign(
                vhxh,
                "CLUSTER-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                "Phong trào thi đua kiểm thử hai máy chủ",
                "98/KH-UBND",
                List.of("GIAY_KHEN_CHU_TICH_XA", "BANG_KHEN_CHU_TICH_TINH"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.str("id");
    }

    private static String taskOf(Api reviewer, String stage, String dossierId) {
        ApiResponse page = reviewer.get("/api/tasks?stage=" + stage);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        for (JsonNode item : page.json().get("items")) {
            if (dossierId.equals(item.get("dossierId").asText())) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no " + stage + " task for " + dossierId + " in " + page);
    }

    private static void deployTimerProcess(Api admin) throws IOException {
        byte[] bpmn;
        try (InputStream in = TwoNodesIT.class.getResourceAsStream("/benchmark/" + TIMER_PROCESS + ".bpmn")) {
            bpmn = in.readAllBytes();
        }
        ApiResponse deployed = admin.postMultipart(
                "/engine-rest/deployment/create",
                Map.of(
                        "deployment-name", "cluster-test",
                        "deploy-changed-only", "true",
                        "data",
                                new ByteArrayResource(bpmn) {
                                    @Override
                                    public String getFilename() {
                                        return TIMER_PROCESS + ".bpmn";
                                    }
                                }));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
    }

    private int count(String sql, Object... args) {
        Integer n = db.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static String cookies(HttpResponse<?> response) {
        return String.join(
                "; ",
                response.headers().allValues("Set-Cookie").stream()
                        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                        .toList());
    }

    private static String bare(String messageId) {
        return messageId == null
                ? ""
                : messageId.replace("<", "").replace(">", "").trim();
    }

    private static void await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
