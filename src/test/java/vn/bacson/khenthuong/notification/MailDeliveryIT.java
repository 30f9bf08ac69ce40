package vn.bacson.khenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentDueNotice;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentNotice;
import vn.bacson.khenthuong.notification.NoticePayload.CampaignLaunchedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DecisionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierReceivedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.ProvinceProposalNotice;
import vn.bacson.khenthuong.notification.NoticePayload.PublicFeedbackNotice;
import vn.bacson.khenthuong.notification.NoticePayload.RejectionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.SubmissionReminderNotice;
import vn.bacson.khenthuong.notification.NoticePayload.TaskNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowClosedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowOpenedNotice;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Delivery of the outbox against a real SMTP server (GreenMail on 127.0.0.1:3025, where the IT base points
 * spring.mail) on PostgreSQL. The scheduler is off in the ITs: each test runs the dispatcher itself.
 * The database is shared, so every test uses its own recipients (it-...@bacson.example) or its own dossier.
 */
class MailDeliveryIT extends PostgresIT {

    private static final int SMTP_PORT = PostgresIT.SMTP_PORT;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    private MailDispatcher dispatcher;

    @Autowired
    private NotificationRecorder recorder;

    @Autowired
    private NomineeRepository nominees;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Value("${app.base-url}")
    private String appBaseUrl;

