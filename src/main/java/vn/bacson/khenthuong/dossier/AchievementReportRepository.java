package vn.bacson.khenthuong.dossier;

import static vn.bacson.khenthuong.dossier.DossierRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.dossier.AchievementReport.AchievementRow;

/** The achievement reports filled in on the system ({@code achievement_report} and its ordered rows). */
@Repository
public class AchievementReportRepository {

    private static final String COLUMNS = "nominee_id, dossier_id, address, founded_year, duties, background, "
            + "initiatives, deeds, signer_title, signer_name, updated_at, updated_by";

    private final JdbcClient jdbc;

    public AchievementReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the report and its rows, replacing whatever the nominee had. */
    public void save(AchievementReport r) {
        delete(r.nomineeId());
        jdbc.sql("insert into achievement_report (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.nomineeId(),
                        r.dossierId(),
                        r.address(),
                        r.foundedYear(),
                        r.duties(),
                        r.background(),
                        r.initiatives(),
                        r.deeds(),
                        r.signerTitle(),
                        r.signerName(),
                        ts(r.updatedAt()),
                        r.updatedBy())
                .update();
        List<AchievementRow> rows = r.achievements();
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql(
                            "insert into achievement_report_row (nominee_id, line_no, content, result_text) values (?, ?, ?, ?)")
                    .params(
                            r.nomineeId(),
                            i + 1,
                            rows.get(i).content().name(),
                            rows.get(i).result())
                    .update();
        }
    }

    /** Removes the nominee's report (its rows go with it); answers whether there was one. */
    public boolean delete(UUID nomineeId) {
        return jdbc.sql("delete from achievement_report where in_commune(commune_code) and nominee_id = ?")
                        .param(nomineeId)
                        .update()
                > 0;
    }

    public Optional<AchievementReport> find(UUID nomineeId) {
        return findByNominees("nominee_id = :id", Map.of("id", nomineeId)).stream()
                .findFirst();
    }

    /** The reports of a dossier's nominees. */
    public List<AchievementReport> findByDossier(UUID dossierId) {
        return findByNominees("dossier_id = :id", Map.of("id", dossierId));
    }

    /** The reports of several dossiers at once (a page of dossiers). */
    public List<AchievementReport> findByDossiers(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return findByNominees("dossier_id in (:id)", Map.of("id", dossierIds));
    }

    private List<AchievementReport> findByNominees(String where, Map<String, Object> params) {
        Map<UUID, ReportRow> reports = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from achievement_report where in_commune(commune_code) and " + where
                        + " order by nominee_id")
                .params(params)
                .query(this::map)
                .list()
                .forEach(r -> reports.put(r.nomineeId, r));
        if (reports.isEmpty()) {
            return List.of();
        }
        jdbc.sql(
                        "select nominee_id, content, result_text from achievement_report_row where in_commune(commune_code) and nominee_id in (:ids) "
                                + "order by nominee_id, line_no")
                .param("ids", reports.keySet())
                .query(rs -> {
                    reports.get(rs.getObject("nominee_id", UUID.class))
                            .rows
                            .add(new AchievementRow(
                                    EmulationContent.valueOf(rs.getString("content")), rs.getString("result_text")));
                });
        return reports.values().stream().map(ReportRow::toReport).toList();
    }

    /** A report row read before its achievement rows are attached. */
    private record ReportRow(
            UUID nomineeId,
            UUID dossierId,
            String address,
            Integer foundedYear,
            String duties,
            String background,
            String initiatives,
            String deeds,
            String signerTitle,
            String signerName,
            Instant updatedAt,
            String updatedBy,
            List<AchievementRow> rows) {

        AchievementReport toReport() {
            return new AchievementReport(
                    nomineeId,
                    dossierId,
                    address,
                    foundedYear,
                    duties,
                    background,
                    rows,
                    initiatives,
                    deeds,
                    signerTitle,
                    signerName,
                    updatedAt,
                    updatedBy);
        }
    }

    private ReportRow map(ResultSet rs, int row) throws SQLException {
        return new ReportRow(
                rs.getObject("nominee_id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("address"),
                (Integer) rs.getObject("founded_year", Integer.class),
                rs.getString("duties"),
                rs.getString("background"),
                rs.getString("initiatives"),
                rs.getString("deeds"),
                rs.getString("signer_title"),
                rs.getString("signer_name"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                new ArrayList<>());
    }
}
