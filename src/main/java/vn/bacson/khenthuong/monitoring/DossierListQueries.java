package vn.bacson.khenthuong.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Stage;

/** The dossiers behind a number of the dashboard: those waiting at a stage, or in a status, of one campaign. */
@Repository
class DossierListQueries {

    /** A dossier in a list of the dashboard (e.g. the dossiers waiting at one stage). */
    record DossierLine(
            UUID id,
            String title,
            String unitName,
            DossierStatus status,
            Stage stage,
            Instant submittedAt,
            Instant updatedAt,
            long nominees) {}

    /** The where clause of a list and its parameters. */
    private record Filter(String where, List<Object> params) {}

    private final JdbcClient jdbc;

    DossierListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dossiers of the campaign waiting at a stage, or in a status; oldest change first, at most {@code limit}. */
    List<DossierLine> dossiers(UUID campaignId, Stage stage, DossierStatus status, int limit) {
        Filter filter = filter(campaignId, stage, status);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        return jdbc.sql("select d.id, d.title, u.name as unit_name, d.status, d.stage, d.submitted_at, d.updated_at, "
                        + "(select count(*) from nominee n where in_commune(n.commune_code) and n.dossier_id = d.id) as nominees "
                        + "from dossier d join unit u on u.code = d.unit_code and u.commune_code = d.commune_code "
                        + "where in_commune(d.commune_code)" + filter.where()
                        + " order by d.updated_at, d.id limit ?")
                .params(params)
                .query((rs, row) -> {
                    String stageName = rs.getString("stage");
                    return new DossierLine(
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            rs.getString("unit_name"),
                            DossierStatus.valueOf(rs.getString("status")),
                            stageName == null ? null : Stage.valueOf(stageName),
                            MonitoringQueries.instant(rs.getTimestamp("submitted_at")),
                            MonitoringQueries.instant(rs.getTimestamp("updated_at")),
                            rs.getLong("nominees"));
                })
                .list();
    }

    long countDossiers(UUID campaignId, Stage stage, DossierStatus status) {
        Filter filter = filter(campaignId, stage, status);
        return jdbc.sql("select count(*) from dossier d where in_commune(d.commune_code)" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    private static Filter filter(UUID campaignId, Stage stage, DossierStatus status) {
        StringBuilder where = new StringBuilder(" and d.campaign_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(campaignId);
        if (stage != null) {
            where.append(" and d.status in ('IN_REVIEW', 'AMENDMENT_REQUESTED') and d.stage = ?");
            params.add(stage.name());
        }
        if (status != null) {
            where.append(" and d.status = ?");
            params.add(status.name());
        }
        return new Filter(where.toString(), params);
    }
}
