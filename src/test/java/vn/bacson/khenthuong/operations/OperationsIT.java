package vn.bacson.khenthuong.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.DossierFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * What operators rely on (docs/operations.md): the load balancer's health probes, the Prometheus metrics (for
 * camunda-admin only) and the correlation id that ties a user's error report to the request's log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT extends PostgresIT {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final String READINESS = "/actuator/health/readiness";
    private static final String SELECTION = "PARTY_BUILDING_SELECTION";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void prometheusIsForTheAdminOnly() {
        ApiResponse anonymous = anonymous().get(PROMETHEUS);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text()).doesNotContain("khenthuong_");
        ApiResponse unit = api("thon1").get(PROMETHEUS);
        assertThat(unit.status()).isEqualTo(403);
        assertThat(unit.text()).doesNotContain("khenthuong_");
        ApiResponse reviewer = api("vhxh").get(PROMETHEUS);
        assertThat(reviewer.status()).isEqualTo(403);

        ApiResponse admin = api("admin").get(PROMETHEUS);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.headers().getContentType().toString()).startsWith("text/plain");
        assertThat(admin.text())
                .contains(
                        "khenthuong_tasks_open{",
                        "khenthuong_tasks_overdue{",
                        "khenthuong_incidents_open{",
                        "khenthuong_jobs_due{",
                        "khenthuong_jobs_no_retries{",
                        "khenthuong_jobs_acquired_total{",
                        "khenthuong_jobs_failed_total{",
                        "khenthuong_mail_outbox_unsent{",
                        "khenthuong_mail_failed{",
                        "khenthuong_mail_outbox_oldest_due_age_seconds{",
                        "khenthuong_logins_failed_total{",
                        "http_server_requests_seconds_count{");
    }

    @Test
    void taskGaugesCountANewTaskAndItsOverdue() {
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant late = start.plus(Duration.ofDays(40));
        String campaignId = createOpenCampaign();

        EngineTestSupport.setNow(late);
        double openBefore = gauge("khenthuong_tasks_open", SELECTION);
        double overdueBefore = gauge("khenthuong_tasks_overdue", SELECTION);

        EngineTestSupport.setNow(start);
        JsonNode dossier =
                DossierFixture.inReview(api("thon1"), campaignId, "Hồ sơ đo số liệu", "Nguyễn Văn Đo " + unique("N"));
        engine().runDueJobs(dossier.get("id").asText());

        // the new task is open, not yet overdue
        EngineTestSupport.setNow(start.plusSeconds(60));
        assertThat(gauge("khenthuong_tasks_open", SELECTION)).isEqualTo(openBefore + 1);

        // 40 days later (its deadline is 5 working days) it is overdue too
        EngineTestSupport.setNow(late.plusSeconds(60));
        assertThat(gauge("khenthuong_tasks_open", SELECTION)).isEqualTo(openBefore + 1);
        assertThat(gauge("khenthuong_tasks_overdue", SELECTION)).isEqualTo(overdueBefore + 1);
    }

    @Test
    void failedMailAndFailedLoginMoveTheirCounters() {
        String campaignId = createOpenCampaign();
        // a clock of its own, so the gauges are read afresh (they are cached for 15 s of the application's clock)
        Instant start = Instant.now().plus(Duration.ofDays(3));
        EngineTestSupport.setNow(start);
        double failedMails = gauge("khenthuong_mail_failed", null);
        double failedLogins = gauge("khenthuong_logins_failed_total", "BadCredentialsException");

        insertNotification(campaignId, "FAILED", start);
        // an unknown user, so that no demo user's login is slowed down by the engine after a wrong password
        assertThat(basicAs("ops-nobody", "wrong").get("/api/campaigns").status())
                .isEqualTo(401);

        EngineTestSupport.setNow(start.plusSeconds(60));
        assertThat(gauge("khenthuong_mail_failed", null)).isEqualTo(failedMails + 1);
        assertThat(gauge("khenthuong_logins_failed_total", "BadCredentialsException"))
                .isEqualTo(failedLogins + 1);
    }

    @Test
    void httpLatencyIsByRouteNeverByRawId() {
        String missing = UUID.randomUUID().toString();
        assertThat(api("thon1").get("/api/dossiers/{id}", missing).status()).isEqualTo(404);

        String metrics = api("admin").get(PROMETHEUS).text();
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/api/dossiers/{id}\"");
        assertThat(metrics).doesNotContain(missing);
    }

    @Test
    void livenessAndReadinessShowTheStatusOnlyToAnonymousCallers() {
        ApiResponse liveness = anonymous().get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.str("status")).isEqualTo("UP");
        assertThat(liveness.json().has("components")).isFalse();

        ApiResponse readiness = anonymous().get(READINESS);
        assertThat(readiness.json().has("status")).isTrue();
        assertThat(readiness.json().has("components")).isFalse();
        assertThat(readiness.json().has("details")).isFalse();
        assertThat(anonymous().get("/actuator/health").json().has("components")).isFalse();
        assertThat(api("thon1").get(READINESS).json().has("components")).isFalse();

        JsonNode asAdmin = api("admin").get(READINESS).json();
        assertThat(asAdmin.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(asAdmin.at("/components/readinessState/status").asText()).isEqualTo("UP");
        // the job executor is off in the tests: the node serves pages and the API only
        assertThat(asAdmin.at("/components/jobExecution/details/enabled").asBoolean(true))
                .isFalse();
        assertThat(asAdmin.at("/components/mailOutbox/details/maxAge").asText()).isEqualTo("PT30M");
    }

    @Test
    void readinessIsOutOfServiceWhileAnEmailWaitsLongerThanThirtyMinutes() {
        String campaignId = createOpenCampaign();
        // long before any e-mail of the shared test database was due
        Instant past = Instant.parse("2001-02-03T04:05:06Z");
        EngineTestSupport.setNow(past);
        ApiResponse ready = anonymous().get(READINESS);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.str("status")).isEqualTo("UP");

        UUID mail = insertNotification(campaignId, "PENDING", past);
        try {
            EngineTestSupport.setNow(past.plus(Duration.ofMinutes(29)));
            assertThat(anonymous().get(READINESS).status()).isEqualTo(200);

            EngineTestSupport.setNow(past.plus(Duration.ofMinutes(31)));
            ApiResponse stale = anonymous().get(READINESS);
            assertThat(stale.status()).isEqualTo(503);
            assertThat(stale.str("status")).isEqualTo("OUT_OF_SERVICE");
            assertThat(stale.json().has("components")).isFalse();
            JsonNode details = api("admin").get(READINESS).json();
            assertThat(details.at("/components/mailOutbox/status").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(details.at("/components/mailOutbox/details/oldestDueAge").asText())
                    .isEqualTo("PT31M");
            // the node is alive: only the load balancer's readiness takes it out
            assertThat(anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(gauge("khenthuong_mail_outbox_oldest_due_age_seconds", null))
                    .isEqualTo(31 * 60.0);
        } finally {
            jdbc.sql("delete from notification where id = ?").param(mail).update();
        }
        EngineTestSupport.setNow(past.plus(Duration.ofMinutes(32)));
        assertThat(anonymous().get(READINESS).status()).isEqualTo(200);
    }

    @Test
    void aProblemCarriesTheRequestIdOfItsHeaderAndLogLine(CapturedOutput output) {
        String sent = "it-ops-" + UUID.randomUUID();
        String missing = UUID.randomUUID().toString();
        ApiResponse notFound = api("thon1")
                .send(HttpMethod.GET, "/api/dossiers/{id}", null, null, h -> h.set("X-Request-Id", sent), missing);

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(notFound.headers().getFirst("X-Request-Id")).isEqualTo(sent);
        assertThat(notFound.str("traceId")).isEqualTo(sent);
        String line = awaitLogLine(output, "traceId=" + sent);
        assertThat(line)
                .contains("method=GET", "route=/api/dossiers/{id}", "path=/api/dossiers/" + missing, "status=404")
                .contains("user=thon1", "client=127.0.0.1")
                .containsPattern("durationMs=\\d+");
    }

    @Test
    void theSecurityFiltersAnswersCarryAGeneratedIdToo(CapturedOutput output) {
        ApiResponse unauthorized = anonymous().get("/api/dossiers");
        assertThat(unauthorized.status()).isEqualTo(401);
        String id = unauthorized.headers().getFirst("X-Request-Id");
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(unauthorized.str("traceId")).isEqualTo(id);
        assertThat(awaitLogLine(output, "traceId=" + id)).contains("status=401", "user=-");

        ApiResponse forbidden = api("thon1").get("/actuator/info");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");
        String forbiddenId = forbidden.headers().getFirst("X-Request-Id");
        assertThat(forbidden.str("traceId")).isEqualTo(forbiddenId);
        assertThat(awaitLogLine(output, "traceId=" + forbiddenId)).contains("status=403", "user=thon1");
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        for (String unsafe : new String[] {"short", "a b c d e f g h", "x".repeat(65), "abc<script>defgh"}) {
            ApiResponse response = api("thon1")
                    .send(
                            HttpMethod.GET,
                            "/api/dossiers/{id}",
                            null,
                            null,
                            h -> h.set("X-Request-Id", unsafe),
                            UUID.randomUUID());
            assertThat(response.headers().getFirst("X-Request-Id")).matches("[0-9a-f]{32}");
            assertThat(response.str("traceId")).isEqualTo(response.headers().getFirst("X-Request-Id"));
        }
    }

    @Test
    void theErrorPageShowsTheReferenceCode() {
        String sent = "it-ops-page-" + UUID.randomUUID();
        ApiResponse page = api("thon1")
                .send(
                        HttpMethod.GET,
                        "/dossiers/{id}",
                        null,
                        null,
                        h -> {
                            h.set("X-Request-Id", sent);
                            h.setAccept(java.util.List.of(MediaType.TEXT_HTML));
                        },
                        UUID.randomUUID());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Mã tra cứu").contains(sent);
    }

    private vn.bacson.khenthuong.support.Api basicAs(String user, String password) {
        return vn.bacson.khenthuong.support.Api.basic(baseUrl(), objectMapper, user, password);
    }

    /** The value of a gauge or counter on the scrape; label = its stage or reason tag (null: the only series). */
    private double gauge(String name, String label) {
        String text = api("admin").get(PROMETHEUS).text();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$")
                .matcher(text);
        while (m.find()) {
            if (label == null || m.group(1).contains("=\"" + label + "\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError(name + " (" + label + ") is not on the scrape:\n" + text);
    }

    private UUID insertNotification(String campaignId, String status, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into notification (id, event, dedupe_key, recipient, subject, campaign_id, status, attempts, "
                        + "created_at, next_attempt_at) values (?, 'WINDOW_OPENED', ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(
                        id,
                        "it-ops-" + id,
                        "ops-" + id + "@bacson.example",
                        "Thư kiểm thử vận hành",
                        UUID.fromString(campaignId),
                        status,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
        return id;
    }

    /** The request log line is written when the request is done, which may be just after the answer arrived. */
    private static String awaitLogLine(CapturedOutput output, String marker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output.getAll().split("\\R")) {
                if (line.contains("method=") && line.contains(marker)) {
                    return line;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no request log line with " + marker);
    }
}
