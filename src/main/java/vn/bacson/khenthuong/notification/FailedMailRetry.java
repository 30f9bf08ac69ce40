package vn.bacson.khenthuong.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * E-mails the dispatcher gave up on (FAILED) for the monitoring dashboard, and the admin's "send again": the row
 * goes back to PENDING, due now, and the dispatcher delivers it at its next poll. The attempts counter is kept
 * (it tells how often it was tried), so one retry is one more attempt: a further refusal marks it FAILED again.
 */
@Service
public class FailedMailRetry {

    /** A failed e-mail as an officer reads it: to whom, about what, and what the mail server answered. */
    public record FailedMail(
            UUID id,
            String recipient,
            String subject,
            NotificationEvent event,
            UUID dossierId,
            int attempts,
            String serverReply,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public FailedMailRetry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The campaign's failed e-mails, newest first (uses ix_notification_campaign_status). */
    @Transactional(readOnly = true)
    public List<FailedMail> failed(UUID campaignId) {
        return jdbc.sql(
                        "select id, recipient, subject, event, dossier_id, attempts, last_error, created_at "
                                + "from notification where in_commune(commune_code) and campaign_id = ? and status = 'FAILED' order by created_at desc, id")
                .param(campaignId)
                .query((rs, n) -> new FailedMail(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        NotificationEvent.valueOf(rs.getString("event")),
                        rs.getObject("dossier_id", UUID.class),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** FAILED e-mails counted per campaign, for these campaigns, in one grouped query. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Long> failedCounts(java.util.Collection<UUID> campaignIds) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        if (campaignIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(
                        "select campaign_id, count(*) as n from notification where in_commune(commune_code) and campaign_id in (:ids) "
                                + "and status = 'FAILED' group by campaign_id")
                .param("ids", List.copyOf(campaignIds))
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> counts.put(rs.getObject("campaign_id", UUID.class), rs.getLong("n")));
        return counts;
    }

    /**
     * Puts a FAILED e-mail back in the queue, due now.
     *
     * @throws DomainException NOT_FOUND when there is no such FAILED e-mail (unknown, or already queued or sent)
     */
    @Transactional
    public void retry(UUID notificationId) {
        int changed = jdbc.sql("update notification set status = 'PENDING', next_attempt_at = ?, locked_until = null, "
                        + "lock_token = null where in_commune(commune_code) and id = ? and status = 'FAILED'")
                .params(Timestamp.from(clock.instant()), notificationId)
                .update();
        if (changed == 0) {
            throw new DomainException(
                    ErrorCode.NOT_FOUND,
                    "Không có thư gửi lỗi này (có thể thư đã được gửi lại hoặc đã gửi thành công).");
        }
    }
}
