package vn.bacson.khenthuong.posting;

import static vn.bacson.khenthuong.posting.PostingRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The posting_feedback table. */
@Repository
class FeedbackRepository {

    private static final String COLUMNS =
            "id, dossier_id, nominee_id, sender_name, contact, content, received_at, sender_hash";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Feedback f) {
        jdbc.sql("insert into posting_feedback (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        f.id(),
                        f.dossierId(),
                        f.nomineeId(),
                        f.senderName(),
                        f.contact(),
                        f.content(),
                        ts(f.receivedAt()),
                        f.senderHash())
                .update();
    }

    /** Newest first. */
    List<Feedback> findByDossier(UUID dossierId, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from posting_feedback where in_commune(commune_code) and dossier_id = ? "
                        + "order by received_at desc, id limit ? offset ?")
                .params(dossierId, limit, offset)
                .query(this::map)
                .list();
    }

    long countByDossier(UUID dossierId) {
        return jdbc.sql("select count(*) from posting_feedback where in_commune(commune_code) and dossier_id = ?")
                .param(dossierId)
                .query(Long.class)
                .single();
    }

    private Feedback map(ResultSet rs, int row) throws SQLException {
        return new Feedback(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getObject("nominee_id", UUID.class),
                rs.getString("sender_name"),
                rs.getString("contact"),
                rs.getString("content"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("sender_hash"));
    }
}
