package vn.bacson.khenthuong.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;

/** The nominees of a campaign's submitted dossiers (not drafts, not withdrawn), in unit and list order. */
@Component
public class CampaignNominees {

    private final JdbcClient jdbc;
    private final NomineeRepository nominees;

    public CampaignNominees(JdbcClient jdbc, NomineeRepository nominees) {
        this.jdbc = jdbc;
        this.nominees = nominees;
    }

    public List<Nominee> submitted(UUID campaignId) {
        return load(jdbc.sql(
                        "select n.id from nominee n join dossier d on d.id = n.dossier_id and in_commune(d.commune_code) "
                                + "where d.campaign_id = ? and d.status not in ('DRAFT', 'WITHDRAWN') "
                                + "order by d.unit_code, d.created_at, n.position_no")
                .param(campaignId)
                .query(UUID.class)
                .list());
    }

    private List<Nominee> load(List<UUID> ids) {
        Map<UUID, Nominee> found = new HashMap<>();
        nominees.findAll(ids).forEach(n -> found.put(n.id(), n));
        return ids.stream().map(found::get).toList();
    }
}
