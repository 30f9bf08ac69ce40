package vn.bacson.khenthuong.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outbox: the workflow records each event here, in its own transaction, so a message exists only if the
 * work that caused it committed. The dedupe key makes a retried job record nothing twice. {@link MailDispatcher}
 * delivers the rows later, outside the engine.
 */
@Service
public class NotificationRecorder {

    private static final String COLUMNS =
            "id, event, dedupe_key, recipient, subject, dossier_id, campaign_id, payload, "
                    + "status, attempts, last_error, created_at, sent_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration digestWindow;
    private final NoticeJson notices;

    NotificationRecorder(JdbcClient jdbc, Clock clock, MailSettings settings, NoticeJson notices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.digestWindow = settings.digestWindow();
        this.notices = notices;
    }

    /**
     * Records one message unless the same event was already recorded for the same recipient.
     *
     * @param dedupeKey identifies the event, e.g. {@code DOSSIER_RECEIVED:<dossierId>:<submission no>}
     * @param payload the record the event carries ({@link NotificationEvent#payloadType()})
     * @return true when a new row was written
     */
    public boolean record(
            NotificationEvent event,
            String dedupeKey,
            String to,
            String subject,
            UUID dossierId,
            UUID campaignId,
            NoticePayload payload) {
        return record(event, dedupeKey, to, subject, dossierId, campaignId, payload, null);
    }

    /**
     * Records one message that is true only until {@code validUntil} (null: always): a row still unsent then is
     * not sent but marked EXPIRED by {@link MailDispatcher}.
     *
     * @return true when a new row was written
     */
    public boolean record(
            NotificationEvent event,
            String dedupeKey,
            String to,
            String subject,
            UUID dossierId,
            UUID campaignId,
            NoticePayload payload,
            Instant validUntil) {
        String body = notices.write(event, payload);
        long existing = jdbc.sql(
                        "select count(*) from notification where in_commune(commune_code) and dedupe_key = ? and recipient = ?")
                .params(dedupeKey, to)
                .query(Long.class)
                .single();
        if (existing > 0) {
            return false;
        }
        Instant now = clock.instant();
        // a new task waits one digest window, so that tasks arriving close together go out as one message
        Instant due = event == NotificationEvent.TASK_CREATED ? now.plus(digestWindow) : now;
        jdbc.sql("insert into notification (" + COLUMNS + ", next_attempt_at, valid_until) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, null, ?, null, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        event.name(),
                        dedupeKey,
                        to,
                        subject,
                        dossierId,
                        campaignId,
                        body,
                        NotificationStatus.PENDING.name(),
                        Timestamp.from(now),
                        Timestamp.from(due),
                        validUntil == null ? null : Timestamp.from(validUntil))
                .update();
        return true;
    }

    /**
     * The campaign's unsent messages that are true only until some moment other than {@code validUntil} (a window
     * that has been replaced) become due to expire now: the dispatcher marks them EXPIRED instead of sending them.
     *
     * @return how many rows were withdrawn
     */
    public int expireUnsent(UUID campaignId, Instant validUntil) {
        Instant now = clock.instant();
        return jdbc.sql(
                        "update notification set valid_until = ? where in_commune(commune_code) and campaign_id = ? and status = 'PENDING' "
                                + "and valid_until is not null and valid_until > ? "
                                + (validUntil == null ? "" : "and valid_until <> ?"))
                .params(
                        validUntil == null
                                ? List.of(Timestamp.from(now), campaignId, Timestamp.from(now))
                                : List.of(
                                        Timestamp.from(now),
                                        campaignId,
                                        Timestamp.from(now),
                                        Timestamp.from(validUntil)))
                .update();
    }

    public List<Notification> findByDossier(UUID dossierId) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from notification where in_commune(commune_code) and dossier_id = ? order by created_at, id")
                .param(dossierId)
                .query(OutboxStore::mapNotification)
                .list();
    }

    public List<Notification> findByCampaign(UUID campaignId) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from notification where in_commune(commune_code) and campaign_id = ? order by created_at, id")
                .param(campaignId)
                .query(OutboxStore::mapNotification)
                .list();
    }
}
