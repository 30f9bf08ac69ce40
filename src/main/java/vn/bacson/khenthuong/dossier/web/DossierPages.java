package vn.bacson.khenthuong.dossier.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.BangKhenGround;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.FormRows;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * A unit's dossier pages: create and edit (title and nominees, rows added and removed by the server so the form
 * works without script), submit, withdraw. Every rule lives in {@link DossierService}; its field violations are
 * shown next to their fields, its refusals as a message on the dossier page.
 */
@PageController
public class DossierPages {

    static final String VIEW_FORM = "dossier/form";
    /** Codes a unit can meet when submitting or withdrawing: shown as a message, not as an error page. */
    public static final Set<ErrorCode> SUBMIT_REFUSALS = EnumSet.of(
            ErrorCode.SUBMISSION_WINDOW_CLOSED,
            ErrorCode.SUBMISSION_WINDOW_NOT_OPEN,
            ErrorCode.DOSSIER_ALREADY_SUBMITTED,
            ErrorCode.DOSSIER_NOT_WITHDRAWABLE,
            ErrorCode.DOSSIER_NOT_EDITABLE,
            ErrorCode.FORBIDDEN,
            ErrorCode.VALIDATION_FAILED);

    private final DossierService dossiers;
    private final CampaignService campaigns;
    private final DossierPageModel pageModel;
    private final Flash flash;

    DossierPages(DossierService dossiers, CampaignService campaigns, DossierPageModel pageModel, Flash flash) {
        this.dossiers = dossiers;
        this.campaigns = campaigns;
        this.pageModel = pageModel;
        this.flash = flash;
    }

    @GetMapping("/dossiers/new")
    String newDossier(@RequestParam(required = false) UUID campaignId, CurrentUser user, Model model) {
        requireProposer(user);
        return form(model, DossierForm.blank(campaignId), Map.of(), null);
    }

    @PostMapping("/dossiers/new")
    String create(
            @ModelAttribute("form") DossierForm form,
            BindingResult binding,
            @RequestParam(required = false) String addNominee,
            @RequestParam(required = false) Integer removeNominee,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        requireProposer(user);
        if (FormRows.edit(form.getNominees(), DossierForm.NomineeForm::new, addNominee, removeNominee)) {
            return form(model, form, Map.of(), null);
        }
        Map<String, String> errors = flash.bindingErrors(binding);
        if (!errors.isEmpty()) {
            return form(model, form, errors, null);
        }
        try {
            DossierView created = dossiers.create(form.toRequest(), user);
            flash.success(redirect, "dossier.flash.created");
            return "redirect:/dossiers/" + created.id();
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VALIDATION_FAILED) {
                return form(model, form, Pages.fieldErrors(e), null);
            }
            throw e;
        }
    }

    @GetMapping("/dossiers/{id}/edit")
    String edit(@PathVariable UUID id, CurrentUser user, Model model, RedirectAttributes redirect) {
        DossierView view = dossiers.view(id, user);
        if (!pageModel.canEdit(view, user)) {
            flash.error(redirect, "dossier.flash.notEditable");
            return "redirect:/dossiers/" + id;
        }
        return form(model, DossierForm.of(view), Map.of(), view);
    }

    @PostMapping("/dossiers/{id}/edit")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") DossierForm form,
            BindingResult binding,
            @RequestParam(required = false) String addNominee,
            @RequestParam(required = false) Integer removeNominee,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        DossierView view = dossiers.view(id, user);
        if (FormRows.edit(form.getNominees(), DossierForm.NomineeForm::new, addNominee, removeNominee)) {
            return form(model, form, Map.of(), view);
        }
        Map<String, String> errors = flash.bindingErrors(binding);
        if (!errors.isEmpty()) {
            return form(model, form, errors, view);
        }
        try {
            dossiers.update(id, form.toRequest(), user);
            flash.success(redirect, "dossier.flash.saved");
            return "redirect:/dossiers/" + id;
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VALIDATION_FAILED) {
                return form(model, form, Pages.fieldErrors(e), view);
            }
            if (SUBMIT_REFUSALS.contains(e.code()) || e.code() == ErrorCode.UNKNOWN_NOMINEE) {
                redirect.addFlashAttribute("flashError", e.getMessage());
                return "redirect:/dossiers/" + id;
            }
            throw e;
        }
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable UUID id, CurrentUser user, Model model) {
        DossierView view = dossiers.view(id, user);
        pageModel.fill(model, view, user);
        model.addAttribute("submitKey", UUID.randomUUID().toString());
        return "dossier/view";
    }

    @PostMapping("/dossiers/{id}/submit")
    String submit(
            @PathVariable UUID id,
            @RequestParam(required = false) String idempotencyKey,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            DossierView after = dossiers.submit(id, idempotencyKey, user);
            flash.success(redirect, "dossier.flash.submitted", flash.text("status." + after.status()));
        } catch (DomainException e) {
            if (!SUBMIT_REFUSALS.contains(e.code())) {
                throw e;
            }
            flash.error(redirect, "dossier.flash.notSubmitted", e.getMessage());
        }
        return "redirect:/dossiers/" + id;
    }

    @PostMapping("/dossiers/{id}/withdraw")
    String withdraw(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            dossiers.withdraw(id, user);
            flash.success(redirect, "dossier.flash.withdrawn");
        } catch (DomainException e) {
            if (!SUBMIT_REFUSALS.contains(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/dossiers/" + id;
    }

    private String form(Model model, DossierForm form, Map<String, String> errors, DossierView existing) {
        if (form.getNominees().isEmpty()) {
            form.getNominees().add(new DossierForm.NomineeForm());
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dossier", existing);
        model.addAttribute("campaigns", existing == null ? openCampaigns() : List.of());
        model.addAttribute("campaign", campaignOf(form, existing));
        model.addAttribute("nomineeTypes", NomineeType.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("awardForms", AwardForm.values());
        model.addAttribute("contents", EmulationContent.values());
        model.addAttribute("disciplineLevels", DisciplineLevel.values());
        model.addAttribute("holdStatuses", HoldStatus.values());
        model.addAttribute("bangKhenGrounds", BangKhenGround.values());
        return VIEW_FORM;
    }

    private CampaignView campaignOf(DossierForm form, DossierView existing) {
        UUID campaignId = existing != null ? existing.campaignId() : form.getCampaignId();
        if (campaignId == null) {
            return null;
        }
        try {
            return campaigns.view(campaigns.get(campaignId));
        } catch (DomainException e) {
            return null;
        }
    }

    /** Campaigns a unit may still write a dossier for (window open or not yet open). */
    private List<CampaignView> openCampaigns() {
        return campaigns.list(PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .map(campaigns::view)
                .filter(c -> c.status() != CampaignStatus.CLOSED)
                .toList();
    }

    private static void requireProposer(CurrentUser user) {
        if (!user.canPropose()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }

    static boolean isEditable(DossierStatus status) {
        return status == DossierStatus.DRAFT || status == DossierStatus.AMENDMENT_REQUESTED;
    }
}
