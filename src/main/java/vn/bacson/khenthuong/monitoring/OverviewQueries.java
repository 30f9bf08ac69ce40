package vn.bacson.khenthuong.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the overview of current campaigns, each one grouped statement for all the campaigns listed. */
@Repository
class OverviewQueries {

    /** Per campaign: the units (not dissolved) that submitted, and the dossiers still in progress. */
    record CampaignFigures(long unitsSubmitted, long inProgress) {}

    private final JdbcClient jdbc;

    OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the campaign overview for these campaigns, in one grouped statement. */
    Map<UUID, CampaignFigures> campaignFigures(List<UUID> campaignIds) {
        Map<UUID, CampaignFigures> figures = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return figures;
        }
        jdbc.sql("select d.campaign_id, count(distinct case when " + MonitoringQueries.SUBMITTED
                        + " and u.dissolved = false then d.unit_code end) as units_submitted, "
                        + "sum(case when d.status in ('SUBMITTED', 'IN_REVIEW', 'AMENDMENT_REQUESTED', "
                        + "'PROVINCE_PENDING') then 1 else 0 end) as in_progress "
                        + "from dossier d join unit u on u.code = d.unit_code and u.commune_code = d.commune_code where in_commune(d.commune_code) and d.campaign_id in (:ids) "
                        + "group by d.campaign_id")
                .param("ids", campaignIds)
                .query((RowCallbackHandler) rs -> figures.put(
                        rs.getObject("campaign_id", UUID.class),
                        new CampaignFigures(rs.getLong("units_submitted"), rs.getLong("in_progress"))));
        return figures;
    }

    /** Units that may propose (not dissolved): the dashboard's list of units. */
    long activeUnits() {
        return jdbc.sql("select count(*) from unit where in_commune(commune_code) and dissolved = false")
                .query(Long.class)
                .single();
    }

    /** The campaign of each of these dossiers. */
    Map<UUID, UUID> campaignsOf(List<UUID> dossierIds) {
        Map<UUID, UUID> campaigns = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return campaigns;
        }
        jdbc.sql("select id, campaign_id from dossier where in_commune(commune_code) and id in (:ids)")
                .param("ids", dossierIds)
                .query((RowCallbackHandler)
                        rs -> campaigns.put(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class)));
        return campaigns;
    }
}
