package vn.bacson.khenthuong.dossier;

import static vn.bacson.khenthuong.dossier.DossierRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dossier's history: every step, by whom, when, in which stage, with which comment. */
@Repository
public class HistoryRepository {

    /** The actor recorded for what the engine does by itself (timers, checks). */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    public HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID dossierId, Instant at, String actor, HistoryAction action, Stage stage, String comment) {
        jdbc.sql(
                        "insert into dossier_history (dossier_id, at, actor, action, stage, comment) values (?, ?, ?, ?, ?, ?)")
                .params(dossierId, ts(at), actor, action.name(), stage == null ? null : stage.name(), comment)
                .update();
    }

    public List<HistoryEntry> findByDossier(UUID dossierId) {
        return jdbc.sql(
                        "select at, actor, action, stage, comment from dossier_history where in_commune(commune_code) and dossier_id = ? order by id")
                .param(dossierId)
                .query(this::map)
                .list();
    }

    /** The history of several dossiers in one query, each in its order. */
    public java.util.Map<UUID, List<HistoryEntry>> findByDossiers(java.util.Collection<UUID> dossierIds) {
        java.util.Map<UUID, List<HistoryEntry>> found = new java.util.HashMap<>();
        if (dossierIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select dossier_id, at, actor, action, stage, comment from dossier_history "
                        + "where in_commune(commune_code) and dossier_id in (:ids) order by id")
                .param("ids", dossierIds)
                .query(rs -> {
                    found.computeIfAbsent(rs.getObject("dossier_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(map(rs, 0));
                });
        return found;
    }

    private HistoryEntry map(ResultSet rs, int row) throws SQLException {
        String stage = rs.getString("stage");
        return new HistoryEntry(
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                HistoryAction.valueOf(rs.getString("action")),
                stage == null ? null : Stage.valueOf(stage),
                rs.getString("comment"));
    }
}
