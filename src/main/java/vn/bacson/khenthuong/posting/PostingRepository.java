package vn.bacson.khenthuong.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.dossier.DossierStatus;

/** The public_posting table, read together with the dossier's status and the number of feedback messages. */
@Repository
class PostingRepository {

    /** A posting that is open now, with what the public list shows of its dossier. */
    record OpenPosting(
            UUID dossierId, UUID campaignId, String unitCode, String title, Instant startsAt, Instant endsAt) {}

    private static final String SELECT = "select p.dossier_id, p.campaign_id, p.starts_at, p.ends_at, p.closed_at, "
            + "d.status, (select count(*) from posting_feedback f where in_commune(f.commune_code) and f.dossier_id = p.dossier_id) as feedback_count "
            + "from public_posting p join dossier d on d.id = p.dossier_id and in_commune(p.commune_code)";

    /** Open: not closed, end not reached, dossier in review (the same rule as {@link PublicPosting#isOpen}). */
    private static final String OPEN = " where p.closed_at is null and p.ends_at > ? and d.status = 'IN_REVIEW'";

    private final JdbcClient jdbc;

    PostingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the dossier's posting; a dossier posted before (it came back through appraisal) gets the new period. */
    void open(UUID dossierId, UUID campaignId, Instant startsAt, Instant endsAt) {
        int updated = jdbc.sql(
                        "update public_posting set campaign_id = ?, starts_at = ?, ends_at = ?, closed_at = null "
                                + "where in_commune(commune_code) and dossier_id = ?")
                .params(campaignId, ts(startsAt), ts(endsAt), dossierId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into public_posting (dossier_id, campaign_id, starts_at, ends_at, closed_at) "
                            + "values (?, ?, ?, ?, null)")
                    .params(dossierId, campaignId, ts(startsAt), ts(endsAt))
                    .update();
        }
    }

    /** @return true when the posting was still open and is closed now */
    boolean close(UUID dossierId, Instant at) {
        return jdbc.sql(
                                "update public_posting set closed_at = ? where in_commune(commune_code) and dossier_id = ? and closed_at is null")
                        .params(ts(at), dossierId)
                        .update()
                > 0;
    }

    Optional<PublicPosting> find(UUID dossierId) {
        return jdbc.sql(SELECT + " where p.dossier_id = ?")
                .param(dossierId)
                .query(this::map)
                .optional();
    }

    List<PublicPosting> findAll(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.dossier_id in (:ids)")
                .param("ids", dossierIds)
                .query(this::map)
                .list();
    }

    /** Open postings (of one campaign, or all when campaignId is null), the one ending first first. */
    List<OpenPosting> findOpen(UUID campaignId, Instant now, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = open(campaignId, now, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select p.dossier_id, p.campaign_id, d.unit_code, d.title, p.starts_at, p.ends_at "
                        + "from public_posting p join dossier d on d.id = p.dossier_id and in_commune(p.commune_code)"
                        + where
                        + " order by p.ends_at, d.title, p.dossier_id limit ? offset ?")
                .params(params)
                .query((rs, row) -> new OpenPosting(
                        rs.getObject("dossier_id", UUID.class),
                        rs.getObject("campaign_id", UUID.class),
                        rs.getString("unit_code"),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }

    long countOpen(UUID campaignId, Instant now) {
        List<Object> params = new ArrayList<>();
        String where = open(campaignId, now, params);
        return jdbc.sql(
                        "select count(*) from public_posting p join dossier d on d.id = p.dossier_id and in_commune(p.commune_code)"
                                + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String open(UUID campaignId, Instant now, List<Object> params) {
        params.add(ts(now));
        if (campaignId == null) {
            return OPEN;
        }
        params.add(campaignId);
        return OPEN + " and p.campaign_id = ?";
    }

    private PublicPosting map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new PublicPosting(
                rs.getObject("dossier_id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                closed == null ? null : closed.toInstant(),
                DossierStatus.valueOf(rs.getString("status")),
                rs.getLong("feedback_count"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
