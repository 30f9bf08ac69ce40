package vn.bacson.khenthuong.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The campaign dashboard's numbers from our own tables: every figure is one aggregate statement (group by)
 * filtered by campaign_id, so the cost does not grow with what is loaded into memory. Runs unchanged on PostgreSQL
 * and H2. The dossier lists behind a number, the overview of all campaigns and the exports have their own queries
 * ({@link DossierListQueries}, {@link OverviewQueries}, {@link ExportQueries}).
 *
 * <p>Definitions (also in docs/operations.md): a dossier counts as <em>submitted</em> when it was sent at least
 * once (submitted_at set) and not withdrawn; the <em>proposed</em> nominees are those of submitted dossiers;
 * a dossier is <em>finished</em> when it reached DECIDED, REJECTED or EXPIRED, on the day of its last change.
 */
@Repository
class MonitoringQueries {

    static final String SUBMITTED = "d.submitted_at is not null and d.status <> 'WITHDRAWN'";
    private static final long SECONDS_PER_DAY = 86_400;
    /** Units (not dissolved) and their dossiers in the campaign (parameter 1); to be narrowed and grouped. */
    private static final String UNIT_ROWS = "select u.code, u.name, u.email, count(d.id) as dossiers, "
            + "sum(case when d.status = 'DRAFT' then 1 else 0 end) as drafts, "
            + "sum(case when " + SUBMITTED + " then 1 else 0 end) as submitted, "
            + "sum(case when d.status = 'DECIDED' then 1 else 0 end) as decided, "
            + "sum(case when d.status = 'AMENDMENT_REQUESTED' then 1 else 0 end) as amendments, "
            + "max(case when " + SUBMITTED + " then d.submitted_at end) as last_submitted "
            + "from unit u left join dossier d on d.unit_code = u.code and d.commune_code = u.commune_code and d.campaign_id = ? "
            + "where in_commune(u.commune_code) and u.dissolved = false ";

    /** A unit and its dossiers in the campaign. */
    record UnitRow(
            String code,
            String name,
            String email,
            long dossiers,
            long drafts,
            long submitted,
            long decided,
            long amendments,
            Instant lastSubmittedAt) {}

    record NomineeRow(
            long total,
            long eligible,
            long ineligible,
            long pending,
            long awarded,
            long proposedToProvince,
            Map<IneligibilityReason, Long> reasons) {}

    private final JdbcClient jdbc;

    MonitoringQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every status with its count, zeros included (uses ix_dossier_campaign_status). */
    Map<DossierStatus, Long> dossiersByStatus(UUID campaignId) {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql(
                        "select status, count(*) as n from dossier where in_commune(commune_code) and campaign_id = ? group by status")
                .param(campaignId)
                .query((RowCallbackHandler)
                        rs -> counts.put(DossierStatus.valueOf(rs.getString("status")), rs.getLong("n")));
        return counts;
    }

