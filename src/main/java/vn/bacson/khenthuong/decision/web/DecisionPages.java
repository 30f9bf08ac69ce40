package vn.bacson.khenthuong.decision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldLabels;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.decision.ChairmanDecisionService;
import vn.bacson.khenthuong.decision.Decision;
import vn.bacson.khenthuong.decision.DecisionRequest;
import vn.bacson.khenthuong.decision.DecisionSigning;
import vn.bacson.khenthuong.decision.FrozenDocument;
import vn.bacson.khenthuong.decision.VerificationCode;
import vn.bacson.khenthuong.decision.VerificationLinks;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.NomineeBatches;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.web.PageController;

/**
 * The chairman's batch page (the dossiers waiting for a decision, an award per nominee, preview, then decide) and the
 * decision's page: its documents, the Giấy khen, and "Ký số" for the chairman, who signs with the commune's key.
 */
@PageController
class DecisionPages {

    private final ChairmanDecisionService service;
    private final CampaignRepository campaigns;
    private final FieldLabels labels;
    private final NomineeBatches batches;
    private final DecisionSigning signing;
    private final VerificationLinks links;
    private final MessageSource messages;

    DecisionPages(
            ChairmanDecisionService service,
            CampaignRepository campaigns,
            NomineeBatches batches,
            FieldLabels labels,
            DecisionSigning signing,
            VerificationLinks links,
            MessageSource messages) {
        this.labels = labels;
        this.service = service;
        this.campaigns = campaigns;
        this.batches = batches;
        this.signing = signing;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/decisions/new")
    String form(@RequestParam(required = false) UUID campaignId, CurrentUser user, Model model) {
        requireChairman(user);
        fill(model, campaignId);
        return "decisions/batch-form";
    }

    @PostMapping("/decisions/preview")
    ResponseEntity<byte[]> preview(@RequestParam MultiValueMap<String, String> form, CurrentUser user) {
        requireChairman(user);
        return DocumentResponses.download(
                service.preview(request(form), user, DocumentFormat.PDF), DocumentFormat.PDF, "du-thao-quyet-dinh");
    }

    @PostMapping("/decisions")
    String decide(@RequestParam MultiValueMap<String, String> form, CurrentUser user, Model model) {
        requireChairman(user);
        DecisionRequest request = request(form);
        try {
            return "redirect:/decisions/" + service.decide(request, user).id();
        } catch (DomainException e) {
            fill(model, request.campaignId());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errors", labels.describeAll(e));
            return "decisions/batch-form";
        }
    }

    @GetMapping("/decisions/{id}")
    String view(@PathVariable UUID id, CurrentUser user, Model model) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        Decision decision = service.find(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND));
        List<FrozenDocument> frozen = service.frozen(id);
        FrozenDocument signedPdf = frozen.stream()
                .filter(d -> d.format() == DocumentFormat.PDF && d.signedAt() != null)
                .findFirst()
                .orElse(null);
        model.addAttribute("decision", decision);
        model.addAttribute(
                "documents",
                frozen.stream()
                        .map(d -> Map.of("format", d.format().name(), "sha256", d.sha256()))
                        .toList());
        model.addAttribute("signedPdf", signedPdf);
        model.addAttribute("canSign", signedPdf == null && user.has(Roles.CHAIRMAN));
        model.addAttribute("verifyUrl", links.url(VerificationCode.decision(id)));
        model.addAttribute("campaign", campaigns.find(decision.campaignId()).orElse(null));
        return "decisions/decision";
    }

    /** The chairman signs the decision with the commune's key on the server (after the page's confirmation). */
    @PostMapping("/decisions/{id}/sign")
    String sign(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            signing.sign(id, user);
            redirect.addFlashAttribute("flashSuccess", text("decision.view.signedFlash"));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/decisions/" + id;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static DecisionRequest request(MultiValueMap<String, String> form) {
        List<DecisionRequest.Award> awards = new ArrayList<>();
        for (int i = 0; form.containsKey("awards[" + i + "].nomineeId"); i++) {
            awards.add(new DecisionRequest.Award(
                    Ids.uuidOrNull(form.getFirst("awards[" + i + "].nomineeId")),
                    form.getFirst("awards[" + i + "].award")));
        }
        return new DecisionRequest(Ids.uuidOrNull(form.getFirst("campaignId")), awards, form.getFirst("comment"));
    }

    private void fill(Model model, UUID campaignId) {
        model.addAllAttributes(batches.form(campaignId, Stage.CHAIRMAN_DECISION).pageAttributes("awardIndex"));
        model.addAttribute("chairmanAwards", ChairmanAward.values());
    }

    private static void requireChairman(CurrentUser user) {
        if (!user.has(Roles.CHAIRMAN)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }
}
