package vn.bacson.khenthuong.documents;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.identity.CurrentUser;

/** Biểu tóm tắt thành tích of a dossier and of a campaign, and the template set a campaign's documents use. */
@RestController
@Tag(name = "Documents", description = "Official documents drawn up from the recorded data")
class DocumentController {

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final CampaignRepository campaigns;
    private final CampaignNominees campaignNominees;
    private final AwardeeRows rows;
    private final OfficialDocuments documents;
    private final DocumentRenderer renderer;
    private final CampaignTemplateSets templateSets;
    private final IssuerProperties issuer;
    private final Clock clock;
    private final ZoneId zone;

    DocumentController(
            DossierRepository dossiers,
            NomineeRepository nominees,
            CampaignRepository campaigns,
            CampaignNominees campaignNominees,
            AwardeeRows rows,
            OfficialDocuments documents,
            DocumentRenderer renderer,
            CampaignTemplateSets templateSets,
            IssuerProperties issuer,
            Clock clock,
            ZoneId businessZone) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.campaigns = campaigns;
        this.campaignNominees = campaignNominees;
        this.rows = rows;
        this.documents = documents;
        this.renderer = renderer;
        this.templateSets = templateSets;
        this.issuer = issuer;
        this.clock = clock;
        this.zone = businessZone;
    }

    @GetMapping("/api/dossiers/{id}/summary.{extension}")
    @Operation(
            summary = "Biểu tóm tắt thành tích of a dossier (summary.pdf or summary.docx); staff, or the unit "
                    + "that owns the dossier")
    ResponseEntity<byte[]> dossierSummary(@PathVariable UUID id, @PathVariable String extension, CurrentUser user) {
        DocumentFormat format = DocumentResponses.format(extension);
        Dossier dossier = dossiers.find(id)
                .filter(d -> user.isStaff()
                        || (user.unitCode() != null && user.unitCode().equals(d.unitCode())))
                .orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
        Campaign campaign = campaign(dossier.campaignId());
        List<AwardeeRow> list = rows.of(nominees.findByDossier(id), SUMMARY);
        String unitName = rows.unitNames(List.of(id)).get(id);
        OfficialDocument document = documents.summary(new SummaryData(
                today(),
                campaign,
                templateSets.of(campaign.id()),
                "(Hồ sơ: " + dossier.title() + " – " + unitName + ")",
                "bieu-tom-tat-" + unitName,
                list));
        return DocumentResponses.download(renderer.render(document, format), format, document.fileName());
    }

    @GetMapping("/api/campaigns/{id}/summary.{extension}")
    @Operation(summary = "Biểu tóm tắt thành tích of every submitted dossier of a campaign (staff)")
    ResponseEntity<byte[]> campaignSummary(@PathVariable UUID id, @PathVariable String extension, CurrentUser user) {
        requireStaff(user);
        DocumentFormat format = DocumentResponses.format(extension);
        Campaign campaign = campaign(id);
        OfficialDocument document = documents.summary(new SummaryData(
                today(),
                campaign,
                templateSets.of(id),
                null,
                "bieu-tom-tat-" + campaign.code(),
                rows.of(campaignNominees.submitted(id), SUMMARY)));
        return DocumentResponses.download(renderer.render(document, format), format, document.fileName());
    }

    record TemplateSetView(String templateSet, String legalReference, List<String> available) {}

    record TemplateSetRequest(String templateSet) {}

    @GetMapping("/api/campaigns/{id}/document-template")
    @Operation(summary = "The template set (with its legal reference) the campaign's documents are drawn up with")
    TemplateSetView templateSet(@PathVariable UUID id, CurrentUser user) {
        requireStaff(user);
        campaign(id);
        return view(templateSets.of(id));
    }

    @PutMapping("/api/campaigns/{id}/document-template")
    @Operation(summary = "Choose the campaign's template set, e.g. ND152-2025 or ND98-2023 (campaign managers)")
    TemplateSetView chooseTemplateSet(
            @PathVariable UUID id, @RequestBody TemplateSetRequest request, CurrentUser user) {
        if (!user.canManageCampaigns()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        campaign(id);
        if (request == null
                || request.templateSet() == null
                || !issuer.templateSets().containsKey(request.templateSet())) {
            throw DomainException.invalid(
                    "templateSet",
                    "INVALID_VALUE",
                    "Giá trị phải là một trong: "
                            + String.join(
                                    ", ",
                                    issuer.templateSets().keySet().stream()
                                            .sorted()
                                            .toList()) + ".");
        }
        templateSets.set(id, request.templateSet());
        return view(request.templateSet());
    }

    private TemplateSetView view(String set) {
        return new TemplateSetView(
                set,
                issuer.templateSet(set).legalReference(),
                issuer.templateSets().keySet().stream().sorted().toList());
    }

    /** The proposed award, and in the notes what became of the nominee so far. */
    static final AwardeeRows.Labeller SUMMARY = new AwardeeRows.Labeller() {
        @Override
        public String award(Nominee n) {
            return n.proposedAward() == null ? null : n.proposedAward().name();
        }

        @Override
        public String note(Nominee n) {
            return switch (n.outcome()) {
                case GIAY_KHEN_CHU_TICH_XA -> "Đã được tặng Giấy khen";
                case PROPOSED_BANG_KHEN_CHU_TICH_TINH -> "Đã đề nghị Chủ tịch UBND tỉnh tặng Bằng khen";
                case BANG_KHEN_CHU_TICH_TINH ->
                    "Được tặng Bằng khen"
                            + (n.provinceDecisionNumber() == null ? "" : " (QĐ số " + n.provinceDecisionNumber() + ")");
                case NOT_AWARDED -> "Không được khen thưởng";
                case PENDING ->
                    n.eligibility() == Eligibility.INELIGIBLE
                            ? "Không đủ điều kiện"
                            : n.eligibility() == Eligibility.PENDING ? "Đang xem xét" : "";
            };
        }
    };

    private Campaign campaign(UUID id) {
        return campaigns.find(id).orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }
}