    private GreenMail smtp;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void startSmtp() {
        smtp = newSmtp();
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSubmittedDossierIsAcknowledgedByMailAndTheHistorySaysSo() throws Exception {
        String campaignId = createOpenCampaign();
        String dossierId = createDossier(campaignId, "Đề nghị khen thưởng Thôn 1 năm 2025");
        ApiResponse submitted = api("thon1").post("/api/dossiers/{id}/submit", null, dossierId);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        engine().runDueJobs(dossierId);
        assertThat(api("thon1")
                        .post("/api/dossiers/{id}/withdraw", null, dossierId)
                        .status())
                .isEqualTo(200);
        engine().runDueJobs(dossierId);

        deliverAll();

        List<MimeMessage> mails = messagesAbout(dossierId);
        assertThat(mails)
                .extracting(MailDeliveryIT::dedupeKey)
                .anyMatch(k -> k.startsWith("AMENDMENT_REQUESTED:"))
                .anyMatch(k -> k.startsWith("DOSSIER_WITHDRAWN:"));
        MimeMessage amendment = mails.stream()
                .filter(m -> dedupeKey(m).startsWith("AMENDMENT_REQUESTED:"))
                .findFirst()
                .orElseThrow();
        assertThat(amendment.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("thon-1@bacson.example");
        assertThat(amendment.getSubject()).contains("Đề nghị khen thưởng Thôn 1 năm 2025");
        String text = text(amendment);
        assertThat(text)
                .contains(
                        "Kính gửi: Thôn 1",
                        "Tài liệu còn thiếu:",
                        "Tờ trình đề nghị khen thưởng",
                        "Báo cáo thành tích của Nguyễn Văn Ánh",
                        appBaseUrl + "/dossiers/" + dossierId);
        assertThat(html(amendment)).contains("href=\"" + appBaseUrl + "/dossiers/" + dossierId + "\"");
        // the link's dossier is the one the unit can open
        assertThat(api("thon1").get("/api/dossiers/{id}", dossierId).status()).isEqualTo(200);

        JsonNode history =
                api("thon1").get("/api/dossiers/{id}", dossierId).json().get("history");
        assertThat(history.findValuesAsText("action")).contains("NOTIFIED");
        List<String> comments = new ArrayList<>();
        history.forEach(h -> {
            if ("NOTIFIED".equals(h.path("action").asText())) {
                comments.add(h.path("comment").asText());
            }
        });
        String amendmentSubject = amendment.getSubject();
        assertThat(comments).anyMatch(c -> c.equals("Đã gửi thư '" + amendmentSubject + "' tới thon-1@bacson.example"));

        JsonNode listed =
                api("vhxh").get("/api/notifications?dossierId={id}", dossierId).json();
        assertThat(listed.path("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode item = listed.path("items").get(0);
        assertThat(item.has("id")
                        && item.has("to")
                        && item.has("subject")
                        && item.has("event")
                        && item.has("attempts")
                        && item.has("sentAt")
                        && item.has("dossierId")
                        && item.has("lastError"))
                .isTrue();
        assertThat(listed.path("items").findValuesAsText("status")).containsOnly("SENT");
        assertThat(api("thon1")
                        .get("/api/notifications?dossierId={id}", dossierId)
                        .status())
                .isEqualTo(403);
        assertThat(api("vhxh").get("/api/notifications?size=201").code()).isEqualTo("PAGE_SIZE_TOO_LARGE");
    }

    @Test
    void everyEventIsMailedInVietnameseWithItsLink() throws Exception {
        String campaignId = createOpenCampaign();
        String title = "Đề nghị khen thưởng <b>Thôn 1</b>";
        UUID dossierId = UUID.fromString(createDossier(campaignId, title));
        UUID campaign = UUID.fromString(campaignId);
        UUID nomineeId = nominees.findByDossier(dossierId).get(0).id();
        nominees.updateEligibility(nomineeId, Eligibility.INELIGIBLE, Set.of(IneligibilityReason.DISCIPLINED));
        nominees.updateOutcome(nomineeId, Outcome.GIAY_KHEN_CHU_TICH_XA, null);
        Instant due = EngineTestSupport.now().plus(Duration.ofDays(7));
        String taskId = "task-" + run;
        String campaignLink = appBaseUrl + "/campaigns/" + campaignId;
        String dossierLink = appBaseUrl + "/dossiers/" + dossierId;
        String taskLink = appBaseUrl + "/tasks/" + taskId;
        String number = dossierId.toString().substring(0, 8).toUpperCase(Locale.ROOT);

        Map<NotificationEvent, Expectation> expected = new EnumMap<>(NotificationEvent.class);
        expected.put(
                NotificationEvent.CAMPAIGN_LAUNCHED, new Expectation(campaignLink, "phát động phong trào thi đua"));
        expected.put(
                NotificationEvent.WINDOW_OPENED, new Expectation(campaignLink, "Hạn nộp hồ sơ: hết ngày 20/09/2025"));
        expected.put(NotificationEvent.SUBMISSION_REMINDER, new Expectation(campaignLink, "(còn 5 ngày)"));
        expected.put(
                NotificationEvent.WINDOW_CLOSED, new Expectation(campaignLink, "Đơn vị chưa nộp hồ sơ (1):\n- Thôn 2"));
        expected.put(
                NotificationEvent.DOSSIER_RECEIVED,
                new Expectation(dossierLink, "Hồ sơ số: " + number, "Nguyễn Văn Ánh (Cá nhân)"));
        expected.put(
                NotificationEvent.AMENDMENT_REQUESTED,
                new Expectation(
                        dossierLink,
                        "Tờ trình đề nghị khen thưởng",
                        "Hạn bổ sung: " + DATE_TIME.format(due.atZone(ZONE))));
        expected.put(NotificationEvent.AMENDMENT_DUE_SOON, new Expectation(dossierLink, "Sắp hết hạn bổ sung"));
        expected.put(NotificationEvent.DOSSIER_EXPIRED, new Expectation(dossierLink, "đã kết thúc và không được xét"));
        expected.put(
                NotificationEvent.DOSSIER_RETURNED,
                new Expectation(dossierLink, "Lý do trả lại: Thiếu minh chứng <script>alert(1)</script>"));
        expected.put(
                NotificationEvent.DOSSIER_REJECTED,
                new Expectation(dossierLink, "đang trong thời hạn kỷ luật từ khiển trách trở lên"));
        expected.put(
                NotificationEvent.DOSSIER_DECIDED,
                new Expectation(dossierLink, "Quyết định số 12/QĐ-UBND", "Được tặng Giấy khen của Chủ tịch UBND xã"));
        expected.put(NotificationEvent.PROVINCE_PROPOSED, new Expectation(dossierLink, "Chủ tịch UBND tỉnh Lạng Sơn"));
        expected.put(NotificationEvent.PROVINCE_REMINDER, new Expectation(dossierLink, "đang chờ quyết định"));
        expected.put(
                NotificationEvent.PROVINCE_DECIDED,
                new Expectation(dossierLink, "Đã có quyết định của Chủ tịch UBND tỉnh"));
        expected.put(
                NotificationEvent.TASK_CREATED,
                new Expectation(taskLink, "Bước xử lý: Thẩm định hồ sơ (Phòng Văn hóa - Xã hội)"));
        expected.put(NotificationEvent.TASK_OVERDUE, new Expectation(taskLink, "đã quá hạn xử lý"));
        expected.put(NotificationEvent.DOSSIER_WITHDRAWN, new Expectation(dossierLink, "đã được đơn vị rút"));
        expected.put(
                NotificationEvent.PUBLIC_FEEDBACK_RECEIVED,
                new Expectation(
                        dossierLink, "Người dân đã gửi ý kiến", "niêm yết đến " + DATE_TIME.format(due.atZone(ZONE))));
        String proposalLink = appBaseUrl + "/province/proposals/" + dossierId;
        expected.put(
                NotificationEvent.PROVINCE_PROPOSAL_RETURNED,
                new Expectation(
                        proposalLink, "đã trả lại đề nghị tặng Bằng khen", "Ý kiến của tỉnh: Thiếu minh chứng"));
        expected.put(
                NotificationEvent.PROVINCE_PROPOSAL_DECIDED, new Expectation(proposalLink, "Quyết định số 3/QĐ-UBND"));
        expected.put(
                NotificationEvent.PROVINCE_PROPOSAL_OVERDUE,
                new Expectation(proposalLink, "đã quá hạn: thẩm định của Sở Nội vụ"));
        assertThat(expected.keySet())
                .as("every event has a case here")
                .containsExactlyInAnyOrder(NotificationEvent.values());

        Map<NotificationEvent, String> recipients = new EnumMap<>(NotificationEvent.class);
        for (NotificationEvent event : NotificationEvent.values()) {
            String to = "it-" + event.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + run + "@bacson.example";
            recipients.put(event, to);
            boolean campaignEvent = expected.get(event).link().equals(campaignLink);
            recorder.record(
                    event,
                    event + ":" + run,
                    to,
                    "Thông báo " + event + ": " + title,
                    campaignEvent ? null : dossierId,
                    campaign,
                    payload(event, campaign, dossierId, title, taskId, due));
        }
        EngineTestSupport.advance(Duration.ofMinutes(5)); // past the digest window of TASK_CREATED
        deliverAll();

        for (NotificationEvent event : NotificationEvent.values()) {
            String to = recipients.get(event);
            List<MimeMessage> mails = messagesTo(to);
            assertThat(mails).as(event.name()).hasSize(1);
            MimeMessage mail = mails.get(0);
            UUID rowId = jdbc.sql("select id from notification where dedupe_key = ? and recipient = ?")
                    .params(event + ":" + run, to)
                    .query(UUID.class)
                    .single();
            assertThat(mail.getSubject()).as(event.name()).isEqualTo("Thông báo " + event + ": " + title);
            assertThat(mail.getMessageID()).isEqualTo("<" + rowId + "@khenthuong.bacson>");
            assertThat(dedupeKey(mail)).isEqualTo(event + ":" + run);
            String text = text(mail);
            String html = html(mail);
            assertThat(text)
                    .as(event.name())
                    .contains("Kính gửi", expected.get(event).link());
            assertThat(text).as(event.name()).contains(expected.get(event).phrases());
            assertThat(html)
                    .as(event.name())
                    .contains("href=\"" + expected.get(event).link() + "\"")
                    .doesNotContain("<b>Thôn 1</b>", "<script>");
            assertThat(status(rowId)).isEqualTo("SENT");
        }
        assertThat(html(messagesTo(recipients.get(NotificationEvent.DOSSIER_RECEIVED))
                        .get(0)))
                .contains("&lt;b&gt;Thôn 1&lt;/b&gt;");
    }

    @Test
    void newTasksOfOneReviewerArrivingTogetherGoOutAsOneDigest() throws Exception {
        String to = "it-digest-" + run + "@bacson.example";
        for (int i = 1; i <= 3; i++) {
            recorder.record(
                    NotificationEvent.TASK_CREATED,
                    "TASK_CREATED:digest-" + run + "-" + i,
                    to,
                    "Công việc mới " + i,
                    null,
                    null,
                    new TaskNotice(null, "digest-" + run + "-" + i, Stage.COUNCIL_REVIEW, "Hồ sơ số " + i, null));
        }
        deliverAll();
        assertThat(messagesTo(to)).as("held for the digest window").isEmpty();

        EngineTestSupport.advance(Duration.ofMinutes(3));
        deliverAll();

        List<MimeMessage> mails = messagesTo(to);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Có 3 công việc mới cần xử lý");
        assertThat(text(mails.get(0)))
                .contains(
                        "Có 3 công việc mới",
                        appBaseUrl + "/tasks/digest-" + run + "-1",
                        appBaseUrl + "/tasks/digest-" + run + "-2",
                        appBaseUrl + "/tasks/digest-" + run + "-3",
                        "Xét duyệt tại Hội đồng Thi đua - Khen thưởng xã");
        List<String> messageIds = jdbc.sql(
                        "select distinct message_id from notification where recipient = ? " + "and status = 'SENT'")
                .param(to)
                .query(String.class)
                .list();
        assertThat(messageIds).containsExactly(mails.get(0).getMessageID());
    }

    @Test
    void smtpDownDuringFiftyEventsThenUpDeliversExactlyFifty() throws Exception {
        UUID dossierId = UUID.fromString(createDossier(createOpenCampaign(), "Đề nghị khen thưởng Thôn 1"));
        smtp.stop();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String to = "it-down-" + i + "-" + run + "@bacson.example";
            recipients.add(to);
            recorder.record(
                    NotificationEvent.DOSSIER_DECIDED,
                    "DOWN:" + run + ":" + i,
                    to,
                    "Đã có quyết định " + i,
                    dossierId,
                    null,
                    new DecisionNotice(dossierId, null, (i + 1) + "/QĐ-UBND"));
        }
        deliverAll();
        deliverAll();
        List<Map<String, Object>> rows = jdbc.sql(
                        "select status, attempts, last_error, next_attempt_at from notification "
                                + "where dedupe_key like ?")
                .param("DOWN:" + run + ":%")
                .query()
                .listOfRows();
        assertThat(rows).hasSize(50).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).isNotBlank();
            assertThat(((Timestamp) row.get("next_attempt_at")).toInstant()).isAfter(EngineTestSupport.now());
        });

        smtp = newSmtp();
        smtp.start();
        deliverAll();
        assertThat(messagesTo(recipients)).as("not before the backoff").isEmpty();

        EngineTestSupport.advance(Duration.ofHours(2));
        deliverAll();
        EngineTestSupport.advance(Duration.ofHours(2));
        deliverAll();

        List<MimeMessage> mails = messagesTo(recipients);
        assertThat(mails).hasSize(50);
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : mails) {
            ids.add(mail.getMessageID());
        }
        assertThat(ids).hasSize(50);
        assertThat(jdbc.sql(
                                "select count(*) from notification where dedupe_key like ? and status = 'SENT' and attempts = 2")
                        .param("DOWN:" + run + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(50);
    }

    @Test
    void a550AnswerFailsThatMessageWithTheReplyAndTheOthersGoOut() throws Exception {
        smtp.stop();
        smtp = null;
        UUID campaign = UUID.fromString(createOpenCampaign());
        String ok1 = "it-ok1-" + run + "@bacson.example";
        String ok2 = "it-ok2-" + run + "@bacson.example";
        String rejected = "it-reject-" + run + "@bacson.example";
        String injected = "it-bad-" + run + "@bacson.example\r\nBcc: all@evil.example";
        for (String to : List.of(ok1, rejected, injected, ok2)) {
            recorder.record(
                    NotificationEvent.CAMPAIGN_LAUNCHED,
                    "CAMPAIGN_LAUNCHED:" + campaign,
                    to,
                    "Phát động",
                    null,
                    campaign,
                    new CampaignLaunchedNotice(campaign, null, "Phát động", null, null));
        }
        try (TinySmtpServer server = new TinySmtpServer(SMTP_PORT)) {
            deliverAll();
            assertThat(server.acceptedRecipients()).contains(ok1, ok2).doesNotContain(rejected);
        }
        Map<String, Object> failed = jdbc.sql("select status, last_error from notification where recipient = ?")
                .param(rejected)
                .query()
                .singleRow();
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat((String) failed.get("last_error")).contains("550").contains("User unknown");
        assertThat(jdbc.sql("select status from notification where recipient = ?")
                        .param(injected)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");

        JsonNode listed = api("vhxh")
                .get("/api/notifications?campaignId={c}&status=FAILED", campaign)
                .json();
        assertThat(listed.path("total").asLong()).isEqualTo(2);
        assertThat(listed.path("items").findValuesAsText("to")).contains(rejected);
        assertThat(listed.path("items").findValuesAsText("lastError")).anyMatch(e -> e.contains("550"));
        assertThat(api("vhxh")
                        .get("/api/notifications?campaignId={c}&status=SENT", campaign)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(2);
        smtp = newSmtp();
        smtp.start();
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndSendsNothing() throws Exception {
        String to = "it-rollback-" + run + "@bacson.example";
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            recorder.record(
                    NotificationEvent.DOSSIER_DECIDED,
                    "ROLLBACK:" + run,
                    to,
                    "Không bao giờ gửi",
                    null,
                    null,
                    new DecisionNotice(null, null, null));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from notification where recipient = ?")
                        .param(to)
                        .query(Long.class)
                        .single())
                .isZero();
        deliverAll();
        assertThat(messagesTo(to)).isEmpty();
    }

    @Test
    void aRetriedEventAndConcurrentDispatchersSendEachMessageOnce() throws Exception {
        UUID dossierId = UUID.fromString(createDossier(createOpenCampaign(), "Đề nghị khen thưởng Thôn 1"));
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String to = "it-race-" + i + "-" + run + "@bacson.example";
            recipients.add(to);
            assertThat(recorder.record(
                            NotificationEvent.DOSSIER_DECIDED,
                            "RACE:" + run + ":" + i,
                            to,
                            "Quyết định " + i,
                            dossierId,
                            null,
                            new DecisionNotice(dossierId, null, null)))
                    .isTrue();
            // the job that recorded it is retried: nothing new is recorded
            assertThat(recorder.record(
                            NotificationEvent.DOSSIER_DECIDED,
                            "RACE:" + run + ":" + i,
                            to,
                            "Quyết định " + i,
                            dossierId,
                            null,
                            new DecisionNotice(dossierId, null, null)))
                    .isFalse();
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    int sent = 0;
                    for (int i = 0; i < 20; i++) {
                        sent += dispatcher.dispatchDue();
                    }
                    return sent;
                }));
            }
            start.countDown();
            for (Future<Integer> f : runs) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        deliverAll();
        dispatcher.dispatchDue();

