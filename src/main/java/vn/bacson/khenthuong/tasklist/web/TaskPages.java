package vn.bacson.khenthuong.tasklist.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.dossier.web.DossierPageModel;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.process.BatchCompletionService;
import vn.bacson.khenthuong.process.BatchCompletionService.BulkOutcome;
import vn.bacson.khenthuong.process.OnBehalfOf;
import vn.bacson.khenthuong.process.TaskCompletionService;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.tasklist.BulkCompletion;
import vn.bacson.khenthuong.tasklist.SavedTaskFilter;
import vn.bacson.khenthuong.tasklist.SavedTaskFilters;
import vn.bacson.khenthuong.tasklist.TaskFilter;
import vn.bacson.khenthuong.tasklist.TaskItem;
import vn.bacson.khenthuong.tasklist.TaskListService;
import vn.bacson.khenthuong.unit.UnitRepository;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;
import vn.bacson.khenthuong.web.WebDates;

/**
 * The reviewers' pages: the task list with filters and counts, claim and unclaim, and the task page with the
 * dossier and the stage's form. Engine work goes through {@link TaskListService} and
 * {@link TaskCompletionService}; someone else being faster (claimed, completed) is a message, not an error page.
 */
@PageController
class TaskPages {

    /** A reviewer sees at most this many tasks at once; counts are over this list. */
    static final int LIST_SIZE = PageQuery.MAX_SIZE;

    static final Set<ErrorCode> CONFLICTS =
            EnumSet.of(ErrorCode.TASK_ALREADY_COMPLETED, ErrorCode.TASK_ALREADY_CLAIMED);
    static final Set<ErrorCode> FORM_ERRORS = EnumSet.of(
            ErrorCode.VALIDATION_FAILED,
            ErrorCode.UNKNOWN_NOMINEE,
            ErrorCode.INCOMPLETE_VOTES,
            ErrorCode.MALFORMED_REQUEST);

    /** Who works which list: "mine" = claimed by me, "unassigned" = nobody claimed it yet. */
    enum Scope {
        ALL,
        MINE,
        UNASSIGNED
    }

    private final TaskListService tasks;
    private final TaskCompletionService completion;
    private final StageCommands commands;
    private final DossierService dossiers;
    private final CampaignService campaigns;
    private final DossierPageModel pageModel;
    private final Flash flash;
    private final WebDates dates;
    private final UnitRepository units;
    private final SavedTaskFilters savedFilters;

    TaskPages(
            TaskListService tasks,
            TaskCompletionService completion,
            StageCommands commands,
            DossierService dossiers,
            CampaignService campaigns,
            DossierPageModel pageModel,
            Flash flash,
            WebDates dates,
            UnitRepository units,
            SavedTaskFilters savedFilters) {
        this.dates = dates;
        this.units = units;
        this.savedFilters = savedFilters;
        this.tasks = tasks;
        this.completion = completion;
        this.commands = commands;
        this.dossiers = dossiers;
        this.campaigns = campaigns;
        this.pageModel = pageModel;
        this.flash = flash;
    }

