package vn.bacson.khenthuong.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.documents.AchievementReportDocuments;
import vn.bacson.khenthuong.documents.CampaignTemplateSets;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.IssuerProperties;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.dossier.AchievementReportService;
import vn.bacson.khenthuong.dossier.AchievementReportView;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.web.DossierPageModel;
import vn.bacson.khenthuong.dossier.web.DossierPages;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.FormRows;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * The achievement report form a unit fills in instead of uploading a file (rows added and removed by the server, so
 * the form works without script), its preview, its removal, and the inline PDF the dossier and task pages show.
 * Every rule lives in {@link AchievementReportService}: its field violations are shown next to their fields, its
 * refusals as a message on the dossier page.
 */
@PageController
class AchievementReportPages {

    static final String VIEW_FORM = "dossier/achievement-report";

    private final AchievementReportService reports;
    private final AchievementReportDocuments documents;
    private final DossierService dossiers;
    private final DossierPageModel pageModel;
    private final CampaignTemplateSets templateSets;
    private final IssuerProperties issuer;
    private final Flash flash;

    AchievementReportPages(
            AchievementReportService reports,
            AchievementReportDocuments documents,
            DossierService dossiers,
            DossierPageModel pageModel,
            CampaignTemplateSets templateSets,
            IssuerProperties issuer,
            Flash flash) {
        this.reports = reports;
        this.documents = documents;
        this.dossiers = dossiers;
        this.pageModel = pageModel;
        this.templateSets = templateSets;
        this.issuer = issuer;
        this.flash = flash;
    }

    @GetMapping("/dossiers/{id}/nominees/{nomineeId}/achievement-report")
    String form(
            @PathVariable UUID id,
            @PathVariable UUID nomineeId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        DossierView dossier = dossiers.view(id, user);
        Nominee nominee = reports.nominee(id, nomineeId, user);
        if (!pageModel.canEdit(dossier, user)) {
            flash.error(redirect, "dossier.flash.notEditable");
            return "redirect:/dossiers/" + id;
        }
        Optional<AchievementReportView> existing = reports.find(id, nomineeId, user);
        AchievementReportForm form =
                existing.map(AchievementReportForm::of).orElseGet(() -> AchievementReportForm.blank(nominee));
        return page(model, dossier, nominee, existing.orElse(null), form, Map.of());
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/achievement-report")
    String save(
            @PathVariable UUID id,
            @PathVariable UUID nomineeId,
            @ModelAttribute("form") AchievementReportForm form,
            BindingResult binding,
            @RequestParam(required = false) String addRow,
            @RequestParam(required = false) Integer removeRow,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        DossierView dossier = dossiers.view(id, user);
        Nominee nominee = reports.nominee(id, nomineeId, user);
        AchievementReportView existing = reports.find(id, nomineeId, user).orElse(null);
        if (FormRows.edit(form.getAchievements(), AchievementReportForm.RowForm::new, addRow, removeRow)) {
            return page(model, dossier, nominee, existing, form, Map.of());
        }
        Map<String, String> errors = flash.bindingErrors(binding);
        if (!errors.isEmpty()) {
            return page(model, dossier, nominee, existing, form, errors);
        }
        try {
            reports.save(id, nomineeId, form.toRequest(), user);
            flash.success(redirect, "report.flash.saved", nominee.fullName());
            return "redirect:/dossiers/" + id + "#achievement-reports";
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VALIDATION_FAILED) {
                return page(model, dossier, nominee, existing, form, form.formErrors(Pages.fieldErrors(e)));
            }
            if (DossierPages.SUBMIT_REFUSALS.contains(e.code())) {
                redirect.addFlashAttribute("flashError", e.getMessage());
                return "redirect:/dossiers/" + id;
            }
            throw e;
        }
    }

    /**
     * The report as written in the form, not saved, as a PDF (the form opens it in a new tab); the form again, with
     * the field errors, when it cannot be drawn up.
     */
    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/achievement-report/preview")
    ModelAndView preview(
            @PathVariable UUID id,
            @PathVariable UUID nomineeId,
            @ModelAttribute("form") AchievementReportForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            HttpServletResponse response)
            throws IOException {
        DossierView dossier = dossiers.view(id, user);
        Nominee nominee = reports.nominee(id, nomineeId, user);
        Map<String, String> errors = flash.bindingErrors(binding);
        if (errors.isEmpty()) {
            try {
                OfficialDocument document = documents.document(reports.preview(id, nomineeId, form.toRequest(), user));
                ResponseEntity<byte[]> pdf =
                        inline(documents.render(document, DocumentFormat.PDF), document.fileName());
                pdf.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                response.getOutputStream().write(pdf.getBody());
                return null;
            } catch (DomainException e) {
                if (e.code() != ErrorCode.VALIDATION_FAILED) {
                    throw e;
                }
                errors = form.formErrors(Pages.fieldErrors(e));
            }
        }
        return new ModelAndView(
                page(model, dossier, nominee, reports.find(id, nomineeId, user).orElse(null), form, errors));
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/achievement-report/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID nomineeId, CurrentUser user, RedirectAttributes redirect) {
        try {
            reports.delete(id, nomineeId, user);
            flash.success(redirect, "report.flash.deleted");
        } catch (DomainException e) {
            if (!DossierPages.SUBMIT_REFUSALS.contains(e.code())
                    && e.code() != ErrorCode.ACHIEVEMENT_REPORT_NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/dossiers/" + id + "#achievement-reports";
    }

    /** The stored report's PDF inline, for the preview frame and the "Xem PDF" link (anyone who sees the dossier). */
    @GetMapping("/dossiers/{id}/nominees/{nomineeId}/achievement-report/view")
    ResponseEntity<byte[]> view(@PathVariable UUID id, @PathVariable UUID nomineeId, CurrentUser user) {
        OfficialDocument document = documents.document(reports.printable(id, nomineeId, user));
        return inline(documents.render(document, DocumentFormat.PDF), document.fileName());
    }

    private String page(
            Model model,
            DossierView dossier,
            Nominee nominee,
            AchievementReportView existing,
            AchievementReportForm form,
            Map<String, String> errors) {
        if (form.getAchievements().isEmpty()) {
            form.getAchievements().add(new AchievementReportForm.RowForm());
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("nominee", nominee);
        model.addAttribute("report", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("contents", EmulationContent.values());
        model.addAttribute(
                "achievementForm",
                issuer.templateSet(templateSets.of(dossier.campaignId())).achievementForm());
        return VIEW_FORM;
    }

    private static ResponseEntity<byte[]> inline(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(fileName + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", Pages.INLINE_DOCUMENT_CSP)
                .body(pdf);
    }
}
