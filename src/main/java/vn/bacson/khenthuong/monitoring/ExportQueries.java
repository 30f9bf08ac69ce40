package vn.bacson.khenthuong.monitoring;

import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the dashboard's exports, streamed one by one to the writer. */
@Repository
class ExportQueries {

    private final JdbcClient jdbc;

    ExportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per nominee of every dossier of the campaign (a dossier without nominees gives one row). */
    void exportDossiers(UUID campaignId, RowCallbackHandler handler) {
        jdbc.sql(
                        "select d.id as dossier_id, u.name as unit_name, d.title, d.status, d.stage, d.submitted_at, "
                                + "n.full_name, n.nominee_type, n.position_title, n.proposed_award, n.eligibility, n.reasons, "
                                + "n.outcome, dc.number as decision_number, n.province_decision_number "
                                + "from dossier d join unit u on u.code = d.unit_code and u.commune_code = d.commune_code "
                                + "left join nominee n on n.dossier_id = d.id "
                                + "left join decision dc on dc.id = n.decision_id "
                                + "where in_commune(d.commune_code) and d.campaign_id = ? order by u.name, d.created_at, d.id, n.position_no")
                .param(campaignId)
                .query(handler);
    }

    /** Awarded nominees (Giấy khen of the commune, Bằng khen of the province) with their decision, by decision. */
    void exportAwardees(UUID campaignId, RowCallbackHandler handler) {
        jdbc.sql("select n.outcome, n.full_name, n.nominee_type, n.position_title, u.name as unit_name, "
                        + "case when n.outcome = 'BANG_KHEN_CHU_TICH_TINH' then n.province_decision_number "
                        + "else dc.number end as decision_number, "
                        + "case when n.outcome = 'BANG_KHEN_CHU_TICH_TINH' then n.province_decided_on "
                        + "else dc.decided_on end as decided_on "
                        + "from nominee n join dossier d on d.id = n.dossier_id join unit u on u.code = d.unit_code and u.commune_code = d.commune_code "
                        + "left join decision dc on dc.id = n.decision_id "
                        + "where in_commune(d.commune_code) and d.campaign_id = ? and n.outcome in ('GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH') "
                        + "order by decided_on, decision_number, u.name, n.full_name")
                .param(campaignId)
                .query(handler);
    }
}
