package vn.bacson.khenthuong.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.admin.CommuneOnboarding;
import vn.bacson.khenthuong.admin.CommuneRequest;
import vn.bacson.khenthuong.admin.CommuneView;
import vn.bacson.khenthuong.admin.ImportReport;
import vn.bacson.khenthuong.admin.SheetImport;
import vn.bacson.khenthuong.admin.UnitRequest;
import vn.bacson.khenthuong.admin.UserRequest;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.commune.CommuneIssuer;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * The system administrator's pages (security: /admin/** is system-admin): the communes, a new commune, one
 * commune's units and users with their add forms, and the XLSX import with its report per row. Each form goes
 * through the same service and rules as the API; a refused form is shown again with each field's message.
 */
@PageController
class AdminPages {

    static final int PAGE_SIZE = 50;

    private final CommuneOnboarding onboarding;
    private final SheetImport sheetImport;
    private final Flash flash;

    AdminPages(CommuneOnboarding onboarding, SheetImport sheetImport, Flash flash) {
        this.onboarding = onboarding;
        this.sheetImport = sheetImport;
        this.flash = flash;
    }

    @GetMapping("/admin/communes")
    String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        model.addAttribute("communes", onboarding.communes(PageQuery.of(Math.max(page, 0), PAGE_SIZE), user));
        return "admin/communes";
    }

    @GetMapping("/admin/communes/new")
    String newCommune(CurrentUser user, Model model) {
        CommuneOnboarding.requireSystemAdmin(user);
        model.addAttribute("form", new CommuneRequest("", "", new CommuneIssuer("", "", "")));
        model.addAttribute("errors", Map.of());
        return "admin/commune-form";
    }

    @PostMapping("/admin/communes")
    String createCommune(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String issuerName,
            @RequestParam(defaultValue = "") String placeName,
            @RequestParam(defaultValue = "") String chairmanName,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        CommuneRequest form =
                new CommuneRequest(code.strip(), name, new CommuneIssuer(issuerName, placeName, chairmanName));
        try {
            CommuneView created = onboarding.createCommune(form, user);
            flash.success(redirect, "admin.communeCreated", created.name());
            return "redirect:/admin/communes/" + created.code();
        } catch (DomainException refused) {
            model.addAttribute("form", form);
            model.addAttribute("errors", Pages.fieldErrors(refused));
            return "admin/commune-form";
        }
    }

    @GetMapping("/admin/communes/{code}")
    String commune(@PathVariable String code, CurrentUser user, Model model) {
        return communePage(code, user, model, null, null, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/communes/{code}/units")
    String createUnit(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        UnitRequest form = new UnitRequest(unitCode.strip(), name, email);
        try {
            onboarding.createUnit(code, form, user);
            flash.success(redirect, "admin.unitCreated", form.code());
            return "redirect:/admin/communes/" + code + "#units";
        } catch (DomainException refused) {
            return communePage(code, user, model, form, null, errors(refused), Map.of(), null);
        }
    }

    @PostMapping("/admin/communes/{code}/users")
    String createUser(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String unitCode,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        UserRequest form = new UserRequest(
                username.strip(),
                fullName,
                email,
                password,
                roles == null ? List.of() : roles,
                unitCode.isBlank() ? null : unitCode);
        try {
            onboarding.createUser(code, form, user);
            flash.success(redirect, "admin.userCreated", form.username());
            return "redirect:/admin/communes/" + code + "#users";
        } catch (DomainException refused) {
            // the password is never written back into the page
            UserRequest shown =
                    new UserRequest(form.username(), form.fullName(), form.email(), "", form.roles(), form.unitCode());
            return communePage(code, user, model, null, shown, Map.of(), errors(refused), null);
        }
    }

    @PostMapping("/admin/communes/{code}/import")
    String importSheet(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file,
            CurrentUser user,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("importError", flash.text("admin.import.noFile"));
            return communePage(code, user, model, null, null, Map.of(), Map.of(), null);
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = sheetImport.importSheet(code, in, user);
            return communePage(code, user, model, null, null, Map.of(), Map.of(), report);
        } catch (DomainException refused) {
            if (Pages.isNotFound(refused.code())) {
                throw refused;
            }
            model.addAttribute(
                    "importError", String.join(" ", Pages.fieldErrors(refused).values()));
            return communePage(code, user, model, null, null, Map.of(), Map.of(), null);
        }
    }

    @GetMapping("/admin/communes/import-template.xlsx")
    void template(CurrentUser user, HttpServletResponse response) throws IOException {
        CommuneOnboarding.requireSystemAdmin(user);
        sheetImport.download(response);
    }

    /** Field errors by field, the errors of roles[0], roles[1] under "roles" (the checkboxes). */
    private static Map<String, String> errors(DomainException refused) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Pages.fieldErrors(refused)
                .forEach((field, message) -> errors.merge(
                        field.replaceAll("\\[\\d+]$", ""), message, (a, b) -> a.equals(b) ? a : a + " " + b));
        return errors;
    }

    private String communePage(
            String code,
            CurrentUser user,
            Model model,
            UnitRequest unitForm,
            UserRequest userForm,
            Map<String, String> unitErrors,
            Map<String, String> userErrors,
            ImportReport report) {
        model.addAttribute("c", onboarding.commune(code, user));
        model.addAttribute("units", onboarding.units(code, user));
        model.addAttribute("users", onboarding.users(code, user));
        model.addAttribute("unitForm", unitForm == null ? new UnitRequest("", "", "") : unitForm);
        model.addAttribute("userForm", userForm == null ? new UserRequest("", "", "", "", List.of(), null) : userForm);
        model.addAttribute("unitErrors", unitErrors);
        model.addAttribute("userErrors", userErrors);
        model.addAttribute("communeRoles", Roles.COMMUNE_ROLES);
        model.addAttribute("report", report);
        return "admin/commune";
    }
}
