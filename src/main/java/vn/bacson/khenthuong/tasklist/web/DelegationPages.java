package vn.bacson.khenthuong.tasklist.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.tasklist.Delegation;
import vn.bacson.khenthuong.tasklist.DelegationService;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;

/**
 * "Ủy quyền": a reviewer names a colleague of the same role to work their tasks for a range of days (typed
 * dd/MM/yyyy, as officials write dates), sees what they gave and received, and ends a delegation early.
 */
@PageController
class DelegationPages {

    private final DelegationService delegations;
    private final Flash flash;

    DelegationPages(DelegationService delegations, Flash flash) {
        this.delegations = delegations;
        this.flash = flash;
    }

    @GetMapping("/delegations")
    String page(CurrentUser user, Model model) {
        Delegation.Mine mine = delegations.mine(user);
        model.addAttribute("given", mine.given());
        model.addAttribute("received", mine.received());
        model.addAttribute("colleagues", delegations.colleagues(user));
        model.addAttribute("today", delegations.today());
        return "task/delegations";
    }

    @PostMapping("/delegations")
    String create(
            @RequestParam(required = false) String delegate,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            Delegation created =
                    delegations.create(user, new Delegation.Request(delegate, date(from, "from"), date(to, "to")));
            flash.success(redirect, "delegation.flash.created", created.delegateName());
        } catch (DomainException e) {
            if (e.code() == ErrorCode.INTERNAL_ERROR || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", message(e));
            redirect.addFlashAttribute("typedDelegate", delegate);
            redirect.addFlashAttribute("typedFrom", from);
            redirect.addFlashAttribute("typedTo", to);
        }
        return "redirect:/delegations";
    }

    @PostMapping("/delegations/{id}/delete")
    String end(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            delegations.delete(user, id);
            flash.success(redirect, "delegation.flash.ended");
        } catch (DomainException e) {
            if (e.code() != ErrorCode.DELEGATION_NOT_FOUND) {
                throw e;
            }
            flash.error(redirect, "delegation.flash.notFound");
        }
        return "redirect:/delegations";
    }

    /** dd/MM/yyyy as typed (1/9/2026 too); blank → null (the service says it is required). */
    private static LocalDate date(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate date = Formats.parseDate(typed);
        if (date == null) {
            throw DomainException.invalid(field, "INVALID_DATE", "Ngày phải có dạng ngày/tháng/năm, ví dụ 05/01/2027.");
        }
        return date;
    }

    private static String message(DomainException e) {
        if (e.violations().isEmpty()) {
            return e.getMessage();
        }
        return String.join(" ", e.violations().stream().map(v -> v.message()).toList());
    }
}
