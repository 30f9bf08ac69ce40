package vn.bacson.khenthuong.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.province.ProposalOverdue;

/**
 * The province dashboard's figures: one grouped statement per figure for every commune at once (never a statement
 * per commune), in {@link CommuneContext#ALL}. The same read model as the campaign dashboard's queries: our tables
 * read, never written. Runs unchanged on PostgreSQL and H2.
 */
@Repository
class ProvinceQueries {

    /** A campaign's window, to tell the open ones (the dates are compared in Java: H2 and PostgreSQL differ). */
    record CampaignWindow(UUID id, String communeCode, LocalDate congressDate, int windowDays) {

        boolean openOn(LocalDate today) {
            return congressDate != null
                    && !today.isBefore(congressDate)
                    && !today.isAfter(congressDate.plusDays(windowDays));
        }
    }

    /** A count of one key within a commune (a status, a stage). */
    record Count(String communeCode, String key, long n) {}

    record Tasks(long open, long overdue) {}

    /** The proposals of a commune at one province stage (key RETURNED: sent back), and those past their date. */
    record ProposalCount(String communeCode, String key, long n, long overdue) {}

    /** A proposal past its date, by the province's one rule ({@link ProposalOverdue}). */
    static final String PROPOSAL_OVERDUE = ProposalOverdue.sql(":now");

    private final JdbcClient jdbc;

    ProvinceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CampaignWindow> campaigns() {
        return jdbc.sql(
                        "select id, commune_code, congress_date, window_days from campaign where in_commune(commune_code)")
                .query((rs, n) -> new CampaignWindow(
                        rs.getObject("id", UUID.class),
                        rs.getString("commune_code"),
                        rs.getObject("congress_date", LocalDate.class),
                        rs.getInt("window_days")))
                .list();
    }

    List<Count> dossiersByStatus() {
        return jdbc.sql("select commune_code, status, count(*) as n from dossier where in_commune(commune_code) "
                        + "group by commune_code, status")
                .query((rs, n) -> new Count(rs.getString("commune_code"), rs.getString("status"), rs.getLong("n")))
                .list();
    }

    /**
     * Per commune, over these open campaigns: the units (not dissolved) of the campaign's commune without a
     * submitted dossier in it ({@link MonitoringQueries#SUBMITTED}).
     */
    Map<String, Long> unitsNotSubmitted(List<UUID> openCampaigns) {
        Map<String, Long> counts = new HashMap<>();
        if (openCampaigns.isEmpty()) {
            return counts;
        }
        jdbc.sql("select c.commune_code, count(*) as n from campaign c "
                        + "join unit u on u.commune_code = c.commune_code and u.dissolved = false "
                        + "where in_commune(c.commune_code) and c.id in (:ids) and not exists (select 1 from dossier d "
                        + "where in_commune(d.commune_code) and d.campaign_id = c.id and d.commune_code = u.commune_code and d.unit_code = u.code and "
                        + MonitoringQueries.SUBMITTED + ") group by c.commune_code")
                .param("ids", openCampaigns)
                .query((RowCallbackHandler) rs -> counts.put(rs.getString("commune_code"), rs.getLong("n")));
        return counts;
    }

    /** Open tasks of the commune dossiers (the province's own review tasks left out) and those past due. */
    Map<String, Tasks> tasks(Instant now) {
        Map<String, Tasks> tasks = new HashMap<>();
        jdbc.sql("select commune_code, count(*) as open, "
                        + "sum(case when due is not null and due < :now then 1 else 0 end) as overdue "
                        + "from task_projection where in_commune(commune_code) and (stage is null or stage not in "
                        + "('PROVINCE_APPRAISAL', 'PROVINCE_COUNCIL', 'PROVINCE_DECISION')) group by commune_code")
                .param("now", Timestamp.from(now))
                .query((RowCallbackHandler) rs ->
                        tasks.put(rs.getString("commune_code"), new Tasks(rs.getLong("open"), rs.getLong("overdue"))));
        return tasks;
    }

    /**
     * The communes' proposals at the province: those in review by stage, and those returned (key RETURNED); with how
     * many of them are overdue ({@link #PROPOSAL_OVERDUE}).
     */
    List<ProposalCount> proposals(Instant now) {
        return jdbc.sql("select commune_code, case when status = 'RETURNED' then 'RETURNED' else stage end as k, "
                        + "count(*) as n, sum(" + PROPOSAL_OVERDUE + ") as overdue "
                        + "from province_proposal where in_commune(commune_code) "
                        + "and status in ('IN_REVIEW', 'RETURNED') "
                        + "group by commune_code, case when status = 'RETURNED' then 'RETURNED' else stage end")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new ProposalCount(
                        rs.getString("commune_code"), rs.getString("k"), rs.getLong("n"), rs.getLong("overdue")))
                .list();
    }
}
