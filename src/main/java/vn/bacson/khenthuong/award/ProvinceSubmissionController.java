package vn.bacson.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.council.CouncilSessionService;
import vn.bacson.khenthuong.documents.AwardeeRows;
import vn.bacson.khenthuong.documents.CampaignNominees;
import vn.bacson.khenthuong.documents.CampaignTemplateSets;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentRenderer;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.documents.OfficialDocuments;
import vn.bacson.khenthuong.documents.Rewards;
import vn.bacson.khenthuong.documents.SubmissionData;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.identity.CurrentUser;

/** The Tờ trình to the provincial chairman, through the Sở Nội vụ, for the campaign's Bằng khen proposals. */
@RestController
@Tag(name = "Documents")
class ProvinceSubmissionController {

    private final CampaignRepository campaigns;
    private final CampaignNominees nominees;
    private final AwardeeRows rows;
    private final CouncilSessionService councils;
    private final OfficialDocuments documents;
    private final DocumentRenderer renderer;
    private final CampaignTemplateSets templateSets;
    private final Clock clock;
    private final ZoneId zone;

    ProvinceSubmissionController(
            CampaignRepository campaigns,
            CampaignNominees nominees,
            AwardeeRows rows,
            CouncilSessionService councils,
            OfficialDocuments documents,
            DocumentRenderer renderer,
            CampaignTemplateSets templateSets,
            Clock clock,
            ZoneId businessZone) {
        this.campaigns = campaigns;
        this.nominees = nominees;
        this.rows = rows;
        this.councils = councils;
        this.documents = documents;
        this.renderer = renderer;
        this.templateSets = templateSets;
        this.clock = clock;
        this.zone = businessZone;
    }

    @GetMapping("/api/campaigns/{id}/province-submission.{extension}")
    @Operation(
            summary = "Tờ trình to the provincial chairman for the Bằng khen proposals of the campaign "
                    + "(province-submission.pdf or .docx; staff). The number is left blank for the clerk's register.")
    ResponseEntity<byte[]> submission(@PathVariable UUID id, @PathVariable String extension, CurrentUser user) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        DocumentFormat format = DocumentResponses.format(extension);
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        List<Nominee> all = nominees.submitted(id);
        List<Nominee> proposed = all.stream()
                .filter(n -> n.outcome() == Outcome.PROPOSED_BANG_KHEN_CHU_TICH_TINH
                        || n.outcome() == Outcome.BANG_KHEN_CHU_TICH_TINH
                        || (n.outcome() == Outcome.PENDING
                                && n.decidedAward() == ChairmanAward.PROPOSE_BANG_KHEN_CHU_TICH_TINH))
                .toList();
        List<Nominee> local = all.stream()
                .filter(n -> n.outcome() == Outcome.GIAY_KHEN_CHU_TICH_XA
                        || (n.outcome() == Outcome.PENDING && n.decidedAward() == ChairmanAward.GIAY_KHEN_CHU_TICH_XA))
                .toList();
        OfficialDocument document = documents.submission(new SubmissionData(
                LocalDate.now(clock.withZone(zone)),
                campaign,
                templateSets.of(id),
                rows.of(proposed, n -> Rewards.BANG_KHEN),
                rows.of(local, n -> Rewards.GIAY_KHEN),
                councils.latestMeetingDate(id).orElse(null)));
        return DocumentResponses.download(renderer.render(document, format), format, document.fileName());
    }
}
