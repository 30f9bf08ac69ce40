package vn.bacson.khenthuong.documents;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The template set each campaign's documents are drawn up with (campaign.document_template). */
@Component
public class CampaignTemplateSets {

    private final JdbcClient jdbc;
    private final OfficialDocuments documents;

    public CampaignTemplateSets(JdbcClient jdbc, OfficialDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** The campaign's set, or the configured default when it names one the configuration does not know. */
    public String of(UUID campaignId) {
        String set = jdbc.sql("select document_template from campaign where in_commune(commune_code) and id = ?")
                .param(campaignId)
                .query(String.class)
                .optional()
                .orElse(null);
        return documents.templateSet(set);
    }

    void set(UUID campaignId, String templateSet) {
        jdbc.sql("update campaign set document_template = ? where in_commune(commune_code) and id = ?")
                .params(templateSet, campaignId)
                .update();
    }
}
