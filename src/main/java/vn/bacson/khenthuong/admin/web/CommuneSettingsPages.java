package vn.bacson.khenthuong.admin.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.admin.CommuneSettingsAdmin;
import vn.bacson.khenthuong.admin.CommuneSettingsRequest;
import vn.bacson.khenthuong.admin.CommuneSettingsView;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * "Cài đặt của xã" (system-admin: any commune; the commune's chairman: their own): the same settings as
 * {@code /api/admin/communes/{code}/settings}, one form, dates as dd/MM/yyyy, the seal as a PNG upload.
 */
@PageController
class CommuneSettingsPages {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final CommuneSettingsAdmin admin;
    private final Flash flash;

    CommuneSettingsPages(CommuneSettingsAdmin admin, Flash flash) {
        this.admin = admin;
        this.flash = flash;
    }

    @GetMapping("/admin/communes/{code}/settings")
    String page(@PathVariable String code, CurrentUser user, Model model) {
        CommuneSettingsView view = admin.view(code, user);
        return show(view, form(view), Map.of(), user, model);
    }

    @PostMapping("/admin/communes/{code}/settings")
    String save(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        CommuneSettingsView view = admin.view(code, user);
        Map<String, String> form = new LinkedHashMap<>();
        params.forEach((key, values) -> form.put(key, values.isEmpty() ? "" : values.get(0)));
        List<FieldViolation> dateErrors = new ArrayList<>();
        List<LocalDate> holidays = holidays(form.getOrDefault("localHolidays", ""), dateErrors);
        if (!dateErrors.isEmpty()) {
            return show(view, form, Pages.fieldErrors(DomainException.invalid(dateErrors)), user, model);
        }
        try {
            admin.save(code, request(view, form, holidays), user);
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VALIDATION_FAILED) {
                model.addAttribute("formError", e.getMessage());
                return show(view, form, Pages.fieldErrors(e), user, model);
            }
            throw e;
        }
        flash.success(redirect, "communeSettings.saved");
        return "redirect:/admin/communes/" + view.commune().code() + "/settings";
    }

    @PostMapping("/admin/communes/{code}/settings/seal")
    String seal(
            @PathVariable String code,
            @RequestParam(required = false) MultipartFile seal,
            @RequestParam(required = false) String remove,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            if (remove != null) {
                admin.saveSeal(code, null, user);
            } else if (seal == null || seal.isEmpty()) {
                throw DomainException.invalid("seal", "REQUIRED", "Hãy chọn tệp ảnh con dấu (PNG).");
            } else {
                admin.saveSeal(code, seal.getBytes(), user);
            }
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            redirect.addFlashAttribute(
                    "flashError",
                    e.violations().isEmpty()
                            ? e.getMessage()
                            : e.violations().get(0).message());
            return "redirect:/admin/communes/" + code + "/settings";
        } catch (IOException e) {
            redirect.addFlashAttribute("flashError", "Không đọc được tệp ảnh.");
            return "redirect:/admin/communes/" + code + "/settings";
        }
        flash.success(redirect, remove != null ? "communeSettings.sealRemoved" : "communeSettings.sealSaved");
        return "redirect:/admin/communes/" + code + "/settings";
    }

    private String show(
            CommuneSettingsView view,
            Map<String, String> form,
            Map<String, String> errors,
            CurrentUser user,
            Model model) {
        model.addAttribute("view", view);
        // the signing key is the system administrator's to change; the chairman reads it
        model.addAttribute("setsSigningKey", user.has(Roles.SYSTEM_ADMIN));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("stages", view.defaults().stageWorkingDays().keySet());
        return "admin/commune-settings";
    }

    /** The form's fields from the current settings: lists one item per line, dates dd/MM/yyyy. */
    private static Map<String, String> form(CommuneSettingsView v) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuer.name", v.issuer().name());
        form.put("issuer.headerLines", String.join("\n", v.issuer().headerLines()));
        form.put("issuer.superiorBody", v.issuer().superiorBody());
        form.put("issuer.placeName", v.issuer().placeName());
        form.put("issuer.province", v.issuer().province());
        form.put("signer.authority", v.signer().authority());
        form.put("signer.title", v.signer().title());
        form.put("signer.name", v.signer().name());
        form.put("decisionNumberPattern", v.decisionNumberPattern());
        form.put("submissionNumberPattern", v.submissionNumberPattern());
        form.put("council.quorumNumerator", String.valueOf(v.council().quorumNumerator()));
        form.put("council.quorumDenominator", String.valueOf(v.council().quorumDenominator()));
        form.put("council.thresholdNumerator", String.valueOf(v.council().thresholdNumerator()));
        form.put("council.thresholdDenominator", String.valueOf(v.council().thresholdDenominator()));
        v.stageWorkingDays().forEach((stage, days) -> form.put("stageWorkingDays." + stage, String.valueOf(days)));
        form.put("mailFrom", v.mailFrom());
        form.put(
                "localHolidays",
                String.join("\n", v.localHolidays().stream().map(DAY::format).toList()));
        form.put("signingKeyAlias", v.signingKeyAlias());
        return form;
    }

    private static CommuneSettingsRequest request(
            CommuneSettingsView view, Map<String, String> f, List<LocalDate> holidays) {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (String stage : view.defaults().stageWorkingDays().keySet()) {
            days.put(stage, number(f.get("stageWorkingDays." + stage)));
        }
        return new CommuneSettingsRequest(
                new CommuneSettingsRequest.Issuer(
                        f.get("issuer.name"),
                        lines(f.get("issuer.headerLines")),
                        f.getOrDefault("issuer.superiorBody", ""),
                        f.get("issuer.placeName"),
                        f.get("issuer.province")),
                new CommuneSettingsRequest.Signer(
                        f.getOrDefault("signer.authority", ""), f.get("signer.title"), f.get("signer.name")),
                f.get("decisionNumberPattern"),
                f.get("submissionNumberPattern"),
                new CommuneSettingsRequest.Council(
                        number(f.get("council.quorumNumerator")),
                        number(f.get("council.quorumDenominator")),
                        number(f.get("council.thresholdNumerator")),
                        number(f.get("council.thresholdDenominator"))),
                days,
                f.get("mailFrom"),
                holidays,
                // absent for a chairman (no field): the key stays as it is
                f.get("signingKeyAlias"));
    }

    /** A blank or unreadable number is sent as 0, which the rules refuse with the field's own message. */
    private static Integer number(String text) {
        try {
            return text == null ? 0 : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static List<LocalDate> holidays(String text, List<FieldViolation> errors) {
        List<LocalDate> days = new ArrayList<>();
        for (String line : lines(text)) {
            try {
                days.add(LocalDate.parse(line, DAY));
            } catch (DateTimeParseException e) {
                errors.add(new FieldViolation(
                        "localHolidays", "INVALID_DATE", "Ngày \"" + line + "\" không đúng dạng dd/MM/yyyy."));
            }
        }
        return days;
    }
}
