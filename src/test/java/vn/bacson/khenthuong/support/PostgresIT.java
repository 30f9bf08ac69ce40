package vn.bacson.khenthuong.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.bacson.khenthuong.calendar.BusinessCalendar;

/**
 * Base of every {@code *IT}: the whole application on a random port, on PostgreSQL (profile postgres, database
 * from {@link ItDatabase}, created when missing), with the demo users, units and campaign (app.demo-data=true;
 * created idempotently, so the database may be reused between runs).
 *
 * <p>Determinism: the job executor is OFF (camunda.bpm.job-execution.enabled=false). A test that needs a timer
 * or an async continuation moves the engine clock ({@link EngineTestSupport#advance}) and runs the due jobs
 * itself ({@link #engine()}{@code .runDueJobs(dossierId)}). The engine clock is reset after each test.
 *
 * <p>The database outlives a run and is shared by all ITs: create your own campaign ({@link #createOpenCampaign})
 * and dossiers and filter by them instead of counting everything. Do not add @MockBean or extra properties in
 * subclasses: every IT then shares one Spring context.
 *
 * <p>Mail goes to 127.0.0.1:{@link #SMTP_PORT} (GreenMail's default SMTP test port 3025, or
 * {@code -Dit.smtp.port=...} so that two builds can run their ITs side by side).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.username=" + ItDatabase.APP_USER,
            "spring.datasource.password=" + ItDatabase.PASSWORD,
            "app.demo-data=true",
            "camunda.bpm.job-execution.enabled=false",
            "spring.mail.host=127.0.0.1",
            // a demo CA and the demo keys (Bắc Sơn, Vũ Lễ, the province), made at first start into target/ (never
            // committed)
            "app.signing.generate-demo-keys=true",
            "app.signing.keystore=target/it-signing/commune.p12",
            // the province signs its decisions with the demo store's province key
            "app.signing.province-alias=province",
            // the ITs of the manual entry of the province's answer; ProvinceReviewIT switches to internal
            "app.province.mode=external"
        })
@ActiveProfiles("postgres")
// metrics are exported (GET /actuator/prometheus) as in production; Spring Boot's tests turn that off by default
@AutoConfigureObservability(tracing = false)
public abstract class PostgresIT {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Every demo user's password. */
    public static final String DEMO_PASSWORD = "demo";

    /** Where the ITs' SMTP server listens: {@code -Dit.smtp.port}, default 3025. */
    public static final int SMTP_PORT = smtpPort();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper objectMapper;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private BusinessCalendar calendar;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ItDatabase.ensureExists();
        registry.add("spring.datasource.url", ItDatabase::url);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int smtpPort() {
        String configured = System.getProperty("it.smtp.port");
        // Failsafe passes "${it.smtp.port}" literally when the property is not set on the command line
        return configured == null || configured.isBlank() || configured.startsWith("$")
                ? 3025
                : Integer.parseInt(configured.strip());
    }

    @AfterEach
    void resetEngineClock() {
        EngineTestSupport.resetClock();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** HTTP Basic as a demo user: {@code api("thon1").post("/api/dossiers", body)}. */
    protected Api api(String username) {
        return Api.basic(baseUrl(), objectMapper, username, DEMO_PASSWORD);
    }

    protected Api anonymous() {
        return Api.anonymous(baseUrl(), objectMapper);
    }

    /** A fresh browser session (not logged in yet: {@code browser().login("thon1", "demo")}). */
    protected Browser browser() {
        return new Browser(baseUrl(), objectMapper);
    }

    protected EngineTestSupport engine() {
        return new EngineTestSupport(managementService, runtimeService);
    }

    /**
     * Moves the engine clock past a deadline of {@code n} working days counted from the clock's current time, as the
     * application counts them (weekends, the configured holidays with Tết, in the business zone), with one working
     * day to spare for a commune's own day off. "Ten calendar days" is not always past five working days: a test
     * that waits for a deadline must hold whatever the day and hour it runs.
     */
    protected Instant passWorkingDays(int n) {
        Instant past = calendar.deadlineAfterWorkingDays(EngineTestSupport.now(), n + 1);
        EngineTestSupport.setNow(past);
        return past;
    }

    protected JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unique code for data this test creates, e.g. a campaign code: prefix + 8 random characters. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * Creates (as vhxh) a campaign whose submission window is open now, congress three days ago in
     * Asia/Ho_Chi_Minh, both award forms; answers its id.
     */
    protected String createOpenCampaign() {
        return createOpenCampaign(api("vhxh"));
    }

    /** The same in the commune of this culture-social officer, e.g. {@code vl-vhxh} for Vũ Lễ. */
    protected String createOpenCampaign(String cultureSocialUser) {
        return createOpenCampaign(api(cultureSocialUser));
    }

    /** The same, created by another commune's culture-social officer (e.g. {@code api("vl-vhxh")}): its campaign. */
    protected String createOpenCampaign(Api cultureSocial) {
        LocalDate today = EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate();
        return openCampaign(cultureSocial, unique("IT"), "Phong trào thi đua kiểm thử " + today, "99/KH-UBND");
    }

    /**
     * Creates, as this culture-social officer, a campaign with this code and both award forms whose submission window
     * is open now; answers its id.
     */
    public static String openCampaign(Api cultureSocial, String code, String title, String planNumber) {
        ApiResponse created = postOpenCampaign(
                cultureSocial, code, title, planNumber, List.of("GIAY_KHEN_CHU_TICH_XA", "BANG_KHEN_CHU_TICH_TINH"));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a campaign: " + created);
        }
        return created.str("id");
    }

    /**
     * POST /api/campaigns as this culture-social officer: a campaign whose submission window (20 days) is open now,
     * congress three days ago in Asia/Ho_Chi_Minh, launched thirty days before it; answers the response.
     */
    public static ApiResponse postOpenCampaign(
            Api cultureSocial, String code, String title, String planNumber, List<String> awardForms) {
        LocalDate congress =
                EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate().minusDays(3);
        return cultureSocial.post(
                "/api/campaigns",
                Map.of(
                        "code",
                        code,
                        "title",
                        title,
                        "planNumber",
                        planNumber,
                        "launchedOn",
                        congress.minusDays(30).toString(),
                        "congressDate",
                        congress.toString(),
                        "windowDays",
                        20,
                        "awardForms",
                        awardForms));
    }

    /** A commune onboarded for this test, its units and users to add: {@code onboardCommune(code, name).likeTheDemo()}. */
    protected CommuneFixture onboardCommune(String code, String name) {
        return CommuneFixture.onboard(
                code, name, (username, password) -> Api.basic(baseUrl(), objectMapper, username, password));
    }

    /**
     * A real SMTP server on {@link #SMTP_PORT} for one test: register it as a field with
     * {@code @RegisterExtension}; it starts before each test and stops after it.
     */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
