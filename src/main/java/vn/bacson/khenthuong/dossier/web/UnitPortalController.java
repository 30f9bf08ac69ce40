package vn.bacson.khenthuong.dossier.web;

import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.web.PageController;

/** The unit's start page (campaigns with the days left, the unit's dossiers) and the staff's list of all dossiers. */
@PageController
class UnitPortalController {

    static final int PAGE_SIZE = 50;

    private final CampaignService campaigns;
    private final DossierService dossiers;

    UnitPortalController(CampaignService campaigns, DossierService dossiers) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
    }

    @GetMapping("/unit")
    String unit(CurrentUser user, Model model) {
        if (!user.canPropose()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        List<CampaignView> all = allCampaigns();
        model.addAttribute(
                "openCampaigns",
                all.stream().filter(c -> c.status() == CampaignStatus.OPEN).toList());
        model.addAttribute(
                "upcomingCampaigns",
                all.stream()
                        .filter(c -> c.status() == CampaignStatus.DRAFT_WINDOW)
                        .toList());
        model.addAttribute("campaignTitles", titles(all));
        model.addAttribute(
                "dossiers",
                dossiers.list(null, null, null, PageQuery.of(0, PageQuery.MAX_SIZE), user)
                        .items());
        return "unit/portal";
    }

    /** Everyone may call it; a unit user sees only their own unit's dossiers (the service filters). */
    @GetMapping("/dossiers")
    String all(
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        PageResult<DossierView> result =
                dossiers.list(campaignId, status, unit, PageQuery.of(Math.max(0, page), PAGE_SIZE), user);
        List<CampaignView> all = allCampaigns();
        model.addAttribute("result", result);
        model.addAttribute("campaigns", all);
        model.addAttribute("campaignTitles", titles(all));
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("status", status);
        model.addAttribute("unit", unit);
        model.addAttribute("hasNext", (long) (result.page() + 1) * result.size() < result.total());
        return "dossier/list";
    }

    private List<CampaignView> allCampaigns() {
        return campaigns.list(PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .map(campaigns::view)
                .toList();
    }

    private static java.util.Map<UUID, String> titles(List<CampaignView> all) {
        java.util.Map<UUID, String> titles = new java.util.HashMap<>();
        all.forEach(c -> titles.put(c.id(), c.code()));
        return titles;
    }
}
