package vn.bacson.khenthuong.tasklist.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.tasklist.TaskFilter;
import vn.bacson.khenthuong.tasklist.TaskItem;
import vn.bacson.khenthuong.tasklist.TaskListService;
import vn.bacson.khenthuong.web.PageController;

/**
 * The chairman's compact view of one campaign: every dossier waiting for the decision, as cards that fit a phone,
 * each with the council's result and (for the chairman) the award per nominee and the decide button. The office
 * lead and the culture-social office see the same cards without the form.
 */
@PageController
class ChairmanPages {

    private final DossierService dossiers;
    private final CampaignService campaigns;
    private final TaskListService tasks;

    ChairmanPages(DossierService dossiers, CampaignService campaigns, TaskListService tasks) {
        this.dossiers = dossiers;
        this.campaigns = campaigns;
        this.tasks = tasks;
    }

    @GetMapping("/chairman")
    String waiting(@RequestParam(required = false) UUID campaignId, CurrentUser user, Model model) {
        if (!user.hasAny(Roles.CHAIRMAN, Roles.CULTURE_SOCIAL, Roles.OFFICE_LEAD)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        List<CampaignView> all = campaigns.list(PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .map(campaigns::view)
                .toList();
        CampaignView campaign = all.stream()
                .filter(c -> campaignId == null || c.id().equals(campaignId))
                .findFirst()
                .orElse(null);
        List<DossierView> waiting = campaign == null
                ? List.of()
                : dossiers
                        .list(campaign.id(), DossierStatus.IN_REVIEW, null, PageQuery.of(0, PageQuery.MAX_SIZE), user)
                        .items()
                        .stream()
                        .filter(d -> d.stage() == Stage.CHAIRMAN_DECISION)
                        .toList();
        Map<UUID, String> taskIds = new HashMap<>();
        if (campaign != null && user.has(Roles.CHAIRMAN)) {
            for (TaskItem t : tasks.list(
                            user,
                            new TaskFilter(Stage.CHAIRMAN_DECISION, campaign.id(), null, null, false),
                            PageQuery.of(0, PageQuery.MAX_SIZE))
                    .items()) {
                taskIds.put(t.dossierId(), t.id());
            }
        }
        int recording = 0;
        if (user.has(Roles.CHAIRMAN)) {
            // a decided dossier keeps its stage until the engine has recorded the decision (a job, seconds later):
            // for the chairman a dossier waits only while its decision task is open, so the list does not go stale
            List<DossierView> open =
                    waiting.stream().filter(d -> taskIds.containsKey(d.id())).toList();
            recording = waiting.size() - open.size();
            waiting = open;
        }
        Map<UUID, TaskForm> forms = new HashMap<>();
        waiting.forEach(d -> forms.put(d.id(), TaskForm.defaults(StageFields.CHAIRMAN_DECISION, d)));
        model.addAttribute("campaigns", all);
        model.addAttribute("campaign", campaign);
        model.addAttribute("waiting", waiting);
        model.addAttribute("recording", recording);
        model.addAttribute("taskIds", taskIds);
        model.addAttribute("forms", forms);
        model.addAttribute("chairmanAwards", ChairmanAward.values());
        return "chairman/waiting";
    }
}
