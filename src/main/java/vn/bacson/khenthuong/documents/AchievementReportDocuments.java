package vn.bacson.khenthuong.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.AchievementReportService.Printable;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Draws up a Báo cáo thành tích filled in on the system with the template set of its dossier's campaign: the PDF
 * and DOCX of the API, the page's inline view and the form's preview all come from here.
 */
@Component
public class AchievementReportDocuments {

    private final CampaignRepository campaigns;
    private final CampaignTemplateSets templateSets;
    private final UnitRepository units;
    private final OfficialDocuments documents;
    private final DocumentRenderer renderer;
    private final ZoneId zone;

    AchievementReportDocuments(
            CampaignRepository campaigns,
            CampaignTemplateSets templateSets,
            UnitRepository units,
            OfficialDocuments documents,
            DocumentRenderer renderer,
            ZoneId businessZone) {
        this.campaigns = campaigns;
        this.templateSets = templateSets;
        this.units = units;
        this.documents = documents;
        this.renderer = renderer;
        this.zone = businessZone;
    }

    /** The document to draw up: dated the day of the report's last change, in the business zone. */
    public OfficialDocument document(Printable printable) {
        Campaign campaign = campaigns
                .find(printable.dossier().campaignId())
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        String unitName = units.find(printable.dossier().unitCode())
                .map(Unit::name)
                .orElse(printable.dossier().unitCode());
        return documents.achievementReport(new AchievementReportData(
                LocalDate.ofInstant(printable.report().updatedAt(), zone),
                campaign,
                templateSets.of(campaign.id()),
                unitName,
                printable.nominee(),
                printable.report()));
    }

    public byte[] render(OfficialDocument document, DocumentFormat format) {
        return renderer.render(document, format);
    }
}
