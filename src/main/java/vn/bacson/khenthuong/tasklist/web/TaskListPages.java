package vn.bacson.khenthuong.tasklist.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.process.BatchCompletionService;
import vn.bacson.khenthuong.process.BatchCompletionService.BulkOutcome;
import vn.bacson.khenthuong.tasklist.BulkCompletion;
import vn.bacson.khenthuong.tasklist.SavedTaskFilter;
import vn.bacson.khenthuong.tasklist.SavedTaskFilters;
import vn.bacson.khenthuong.tasklist.TaskFilter;
import vn.bacson.khenthuong.tasklist.TaskItem;
import vn.bacson.khenthuong.tasklist.TaskListService;
import vn.bacson.khenthuong.unit.UnitRepository;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;

/**
 * The reviewers' task list: filters and counts, saved filters, and completing many tasks at once. One task's page
 * is {@link TaskPages}.
 */
@PageController
class TaskListPages {

    /** A reviewer sees at most this many tasks at once; counts are over this list. */
    static final int LIST_SIZE = PageQuery.MAX_SIZE;

    /** Who works which list: "mine" = claimed by me, "unassigned" = nobody claimed it yet. */
    enum Scope {
        ALL,
        MINE,
        UNASSIGNED
    }

    private final TaskListService tasks;
    private final CampaignService campaigns;
    private final Flash flash;
    private final UnitRepository units;
    private final SavedTaskFilters savedFilters;

    TaskListPages(
            TaskListService tasks,
            CampaignService campaigns,
            Flash flash,
            UnitRepository units,
            SavedTaskFilters savedFilters) {
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.flash = flash;
        this.units = units;
        this.savedFilters = savedFilters;
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
            redirect.addFlashAttribute("flashError", TaskPages.detail(e));
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

    private static boolean matches(Scope scope, TaskItem task, CurrentUser user) {
        return switch (scope) {
            case ALL -> true;
            case MINE -> user.username().equals(task.assignee()) || task.onBehalf();
            case UNASSIGNED -> task.assignee() == null;
        };
    }
}
