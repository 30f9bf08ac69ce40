package vn.bacson.khenthuong.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldLabels;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.council.CouncilSession;
import vn.bacson.khenthuong.council.CouncilSessionRequest;
import vn.bacson.khenthuong.council.CouncilSessionService;
import vn.bacson.khenthuong.dossier.NomineeBatches;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.web.PageController;

/** The council's page: the dossiers waiting for the council in one table, one votes input per nominee. */
@PageController
class CouncilSessionPages {

    private final CouncilSessionService service;
    private final CampaignRepository campaigns;
    private final FieldLabels labels;
    private final NomineeBatches batches;
    private final Clock clock;
    private final ZoneId zone;

    CouncilSessionPages(
            CouncilSessionService service,
            CampaignRepository campaigns,
            NomineeBatches batches,
            Clock clock,
            ZoneId businessZone,
            FieldLabels labels) {
        this.labels = labels;
        this.clock = clock;
        this.zone = businessZone;
        this.service = service;
        this.campaigns = campaigns;
        this.batches = batches;
    }

    @GetMapping("/council/sessions/new")
    String form(@RequestParam(required = false) UUID campaignId, CurrentUser user, Model model) {
        requireCouncil(user);
        fill(model, campaignId);
        model.addAttribute("meetingDate", LocalDate.now(clock.withZone(zone)));
        return "council/session-form";
    }

    @PostMapping("/council/sessions")
    String record(@RequestParam MultiValueMap<String, String> form, CurrentUser user, Model model) {
        requireCouncil(user);
        UUID campaignId = Ids.uuidOrNull(form.getFirst("campaignId"));
        List<CouncilSessionRequest.Vote> votes = new ArrayList<>();
        for (int i = 0; form.containsKey("votes[" + i + "].nomineeId"); i++) {
            votes.add(new CouncilSessionRequest.Vote(
                    Ids.uuidOrNull(form.getFirst("votes[" + i + "].nomineeId")),
                    integer(form.getFirst("votes[" + i + "].votesFor"))));
        }
        CouncilSessionRequest request = new CouncilSessionRequest(
                campaignId,
                date(form.getFirst("meetingDate")),
                integer(form.getFirst("membersTotal")),
                integer(form.getFirst("membersPresent")),
                integer(form.getFirst("absentWrittenOpinions")),
                blankToNull(form.getFirst("comment")),
                votes);
        try {
            CouncilSession session = service.record(request, user);
            return "redirect:/council/sessions/" + session.id();
        } catch (DomainException e) {
            fill(model, campaignId);
            model.addAttribute("meetingDate", request.meetingDate());
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errors", labels.describeAll(e));
            return "council/session-form";
        }
    }

    @GetMapping("/council/sessions/{id}")
    String view(@PathVariable UUID id, CurrentUser user, Model model) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        CouncilSession session = service.find(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND));
        // not "session": Thymeleaf reserves that name for the HTTP session
        model.addAttribute("councilSession", session);
        model.addAttribute("campaign", campaigns.find(session.campaignId()).orElse(null));
        return "council/session";
    }

    private void fill(Model model, UUID campaignId) {
        model.addAllAttributes(batches.form(campaignId, Stage.COUNCIL_REVIEW).pageAttributes("voteIndex"));
        model.addAttribute("form", Map.of());
    }

    private static void requireCouncil(CurrentUser user) {
        if (!user.has(Roles.COUNCIL)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        return Formats.parseDate(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
