package vn.bacson.khenthuong.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table as the dispatcher uses it. A row is claimed with one conditional UPDATE (status SENDING, a
 * lease until {@code locked_until}, a random {@code lock_token}); the database's row lock makes exactly one of
 * two concurrent claims succeed, on PostgreSQL and on H2 alike. Every later change names the token, so a node
 * whose lease ran out cannot overwrite the row a second node took over.
 */
@Repository
class OutboxStore {

    private static final String COLUMNS = "id, event, dedupe_key, recipient, subject, dossier_id, campaign_id, "
            + "payload, status, attempts, created_at, next_attempt_at, valid_until, commune_code";
    private static final String CLAIMABLE = "status in ('PENDING', 'SENDING') and next_attempt_at <= ? "
            + "and (locked_until is null or locked_until < ?)";
    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows due now whose lease (if any) ran out: PENDING ones, and SENDING ones left behind by a crashed node. */
    List<OutboxRow> findDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where in_commune(commune_code) and " + CLAIMABLE
                        + " order by next_attempt_at, created_at, id limit ?")
                .params(ts(now), ts(now), limit)
                .query(this::map)
                .list();
    }

    /** Other unsent TASK_CREATED rows of the recipient that fall due before {@code dueBy}. */
    List<OutboxRow> findDigestMates(String recipient, UUID except, Instant dueBy, Instant now) {
        return jdbc.sql("select " + COLUMNS
                        + " from notification where in_commune(commune_code) and event = 'TASK_CREATED' and recipient = ? "
                        + "and id <> ? and " + CLAIMABLE + " order by created_at, id")
                .params(recipient, except, ts(dueBy), ts(now))
                .query(this::map)
                .list();
    }

    /**
     * Takes the lease on a row that is due before {@code dueBy} and not held by anyone. Runs in its own
     * (auto-commit) statement, so the claim is visible to other nodes at once.
     *
     * @return true when this caller holds the row now
     */
    boolean claim(UUID id, String token, Instant dueBy, Instant now, Instant leaseUntil) {
        return jdbc.sql("update notification set status = 'SENDING', lock_token = ?, locked_until = ? "
                                + "where in_commune(commune_code) and id = ? and " + CLAIMABLE)
                        .params(token, ts(leaseUntil), id, ts(dueBy), ts(now))
                        .update()
                == 1;
    }

    /** @return false when the lease was lost to another node meanwhile */
    boolean markSent(UUID id, String token, Instant at, String messageId) {
        return jdbc.sql(
                                "update notification set status = 'SENT', sent_at = ?, message_id = ?, attempts = attempts + 1, "
                                        + "last_error = null, locked_until = null, lock_token = null where in_commune(commune_code) and id = ? and lock_token = ?")
                        .params(ts(at), messageId, id, token)
                        .update()
                == 1;
    }

    void retryLater(UUID id, String token, Instant next, String error) {
        jdbc.sql(
                        "update notification set status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, "
                                + "last_error = ?, locked_until = null, lock_token = null where in_commune(commune_code) and id = ? and lock_token = ?")
                .params(ts(next), clip(error), id, token)
                .update();
    }

    /** A claimed row that is no longer true is not sent: EXPIRED, with the reason. */
    void markExpired(UUID id, String token, String reason) {
        jdbc.sql("update notification set status = 'EXPIRED', last_error = ?, locked_until = null, lock_token = null "
                        + "where in_commune(commune_code) and id = ? and lock_token = ?")
                .params(clip(reason), id, token)
                .update();
    }

    void markFailed(UUID id, String token, String error) {
        jdbc.sql(
                        "update notification set status = 'FAILED', attempts = attempts + 1, last_error = ?, "
                                + "locked_until = null, lock_token = null where in_commune(commune_code) and id = ? and lock_token = ?")
                .params(clip(error), id, token)
                .update();
    }

    /** The filtered page for GET /api/notifications, newest first. SENDING counts as PENDING there. */
    List<Notification> findPage(UUID dossierId, UUID campaignId, NotificationStatus status, long offset, int limit) {
        Where where = where(dossierId, campaignId, status);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id, event, dedupe_key, recipient, subject, dossier_id, campaign_id, payload, status, "
                        + "attempts, last_error, created_at, sent_at from notification where in_commune(commune_code)"
                        + where.sql()
                        + " order by created_at desc, id limit ? offset ?")
                .params(params)
                .query(OutboxStore::mapNotification)
                .list();
    }

    long count(UUID dossierId, UUID campaignId, NotificationStatus status) {
        Where where = where(dossierId, campaignId, status);
        return jdbc.sql("select count(*) from notification where in_commune(commune_code)" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The outbox at a glance, for metrics and health: unsent and FAILED rows, the oldest due unsent row's age. */
    record Backlog(long unsent, long failed, Instant oldestDueCreatedAt) {}

    Backlog backlog(Instant now) {
        return jdbc.sql(
                        "select sum(case when status in ('PENDING', 'SENDING') then 1 else 0 end) as unsent, "
                                + "sum(case when status = 'FAILED' then 1 else 0 end) as failed, "
                                + "min(case when status in ('PENDING', 'SENDING') and next_attempt_at <= ? "
                                + "then created_at end) as oldest_due "
                                + "from notification where in_commune(commune_code) and status in ('PENDING', 'SENDING', 'FAILED')")
                .params(ts(now))
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest_due");
                    return new Backlog(
                            rs.getLong("unsent"), rs.getLong("failed"), oldest == null ? null : oldest.toInstant());
                })
                .single();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(UUID dossierId, UUID campaignId, NotificationStatus status) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (dossierId != null) {
            conditions.add("dossier_id = ?");
            params.add(dossierId);
        }
        if (campaignId != null) {
            conditions.add("campaign_id = ?");
            params.add(campaignId);
        }
        if (status == NotificationStatus.PENDING || status == NotificationStatus.SENDING) {
            conditions.add("status in ('PENDING', 'SENDING')");
        } else if (status != null) {
            conditions.add("status = ?");
            params.add(status.name());
        }
        return new Where(
                conditions.stream().map(c -> " and " + c).collect(java.util.stream.Collectors.joining()), params);
    }

    private OutboxRow map(ResultSet rs, int row) throws SQLException {
        return new OutboxRow(
                rs.getObject("id", UUID.class),
                NotificationEvent.valueOf(rs.getString("event")),
                rs.getString("dedupe_key"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getObject("dossier_id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("payload"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(),
                instant(rs.getTimestamp("valid_until")),
                rs.getString("commune_code"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Maps a notification row; shared with NotificationRecorder's reads. */
    static Notification mapNotification(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                NotificationEvent.valueOf(rs.getString("event")),
                rs.getString("dedupe_key"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getObject("dossier_id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("payload"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