    @GetMapping("/tasks")
    String list(
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "ALL") Scope scope,
            CurrentUser user,
            Model model) {
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        // one query for the filters that narrow the dossiers; stage, overdue and scope are counted over it
        List<TaskItem> base = tasks.list(
                        user, new TaskFilter(null, campaignId, unitCode, null, false), PageQuery.of(0, LIST_SIZE))
                .items();
        List<TaskItem> shown = base.stream()
                .filter(t -> stage == null || t.stage() == stage)
                .filter(t -> overdue == null || t.overdue() == overdue)
                .filter(t -> matches(scope, t, user))
                .toList();
        Map<Stage, Long> perStage = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            if (s.isReview()) {
                perStage.put(s, base.stream().filter(t -> t.stage() == s).count());
            }
        }
        model.addAttribute("tasks", shown);
        model.addAttribute("total", base.size());
        model.addAttribute("perStage", perStage);
        model.addAttribute(
                "overdueCount", base.stream().filter(TaskItem::overdue).count());
        model.addAttribute(
                "mineCount",
                base.stream().filter(t -> matches(Scope.MINE, t, user)).count());
        model.addAttribute(
                "unassignedCount",
                base.stream().filter(t -> t.assignee() == null).count());
        model.addAttribute("stage", stage);
        model.addAttribute("campaignId", campaignId);
        model.addAttribute("unit", unitCode);
        model.addAttribute("overdue", overdue);
        model.addAttribute("scope", scope);
        model.addAttribute(
                "campaigns", campaigns.list(PageQuery.of(0, PageQuery.MAX_SIZE)).items());
        model.addAttribute("me", user.username());
        model.addAttribute("units", units.findAll());
        model.addAttribute("savedFilters", savedFilters.list(user));
        model.addAttribute("currentQuery", query(stage, campaignId, unitCode, overdue, scope));
        // bulk work: only when the list shows one stage that may be completed in bulk
        boolean bulk = stage != null && BatchCompletionService.BULK_STAGES.contains(stage) && shown.size() > 0;
        model.addAttribute("bulk", bulk);
        model.addAttribute(
                "bulkOutcomes",
                stage == Stage.PARTY_BUILDING_SELECTION
                        ? List.of(BulkOutcome.FORWARD, BulkOutcome.RETURN, BulkOutcome.REJECT)
                        : List.of(BulkOutcome.RETURN, BulkOutcome.REJECT));
        return "task/list";
    }

    /** The list's filters as a query string, to save them or to come back to them. */
    static String query(Stage stage, UUID campaignId, String unit, Boolean overdue, Scope scope) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (stage != null) {
            query.queryParam("stage", stage.name());
        }
        if (campaignId != null) {
            query.queryParam("campaignId", campaignId);
        }
        if (unit != null) {
            query.queryParam("unit", unit);
        }
        if (overdue != null) {
            query.queryParam("overdue", overdue);
        }
        if (scope != null && scope != Scope.ALL) {
            query.queryParam("scope", scope.name());
        }
        String text = query.encode().build().toUriString();
        return text.startsWith("?") ? text.substring(1) : text;
    }

    /** Several tasks of one stage, one outcome: all or nothing; refusals are listed on the list page. */
    @PostMapping("/tasks/bulk-complete")
    String completeMany(
            @RequestParam(name = "taskIds", required = false) List<String> taskIds,
            @RequestParam(required = false) BulkOutcome outcome,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String returnQuery,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            BulkCompletion.Completed done = tasks.completeMany(
                    user, new BulkCompletion(taskIds == null ? List.of() : taskIds, outcome, comment));
            flash.success(redirect, "tasks.bulk.done", done.count());
        } catch (DomainException e) {
            if (e.code() != ErrorCode.BULK_COMPLETION_REFUSED && e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute(
                    "bulkRefusals",
                    e.violations().stream().map(v -> v.message()).toList());
        }
        return "redirect:/tasks" + safeQuery(returnQuery);
    }

    @PostMapping("/tasks/filters")
    String saveFilter(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String query,
            CurrentUser user,
            RedirectAttributes redirect) {
        try {
            savedFilters.save(user, new SavedTaskFilter.Request(name, query));
            flash.success(redirect, "tasks.filters.saved", name == null ? "" : name.strip());
        } catch (DomainException e) {
            if (e.code() != ErrorCode.TASK_FILTER_NAME_TAKEN && e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", detail(e));
        }
        return "redirect:/tasks" + safeQuery(query);
    }

    @PostMapping("/tasks/filters/{id}/delete")
    String deleteFilter(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            savedFilters.delete(user, id);
            flash.success(redirect, "tasks.filters.deleted");
        } catch (DomainException e) {
            if (e.code() != ErrorCode.TASK_FILTER_NOT_FOUND) {
                throw e;
            }
            flash.error(redirect, "tasks.filters.notFound");
        }
        return "redirect:/tasks";
    }

    /** Back to the list with a query string of ours only (no open redirect: keys and values are re-encoded). */
    private static String safeQuery(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        UriComponentsBuilder safe = UriComponentsBuilder.newInstance();
        UriComponentsBuilder.fromUriString("/tasks?" + query.strip())
                .build()
                .getQueryParams()
                .forEach((key, values) -> {
                    if (SavedTaskFilters.KEYS.contains(key)) {
                        values.forEach(v -> safe.queryParam(key, v == null ? "" : v));
                    }
                });
        String text = safe.build().toUriString();
        return text.isEmpty() ? "" : text;
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

    private static String detail(DomainException e) {
        if (e.violations().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + " "
                + String.join(" ", e.violations().stream().map(v -> v.message()).toList());
    }

    private static boolean matches(Scope scope, TaskItem task, CurrentUser user) {
        return switch (scope) {
            case ALL -> true;
            case MINE -> user.username().equals(task.assignee()) || task.onBehalf();
            case UNASSIGNED -> task.assignee() == null;
        };
    }
}
