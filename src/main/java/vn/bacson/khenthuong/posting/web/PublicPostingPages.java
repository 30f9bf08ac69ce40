package vn.bacson.khenthuong.posting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.PublicCommunes;
import vn.bacson.khenthuong.posting.FeedbackRequest;
import vn.bacson.khenthuong.posting.PostedDossier;
import vn.bacson.khenthuong.posting.PostedDossier.CampaignRef;
import vn.bacson.khenthuong.posting.PublicPostingService;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * The public posting page (niêm yết công khai), no login: the nominees under posting, campaign by campaign, with
 * the end of each posting and a feedback form per dossier (CSRF token, checked again on the server). One page per
 * commune ({@code /cong-khai/{communeCode}/niem-yet}); the old path serves the installation's default commune.
 */
@PageController
class PublicPostingPages {

    /** The dossiers of one campaign under posting. */
    record CampaignGroup(CampaignRef campaign, List<PostedDossier> dossiers) {}

    private final PublicPostingService postings;
    private final Flash flash;
    private final PublicCommunes communes;

    PublicPostingPages(PublicPostingService postings, Flash flash, PublicCommunes communes) {
        this.postings = postings;
        this.flash = flash;
        this.communes = communes;
    }

    /** The installation's default commune (the path of v1). */
    @GetMapping("/cong-khai/niem-yet")
    String page(@RequestParam(required = false) String campaign, Model model) {
        return in(
                communes.defaultCommune(), "/cong-khai", model, () -> page(campaign, model, null, Map.of(), Map.of()));
    }

    @GetMapping("/cong-khai/{communeCode}/niem-yet")
    String communePage(@PathVariable String communeCode, @RequestParam(required = false) String campaign, Model model) {
        return in(
                communes.require(communeCode),
                "/cong-khai/" + communeCode,
                model,
                () -> page(campaign, model, null, Map.of(), Map.of()));
    }

    @PostMapping("/cong-khai/niem-yet/{dossierId}/y-kien")
    String send(
            @PathVariable UUID dossierId,
            @RequestParam(required = false) String senderName,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) String nomineeId,
            @RequestParam(required = false) String campaign,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return in(
                communes.defaultCommune(),
                "/cong-khai",
                model,
                () -> sendFeedback(
                        dossierId, senderName, contact, content, nomineeId, campaign, request, model, redirect));
    }

    @PostMapping("/cong-khai/{communeCode}/niem-yet/{dossierId}/y-kien")
    String sendInCommune(
            @PathVariable String communeCode,
            @PathVariable UUID dossierId,
            @RequestParam(required = false) String senderName,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) String nomineeId,
            @RequestParam(required = false) String campaign,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return in(
                communes.require(communeCode),
                "/cong-khai/" + communeCode,
                model,
                () -> sendFeedback(
                        dossierId, senderName, contact, content, nomineeId, campaign, request, model, redirect));
    }

    /** The page's work in the commune; the header names it, the links stay under its base path. */
    private String in(Commune commune, String base, Model model, Supplier<String> work) {
        model.addAttribute("commune", commune);
        model.addAttribute("publicBase", base);
        return communes.in(commune.code(), work);
    }

    private String sendFeedback(
            UUID dossierId,
            String senderName,
            String contact,
            String content,
            String nomineeId,
            String campaign,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        String code = campaignCode(campaign);
        String base = (String) model.getAttribute("publicBase");
        try {
            postings.submit(
                    dossierId, new FeedbackRequest(senderName, contact, content, nomineeId), request.getRemoteAddr());
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VALIDATION_FAILED) {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("senderName", senderName == null ? "" : senderName);
                form.put("contact", contact == null ? "" : contact);
                form.put("content", content == null ? "" : content);
                form.put("nomineeId", nomineeId == null ? "" : nomineeId);
                model.addAttribute("formError", e.getMessage());
                return page(code, model, dossierId, Pages.fieldErrors(e), form);
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
            return redirect(base, code, null);
        }
        flash.success(redirect, "public.posting.sent");
        return redirect(base, code, dossierId);
    }

    private String page(
            String campaign, Model model, UUID errorDossierId, Map<String, String> errors, Map<String, String> form) {
        String code = campaignCode(campaign);
        CampaignRef selected = null;
        if (code != null) {
            selected = postings.campaignByCode(code).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND));
        }
        List<PostedDossier> open = postings.openPostings(
                        selected == null ? null : selected.id(), PageQuery.of(0, PageQuery.MAX_SIZE))
                .items();
        Map<UUID, CampaignGroup> groups = new LinkedHashMap<>();
        for (PostedDossier dossier : open) {
            groups.computeIfAbsent(
                            dossier.campaign().id(), id -> new CampaignGroup(dossier.campaign(), new ArrayList<>()))
                    .dossiers()
                    .add(dossier);
        }
        model.addAttribute("selectedCampaign", selected);
        model.addAttribute("groups", List.copyOf(groups.values()));
        model.addAttribute("errorDossierId", errorDossierId);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("maxContent", PublicPostingService.MAX_CONTENT);
        model.addAttribute("maxSenderName", PublicPostingService.MAX_SENDER_NAME);
        model.addAttribute("maxContact", PublicPostingService.MAX_CONTACT);
        return "public/postings";
    }

    private static String redirect(String base, String campaignCode, UUID dossierId) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(base + "/niem-yet");
        if (campaignCode != null) {
            url.queryParam("campaign", campaignCode);
        }
        if (dossierId != null) {
            url.fragment("dossier-" + dossierId);
        }
        return "redirect:" + url.encode().build().toUriString();
    }

    private static String campaignCode(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
