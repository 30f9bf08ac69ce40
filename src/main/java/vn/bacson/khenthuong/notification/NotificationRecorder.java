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

    public NotificationRecorder(JdbcClient jdbc, Clock clock, MailSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.digestWindow = settings.digestWindow();
    }

    /**
     * Records one message unless the same event was already recorded for the same recipient.
     *
     * @param dedupeKey identifies the event, e.g. {@code DOSSIER_RECEIVED:<dossierId>:<submission no>}
     * @return true when a new row was written
     */
    public boolean record(
            NotificationEvent event,
            String dedupeKey,
            String to,
            String subject,
            UUID dossierId,
            UUID campaignId,
            String payload) {
        long existing = jdbc.sql("select count(*) from notification where dedupe_key = ? and recipient = ?")
                .params(dedupeKey, to)
                .query(Long.class)
                .single();
        if (existing > 0) {
            return false;
        }
        Instant now = clock.instant();
        // a new task waits one digest window, so that tasks arriving close together go out as one message
        Instant due = event == NotificationEvent.TASK_CREATED ? now.plus(digestWindow) : now;
        jdbc.sql("insert into notification (" + COLUMNS + ", next_attempt_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, null, ?, null, ?)")
                .params(
                        UUID.randomUUID(),
                        event.name(),
                        dedupeKey,
                        to,
                        subject,
                        dossierId,
                        campaignId,
                        payload,
                        NotificationStatus.PENDING.name(),
                        Timestamp.from(now),
                        Timestamp.from(due))
                .update();
        return true;
    }

    public List<Notification> findByDossier(UUID dossierId) {
        return jdbc.sql("select " + COLUMNS + " from notification where dossier_id = ? order by created_at, id")
                .param(dossierId)
                .query(OutboxStore::mapNotification)
                .list();
    }

    public List<Notification> findByCampaign(UUID campaignId) {
        return jdbc.sql("select " + COLUMNS + " from notification where campaign_id = ? order by created_at, id")
                .param(campaignId)
                .query(OutboxStore::mapNotification)
                .list();
    }
}