        List<MimeMessage> mails = messagesTo(recipients);
        assertThat(mails).hasSize(30);
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : mails) {
            ids.add(mail.getMessageID());
        }
        assertThat(ids).hasSize(30);
        long notified = jdbc.sql("select count(*) from dossier_history where dossier_id = ? and action = 'NOTIFIED'")
                .param(dossierId)
                .query(Long.class)
                .single();
        assertThat(notified).as("one history line per message").isEqualTo(30);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private record Expectation(String link, String... phrases) {}

    /** The record each event carries, filled as its step would (the deadline is the window's last day). */
    private static NoticePayload payload(
            NotificationEvent event, UUID campaignId, UUID dossierId, String title, String taskId, Instant due) {
        LocalDate deadline = LocalDate.of(2025, 9, 20);
        String comment = "Thiếu minh chứng <script>alert(1)</script>";
        return switch (event) {
            case CAMPAIGN_LAUNCHED -> new CampaignLaunchedNotice(campaignId, "PT-IT", title, "05/KH-UBND", "THON1");
            case WINDOW_OPENED -> new WindowOpenedNotice(campaignId, title, deadline, due);
            case SUBMISSION_REMINDER -> new SubmissionReminderNotice(campaignId, title, deadline, 5, "THON1", null);
            case WINDOW_CLOSED ->
                new WindowClosedNotice(
                        campaignId, title, deadline, List.of("Thôn 1", "Phòng Kinh tế"), List.of("Thôn 2"));
            case DOSSIER_RECEIVED -> new DossierReceivedNotice(dossierId, title, 0, 1, 0);
            case AMENDMENT_REQUESTED, DOSSIER_RETURNED -> new AmendmentNotice(dossierId, title, due, comment);
            case AMENDMENT_DUE_SOON -> new AmendmentDueNotice(dossierId, title, due);
            case DOSSIER_REJECTED -> new RejectionNotice(dossierId, title, "Không có đối tượng đủ điều kiện.");
            case DOSSIER_DECIDED, PROVINCE_PROPOSED -> new DecisionNotice(dossierId, title, "12/QĐ-UBND");
            case DOSSIER_EXPIRED, DOSSIER_WITHDRAWN, PROVINCE_REMINDER, PROVINCE_DECIDED ->
                new DossierNotice(dossierId, title);
            case TASK_CREATED, TASK_OVERDUE ->
                new TaskNotice(dossierId, taskId, Stage.CULTURE_SOCIAL_APPRAISAL, title, due);
            case PUBLIC_FEEDBACK_RECEIVED -> new PublicFeedbackNotice(dossierId, title, due);
            case PROVINCE_PROPOSAL_RETURNED -> new ProvinceProposalNotice(dossierId, title, null, comment, null, due);
            case PROVINCE_PROPOSAL_DECIDED ->
                new ProvinceProposalNotice(dossierId, title, "3/QĐ-UBND", null, null, null);
            case PROVINCE_PROPOSAL_OVERDUE ->
                new ProvinceProposalNotice(dossierId, title, null, null, "thẩm định của Sở Nội vụ", due);
        };
    }

    private static GreenMail newSmtp() {
        return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** Runs the dispatcher until nothing is due now (rows of other tests in the shared database go out too). */
    private void deliverAll() {
        for (int i = 0; i < 200; i++) {
            dispatcher.dispatchDue();
            Instant now = EngineTestSupport.now();
            long due = jdbc.sql("select count(*) from notification where status in ('PENDING', 'SENDING') "
                            + "and next_attempt_at <= ? and (locked_until is null or locked_until < ?)")
                    .params(Timestamp.from(now), Timestamp.from(now))
                    .query(Long.class)
                    .single();
            if (due == 0) {
                return;
            }
        }
        throw new IllegalStateException("the outbox does not drain");
    }

    private String status(UUID rowId) {
        return jdbc.sql("select status from notification where id = ?")
                .param(rowId)
                .query(String.class)
                .single();
    }

    private List<MimeMessage> messagesTo(String to) throws Exception {
        return messagesTo(List.of(to));
    }

    private List<MimeMessage> messagesTo(List<String> recipients) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        if (smtp == null) {
            return found;
        }
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients() != null
                    && Arrays.stream(m.getAllRecipients()).anyMatch(a -> recipients.contains(a.toString()))) {
                found.add(m);
            }
        }
        return found;
    }

    /** Messages whose text links to this dossier (dedupe keys of task events name the task, not the dossier). */
    private List<MimeMessage> messagesAbout(String dossierId) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String text = part(m, "text/plain");
            if (text != null && text.contains("/dossiers/" + dossierId)) {
                found.add(m);
            }
        }
        return found;
    }

    private static String dedupeKey(MimeMessage m) {
        try {
            String[] values = m.getHeader(MailDispatcher.DEDUPE_HEADER);
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage m) throws Exception {
        String text = part(m, "text/plain");
        assertThat(text).as("text part").isNotNull();
        return text.replace("\r\n", "\n");
    }

    private static String html(MimeMessage m) throws Exception {
        String html = part(m, "text/html");
        assertThat(html).as("HTML part").isNotNull();
        return html;
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String createDossier(String campaignId, String title) {
        ApiResponse created = api("thon1")
                .post(
                        "/api/dossiers",
                        Map.of(
                                "campaignId", campaignId,
                                "title", title,
                                "nominees",
                                        List.of(Map.of(
                                                "type", "INDIVIDUAL",
                                                "fullName", "Nguyễn Văn Ánh",
                                                "birthYear", 1980,
                                                "position", "Trưởng thôn",
                                                "proposedAward", "GIAY_KHEN_CHU_TICH_XA",
                                                "achievementSummary", "Vận động nhân dân hiến đất làm đường",
                                                "emulationContents", List.of("PHONG_TRAO"),
                                                "initiative", "Mô hình tự quản đường làng",
                                                "disciplineLevel", "NONE"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.str("id");
    }
}
