package vn.bacson.khenthuong.tasklist.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.web.DossierPageModel;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.process.TaskCompletionService;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.steps.OnBehalfOf;
import vn.bacson.khenthuong.tasklist.TaskItem;
import vn.bacson.khenthuong.tasklist.TaskListService;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;
import vn.bacson.khenthuong.web.WebDates;

/**
 * A reviewer's task: claim and unclaim, and the task page with the dossier and the stage's form (the list is
 * {@link TaskListPages}). Engine work goes through {@link TaskListService} and
 * {@link TaskCompletionService}; someone else being faster (claimed, completed) is a message, not an error page.
 */
@PageController
class TaskPages {

    static final Set<ErrorCode> CONFLICTS =
            EnumSet.of(ErrorCode.TASK_ALREADY_COMPLETED, ErrorCode.TASK_ALREADY_CLAIMED);
    static final Set<ErrorCode> FORM_ERRORS = EnumSet.of(
            ErrorCode.VALIDATION_FAILED,
            ErrorCode.UNKNOWN_NOMINEE,
            ErrorCode.INCOMPLETE_VOTES,
            ErrorCode.MALFORMED_REQUEST);

    private final TaskListService tasks;
    private final TaskCompletionService completion;
    private final StageCommands commands;
    private final DossierService dossiers;
    private final DossierPageModel pageModel;
    private final Flash flash;
    private final WebDates dates;

    TaskPages(
            TaskListService tasks,
            TaskCompletionService completion,
            StageCommands commands,
            DossierService dossiers,
            DossierPageModel pageModel,
            Flash flash,
            WebDates dates) {
        this.dates = dates;
        this.tasks = tasks;
        this.completion = completion;
        this.commands = commands;
        this.dossiers = dossiers;
        this.pageModel = pageModel;
        this.flash = flash;
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(
            @PathVariable String id,
            @RequestParam(required = false) String returnTo,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            tasks.claim(user, id);
            flash.success(redirect, "task.flash.claimed");
        } catch (DomainException e) {
            return conflict(e, redirect);
        }
        return "page".equals(returnTo) ? "redirect:/tasks/" + id : "redirect:/tasks";
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, CurrentUser user, RedirectAttributes redirect) {
        try {
            tasks.unclaim(user, id);
            flash.success(redirect, "task.flash.unclaimed");
        } catch (DomainException e) {
            return conflict(e, redirect);
        }
        return "redirect:/tasks";
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable String id, CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskItem task;
        try {
            task = tasks.get(user, id);
        } catch (DomainException e) {
            return conflict(e, redirect);
        }
        if (task.stage().isProvince()) {
            return "redirect:/province/tasks/" + id; // a proposal of several dossiers: the province's own page
        }
        DossierView dossier = dossiers.view(task.dossierId(), user);
        StageFields stage = StageFields.of(task.stage());
        return page(model, task, dossier, stage, TaskForm.defaults(stage, dossier), Map.of(), user);
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String returnTo,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TaskItem task;
        try {
            task = tasks.get(user, id);
        } catch (DomainException e) {
            return conflict(e, redirect);
        }
        StageFields stage = StageFields.of(task.stage());
        try {
            OnBehalfOf onBehalfOf = tasks.checkCompletable(user, id);
            completion.complete(id, user, TaskForm.command(commands, stage, params, outcome), onBehalfOf);
        } catch (DomainException e) {
            if (CONFLICTS.contains(e.code()) || Pages.isNotFound(e.code())) {
                return conflict(e, redirect);
            }
            if (!FORM_ERRORS.contains(e.code())) {
                throw e;
            }
            if ("chairman".equals(returnTo)) {
                redirect.addFlashAttribute("flashError", detail(e));
                return "redirect:/chairman?campaignId=" + campaignOf(task, user);
            }
            DossierView dossier = dossiers.view(task.dossierId(), user);
            model.addAttribute("formError", e.getMessage());
            return page(
                    model, task, dossier, stage, TaskForm.posted(stage, dossier, params), Pages.fieldErrors(e), user);
        }
        flash.success(redirect, "task.flash.completed", task.dossierTitle());
        return "chairman".equals(returnTo)
                ? "redirect:/chairman?campaignId=" + campaignOf(task, user)
                : "redirect:/tasks";
    }

    private String page(
            Model model,
            TaskItem task,
            DossierView dossier,
            StageFields stage,
            TaskForm form,
            Map<String, String> errors,
            CurrentUser user) {
        pageModel.fill(model, dossier, user);
        model.addAttribute("task", task);
        model.addAttribute("stageFields", stage);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mine", user.username().equals(task.assignee()) || task.onBehalf());
        model.addAttribute(
                "claimedByOther",
                task.assignee() != null && !user.username().equals(task.assignee()) && !task.onBehalf());
        model.addAttribute("previews", DossierPageModel.previewable(dossier));
        model.addAttribute("appraisals", Appraisal.values());
        model.addAttribute("awardForms", AwardForm.values());
        model.addAttribute("chairmanAwards", ChairmanAward.values());
        model.addAttribute("today", dates.today().toString());
        return "task/page";
    }

    private UUID campaignOf(TaskItem task, CurrentUser user) {
        return dossiers.view(task.dossierId(), user).campaignId();
    }

    /** Someone else was faster, or the task is gone: back to the list with a clear message. */
    private String conflict(DomainException e, RedirectAttributes redirect) {
        switch (e.code()) {
            case TASK_ALREADY_COMPLETED -> flash.error(redirect, "task.flash.alreadyCompleted");
            case TASK_ALREADY_CLAIMED -> flash.error(redirect, "task.flash.alreadyClaimed");
            case TASK_NOT_FOUND -> flash.error(redirect, "task.flash.notFound");
            default -> {
                if (Pages.isNotFound(e.code())) {
                    flash.error(redirect, "task.flash.notFound");
                } else {
                    throw e;
                }
            }
        }
        return "redirect:/tasks";
    }

    static String detail(DomainException e) {
        if (e.violations().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + " "
                + String.join(" ", e.violations().stream().map(v -> v.message()).toList());
    }
}
