package vn.bacson.khenthuong.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DossierRepository {

    private static final String COLUMNS = "id, campaign_id, unit_code, title, status, stage, submitted_at, "
            + "amendment_due_at, return_comment, created_at, created_by, updated_at, version";

    /** Filters of a dossier list; null means any. unitCode also carries a unit caller's visibility. */
    public record Filter(UUID campaignId, DossierStatus status, String unitCode) {}

    private final JdbcClient jdbc;

    public DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Dossier d) {
        jdbc.sql("insert into dossier (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.campaignId(),
                        d.unitCode(),
                        d.title(),
                        d.status().name(),
                        d.stage() == null ? null : d.stage().name(),
                        ts(d.submittedAt()),
                        ts(d.amendmentDueAt()),
                        d.returnComment(),
                        ts(d.createdAt()),
                        d.createdBy(),
                        ts(d.updatedAt()),
                        d.version())
                .update();
    }

    public Optional<Dossier> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where in_commune(commune_code) and id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** Reads and row-locks the dossier until the transaction ends: serialises submit, withdraw and edits. */
    public Optional<Dossier> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where in_commune(commune_code) and id = ? for update")
                .param(id)
                .query(this::map)
                .optional();
    }

    public void updateTitle(UUID id, String title, Instant now) {
        jdbc.sql(
                        "update dossier set title = ?, updated_at = ?, version = version + 1 where in_commune(commune_code) and id = ?")
                .params(title, ts(now), id)
                .update();
    }

    public void updateStatus(UUID id, DossierStatus status, Stage stage, Instant now) {
        jdbc.sql(
                        "update dossier set status = ?, stage = ?, updated_at = ?, version = version + 1 where in_commune(commune_code) and id = ?")
                .params(status.name(), stage == null ? null : stage.name(), ts(now), id)
                .update();
    }

    public void markSubmitted(UUID id, Instant now) {
        jdbc.sql("update dossier set status = ?, stage = null, submitted_at = ?, updated_at = ?, "
                        + "version = version + 1 where in_commune(commune_code) and id = ?")
                .params(DossierStatus.SUBMITTED.name(), ts(now), ts(now), id)
                .update();
    }

    /** AMENDMENT_REQUESTED with its deadline and the reviewer's comment (null comment = missing documents). */
    public void markAmendmentRequested(UUID id, Instant dueAt, String comment, Instant now) {
        jdbc.sql("update dossier set status = ?, stage = ?, amendment_due_at = ?, return_comment = ?, "
                        + "updated_at = ?, version = version + 1 where in_commune(commune_code) and id = ?")
                .params(
                        DossierStatus.AMENDMENT_REQUESTED.name(),
                        Stage.AMENDMENT.name(),
                        ts(dueAt),
                        comment,
                        ts(now),
                        id)
                .update();
    }

    public void clearAmendment(UUID id, Instant now) {
        jdbc.sql(
                        "update dossier set amendment_due_at = null, return_comment = null, updated_at = ? where in_commune(commune_code) and id = ?")
                .params(ts(now), id)
                .update();
    }

    public List<Dossier> findPage(Filter filter, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select " + COLUMNS + " from dossier where in_commune(commune_code)" + where
                        + " order by created_at desc, id limit ? offset ?")
                .params(params)
                .query(this::map)
                .list();
    }

    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from dossier where in_commune(commune_code)" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The campaign's dossiers in review at the stage, oldest submission first (at most {@code limit}). */
    public List<Dossier> findWaitingAt(UUID campaignId, Stage stage, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from dossier where in_commune(commune_code) and campaign_id = ? and status = 'IN_REVIEW' "
                        + "and stage = ? order by submitted_at, id limit ?")
                .params(campaignId, stage.name(), limit)
                .query(this::map)
                .list();
    }

    public List<Dossier> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from dossier where in_commune(commune_code) and id in (:ids)")
                .param("ids", ids)
                .query(this::map)
                .list();
    }

    /** The name of each dossier's unit: the unit of the dossier's own commune (unit codes repeat across communes). */
    public java.util.Map<UUID, String> unitNames(List<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select d.id, coalesce(u.name, d.unit_code) as unit_name from dossier d left join unit u "
                        + "on u.code = d.unit_code and u.commune_code = d.commune_code "
                        + "where in_commune(d.commune_code) and d.id in (:ids)")
                .param("ids", ids)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> names.put(rs.getObject("id", UUID.class), rs.getString("unit_name")));
        return names;
    }

    /** Units of a campaign that have at least one dossier past DRAFT (submitted in any form). */
    public List<String> unitsWithSubmission(UUID campaignId) {
        return jdbc.sql(
                        "select distinct unit_code from dossier where in_commune(commune_code) and campaign_id = ? and submitted_at is not null "
                                + "and status <> 'WITHDRAWN'")
                .param(campaignId)
                .query(String.class)
                .list();
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.campaignId() != null) {
            sql.append(" and campaign_id = ?");
            params.add(filter.campaignId());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.unitCode() != null) {
            sql.append(" and unit_code = ?");
            params.add(filter.unitCode());
        }
        return sql.toString();
    }

    private Dossier map(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        return new Dossier(
                rs.getObject("id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getString("unit_code"),
                rs.getString("title"),
                DossierStatus.valueOf(rs.getString("status")),
                stage == null ? null : Stage.valueOf(stage),
                instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("amendment_due_at")),
                rs.getString("return_comment"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("updated_at")),
                rs.getLong("version"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
