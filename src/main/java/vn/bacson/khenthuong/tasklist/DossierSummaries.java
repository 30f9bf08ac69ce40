package vn.bacson.khenthuong.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the task list shows of the dossiers behind a page of tasks: read in one query, never per task. */
@Repository
class DossierSummaries {

    record Summary(
            UUID dossierId, String title, String unitCode, String unitName, String campaignCode, int nomineeCount) {}

    private final JdbcClient jdbc;

    DossierSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Summary> find(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select d.id, d.title, d.unit_code, u.name as unit_name, c.code as campaign_code, "
                        + "(select count(*) from nominee n where in_commune(n.commune_code) and n.dossier_id = d.id) as nominee_count "
                        + "from dossier d join unit u on u.code = d.unit_code and u.commune_code = d.commune_code join campaign c on c.id = d.campaign_id "
                        + "where in_commune(d.commune_code) and d.id in (:ids)")
                .param("ids", dossierIds)
                .query(this::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Summary::dossierId, Function.identity()));
    }

    private Summary map(ResultSet rs, int row) throws SQLException {
        return new Summary(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("campaign_code"),
                rs.getInt("nominee_count"));
    }
}