    /** Dossiers waiting at each user task: in review at a stage, or back with the unit (AMENDMENT). */
    Map<Stage, Long> dossiersByStage(UUID campaignId) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.commune()) {
            counts.put(stage, 0L);
        }
        jdbc.sql("select stage, count(*) as n from dossier where in_commune(commune_code) and campaign_id = ? "
                        + "and status in ('IN_REVIEW', 'AMENDMENT_REQUESTED') and stage is not null group by stage")
                .param(campaignId)
                .query((RowCallbackHandler) rs -> counts.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n")));
        return counts;
    }

    /** Every unit that was not dissolved, with or without a dossier in the campaign, by name. */
    List<UnitRow> units(UUID campaignId) {
        return jdbc.sql(UNIT_ROWS + "group by u.code, u.name, u.email order by u.name, u.code")
                .param(campaignId)
                .query(MonitoringQueries::unitRow)
                .list();
    }

    Optional<UnitRow> unit(UUID campaignId, String unitCode) {
        return jdbc.sql(UNIT_ROWS + "and u.code = ? group by u.code, u.name, u.email")
                .params(campaignId, unitCode)
                .query(MonitoringQueries::unitRow)
                .optional();
    }

    /** The proposed nominees (of submitted dossiers): eligibility, outcome and each ineligibility reason. */
    NomineeRow nominees(UUID campaignId) {
        StringBuilder sql = new StringBuilder("select count(*) as total, "
                + "sum(case when n.eligibility = 'ELIGIBLE' then 1 else 0 end) as eligible, "
                + "sum(case when n.eligibility = 'INELIGIBLE' then 1 else 0 end) as ineligible, "
                + "sum(case when n.eligibility = 'PENDING' then 1 else 0 end) as pending, "
                + "sum(case when n.outcome in ('GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH') then 1 else 0 end) "
                + "as awarded, "
                + "sum(case when n.outcome = 'PROPOSED_BANG_KHEN_CHU_TICH_TINH' then 1 else 0 end) as province");
        for (IneligibilityReason reason : IneligibilityReason.values()) {
            // reasons is a comma-separated list: delimit it on both sides so DISCIPLINED does not match
            // MEMBER_DISCIPLINED
            sql.append(", sum(case when (',' || n.reasons || ',') like '%,")
                    .append(reason.name())
                    .append(",%' then 1 else 0 end) as r_")
                    .append(reason.name().toLowerCase());
        }
        sql.append(
                        " from nominee n join dossier d on d.id = n.dossier_id where in_commune(d.commune_code) and d.campaign_id = ? and ")
                .append(SUBMITTED);
        return jdbc.sql(sql.toString())
                .param(campaignId)
                .query((rs, row) -> {
                    Map<IneligibilityReason, Long> reasons = new EnumMap<>(IneligibilityReason.class);
                    for (IneligibilityReason reason : IneligibilityReason.values()) {
                        reasons.put(reason, rs.getLong("r_" + reason.name().toLowerCase()));
                    }
                    return new NomineeRow(
                            rs.getLong("total"),
                            rs.getLong("eligible"),
                            rs.getLong("ineligible"),
                            rs.getLong("pending"),
                            rs.getLong("awarded"),
                            rs.getLong("province"),
                            reasons);
                })
                .single();
    }

    /**
     * Dossiers submitted per day in the business zone. The day is computed in SQL from the epoch seconds shifted
     * by the zone's offset (Asia/Ho_Chi_Minh has no daylight saving time), which PostgreSQL and H2 both do.
     */
    Map<LocalDate, Long> submissionsPerDay(UUID campaignId, int zoneOffsetSeconds) {
        return perDay("d.submitted_at", "d.submitted_at is not null", zoneOffsetSeconds, campaignId);
    }

    /** Dossiers finished (DECIDED, REJECTED, EXPIRED) per day of their last change. */
    Map<LocalDate, Long> finishedPerDay(UUID campaignId, int zoneOffsetSeconds) {
        return perDay("d.updated_at", "d.status in ('DECIDED', 'REJECTED', 'EXPIRED')", zoneOffsetSeconds, campaignId);
    }

    /** The campaign's dossiers meeting {@code condition}, counted per business day of the column {@code at}. */
    private Map<LocalDate, Long> perDay(String at, String condition, int zoneOffsetSeconds, UUID campaignId) {
        String inner = "select floor((extract(epoch from " + at + ") + ?) / " + SECONDS_PER_DAY + ") as day_no "
                + "from dossier d where in_commune(d.commune_code) and d.campaign_id = ? and " + condition;
        Map<LocalDate, Long> days = new java.util.TreeMap<>();
        // grouped outside: PostgreSQL does not see two "?" in select and group by as the same expression
        jdbc.sql("select x.day_no, count(*) as n from (" + inner + ") x group by x.day_no")
                .params(zoneOffsetSeconds, campaignId)
                .query((RowCallbackHandler)
                        rs -> days.put(LocalDate.ofEpochDay(rs.getLong("day_no")), rs.getLong("n")));
        return days;
    }

    /** Titles and unit names of a few dossiers (those named by failed jobs), in one query. */
    Map<UUID, String[]> titles(List<UUID> dossierIds) {
        Map<UUID, String[]> titles = new java.util.HashMap<>();
        if (dossierIds.isEmpty()) {
            return titles;
        }
        jdbc.sql(
                        "select d.id, d.title, u.name from dossier d join unit u on u.code = d.unit_code and u.commune_code = d.commune_code where in_commune(d.commune_code) and d.id in (:ids)")
                .param("ids", dossierIds)
                .query((RowCallbackHandler) rs -> titles.put(
                        rs.getObject("id", UUID.class), new String[] {rs.getString("title"), rs.getString("name")}));
        return titles;
    }

    private static UnitRow unitRow(ResultSet rs, int row) throws SQLException {
        return new UnitRow(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getLong("dossiers"),
                rs.getLong("drafts"),
                rs.getLong("submitted"),
                rs.getLong("decided"),
                rs.getLong("amendments"),
                instant(rs.getTimestamp("last_submitted")));
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
