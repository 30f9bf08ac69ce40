package vn.bacson.khenthuong.dossier.web;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.bacson.khenthuong.calendar.BusinessCalendar;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.AchievementReportView;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.DocumentView;
import vn.bacson.khenthuong.dossier.DossierPostings;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * What the dossier page and the task page show about a dossier: the view itself plus what the page needs to
 * present it (nominee names by id, whether this user may change it, documents that can be previewed inline,
 * the diagram element of the current stage). Presentation only; the services decide what is allowed.
 */
@Component
public class DossierPageModel {

    /** Content types a browser shows inline (PDF viewer, images); others are offered as a download. */
    static final Set<String> INLINE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /** History entries that carry a reviewer's decision (shown as "earlier stages' comments"). */
    static final Set<HistoryAction> REVIEW_ACTIONS = Set.of(
            HistoryAction.SELECTED,
            HistoryAction.APPRAISED,
            HistoryAction.COUNCIL_REVIEWED,
            HistoryAction.DECIDED,
            HistoryAction.RETURNED,
            HistoryAction.REJECTED,
            HistoryAction.AMENDMENT_REQUESTED,
            HistoryAction.PROVINCE_DECIDED);

    /** The diagram element a dossier under public posting waits at. */
    static final String POSTING_ELEMENT = "TimerEvent_PublicPostingEnded";

    private final CampaignService campaigns;
    private final DossierPostings postings;
    private final AppProperties.Workflow workflow;
    private final BusinessCalendar calendar;
    private final Clock clock;

    DossierPageModel(
            CampaignService campaigns,
            DossierPostings postings,
            AppProperties properties,
            BusinessCalendar calendar,
            Clock clock) {
        this.campaigns = campaigns;
        this.postings = postings;
        this.workflow = properties.workflow();
        this.calendar = calendar;
        this.clock = clock;
    }

    public void fill(Model model, DossierView view, CurrentUser user) {
        model.addAttribute("dossier", view);
        model.addAttribute("campaign", campaign(view));
        model.addAttribute("nomineeNames", nomineeNames(view));
        model.addAttribute("canEdit", canEdit(view, user));
        model.addAttribute("canWithdraw", isOwn(view, user) && withdrawable(view.status()));
        model.addAttribute("isOwner", isOwn(view, user));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("currentElement", currentElement(view));
        model.addAttribute("reportsByNominee", reportsByNominee(view));
        // what sending does, said before the unit sends: where the dossier goes first and, when documents are
        // missing, the amendment round it starts at once, with its deadline counted from today
        model.addAttribute("submitTo", workflow.partyBuildingStage() ? "role.party-building" : "role.culture-social");
        model.addAttribute("amendmentWorkingDays", workflow.amendmentWorkingDays());
        model.addAttribute(
                "amendmentDueIfSentNow",
                calendar.deadlineAfterWorkingDays(clock.instant(), workflow.amendmentWorkingDays()));
        model.addAttribute("uploadedReports", uploadedReports(view));
        // citizens' feedback of a posted dossier: staff only (the services refuse anyone else too)
        model.addAttribute(
                "feedback",
                view.publicPosting() != null && user.isStaff()
                        ? postings.feedback(view.id(), user, PageQuery.of(0, PageQuery.MAX_SIZE))
                        : null);
        model.addAttribute(
                "reviewComments",
                view.history().stream()
                        .filter(h -> REVIEW_ACTIONS.contains(h.action())
                                && h.comment() != null
                                && !h.comment().isBlank())
                        .toList());
    }

    static String currentElement(DossierView view) {
        if (view.publicPosting() != null && view.publicPosting().open()) {
            return POSTING_ELEMENT;
        }
        return view.stage() == null ? null : view.stage().taskDefinitionKey();
    }

    public boolean canEdit(DossierView view, CurrentUser user) {
        return isOwn(view, user) && DossierPages.isEditable(view.status());
    }

    static boolean isOwn(DossierView view, CurrentUser user) {
        return user.canPropose() && view.unit() != null && view.unit().code().equals(user.unitCode());
    }

    static boolean withdrawable(DossierStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED, AMENDMENT_REQUESTED, IN_REVIEW, PROVINCE_PENDING -> true;
            default -> false;
        };
    }

    static boolean inline(DocumentView document) {
        return INLINE_TYPES.contains(document.contentType());
    }

    static Map<UUID, String> nomineeNames(DossierView view) {
        Map<UUID, String> names = new LinkedHashMap<>();
        view.nominees().forEach(n -> names.put(n.id(), n.fullName()));
        return names;
    }

    /** The achievement reports filled in on the system, by nominee. */
    static Map<UUID, AchievementReportView.Summary> reportsByNominee(DossierView view) {
        Map<UUID, AchievementReportView.Summary> reports = new LinkedHashMap<>();
        view.achievementReports().forEach(r -> reports.put(r.nomineeId(), r));
        return reports;
    }

    /** The nominees with an uploaded Báo cáo thành tích. */
    static Set<UUID> uploadedReports(DossierView view) {
        Set<UUID> nominees = new HashSet<>();
        view.documents().stream()
                .filter(d -> d.kind() == DocumentKind.BAO_CAO_THANH_TICH && d.nomineeId() != null)
                .forEach(d -> nominees.add(d.nomineeId()));
        return nominees;
    }

    /** Documents that a reviewer previews in the page, PDF first. */
    public static List<DocumentView> previewable(DossierView view) {
        return view.documents().stream().filter(DossierPageModel::inline).toList();
    }

    private CampaignView campaign(DossierView view) {
        try {
            return campaigns.view(campaigns.get(view.campaignId()));
        } catch (DomainException e) {
            return null;
        }
    }
}
