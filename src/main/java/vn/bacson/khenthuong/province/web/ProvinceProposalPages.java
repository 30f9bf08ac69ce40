package vn.bacson.khenthuong.province.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.process.TaskCompletionService;
import vn.bacson.khenthuong.province.ProposalFilter;
import vn.bacson.khenthuong.province.ProposalStatus;
import vn.bacson.khenthuong.province.ProvinceProposalView;
import vn.bacson.khenthuong.province.ProvinceProposalView.NomineeLine;
import vn.bacson.khenthuong.province.ProvinceProposals;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.stage.StageInput;
import vn.bacson.khenthuong.tasklist.TaskItem;
import vn.bacson.khenthuong.tasklist.TaskListService;
import vn.bacson.khenthuong.web.Flash;
import vn.bacson.khenthuong.web.PageController;
import vn.bacson.khenthuong.web.Pages;

/**
 * The province's pages: the proposals the communes sent (list and one proposal, with its nominees, the documents,
 * the history and the province's decision), the commune's "send again", and the page of a province review task,
 * which the task list opens ({@code /tasks/{id}} sends a province task here). A task completes through
 * {@link TaskCompletionService}, the same path as the API.
 */
@PageController
class ProvinceProposalPages {

    private final ProvinceProposals proposals;
    private final TaskListService tasks;
    private final TaskCompletionService completion;
    private final StageCommands commands;
    private final Flash flash;

    ProvinceProposalPages(
            ProvinceProposals proposals,
            TaskListService tasks,
            TaskCompletionService completion,
            StageCommands commands,
            Flash flash) {
        this.proposals = proposals;
        this.tasks = tasks;
        this.completion = completion;
        this.commands = commands;
        this.flash = flash;
    }

    /**
     * The proposals, filtered as the province dashboard's diagram links them: by status, by the province stage where
     * they wait, overdue or not. A value that is none of the filter's (?status=X, ?overdue=maybe) is the page's "not
     * found", a commune stage its 400 page with the reason.
     */
    @GetMapping("/province/proposals")
    String list(
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String communeCode,
            @RequestParam(required = false) UUID dossierId,
            @RequestParam(required = false) String page,
            CurrentUser user,
            Model model) {
        if (dossierId != null) {
            return "redirect:/province/proposals/"
                    + proposals.ofDossier(user, dossierId).id();
        }
        ProposalFilter filter = new ProposalFilter(communeCode, status, stage, overdue);
        PageResult<ProvinceProposalView> result = proposals.list(user, filter, PageQuery.parse(page, null));
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("status", status);
        model.addAttribute("stage", stage);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("stages", Stage.province());
        model.addAttribute("hasNext", (long) (result.page() + 1) * result.size() < result.total());
        return "province/list";
    }

    @GetMapping("/province/proposals/{id}")
    String show(@PathVariable UUID id, CurrentUser user, Model model) {
        ProvinceProposalView proposal = proposals.get(user, id);
        model.addAttribute("proposal", proposal);
        model.addAttribute(
                "canResend",
                proposal.status() == ProposalStatus.RETURNED && user.has(Roles.CULTURE_SOCIAL) && !user.isProvince());
        return "province/proposal";
    }

    @PostMapping("/province/proposals/{id}/resend")
    String resend(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            proposals.resend(user, id);
            flash.success(redirect, "province.proposal.resent");
        } catch (DomainException e) {
            if (e.code() != ErrorCode.PROVINCE_PROPOSAL_NOT_RETURNED) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/province/proposals/" + id;
    }

    @GetMapping("/province/tasks/{taskId}")
    String task(@PathVariable String taskId, CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskItem task;
        try {
            task = provinceTask(user, taskId);
        } catch (DomainException e) {
            return gone(e, redirect);
        }
        return taskPage(model, user, task, Map.of(), null);
    }

    @PostMapping("/province/tasks/{taskId}/complete")
    String complete(
            @PathVariable String taskId,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String outcome,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        TaskItem task;
        try {
            task = provinceTask(user, taskId);
        } catch (DomainException e) {
            return gone(e, redirect);
        }
        StageInput input =
                commands.fromForm(task.stage(), key -> "outcome".equals(key) ? outcome : params.getFirst(key));
        try {
            completion.complete(taskId, user, input, tasks.checkCompletable(user, taskId));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.VALIDATION_FAILED
                    || e.code() == ErrorCode.UNKNOWN_NOMINEE
                    || e.code() == ErrorCode.MALFORMED_REQUEST) {
                return taskPage(model, user, task, Pages.fieldErrors(e), e.getMessage());
            }
            return gone(e, redirect);
        }
        flash.success(
                redirect,
                "province.task.done",
                proposals.ofTask(user, task.dossierId()).submissionNumber());
        return "redirect:/tasks";
    }

    private TaskItem provinceTask(CurrentUser user, String taskId) {
        TaskItem task = tasks.get(user, taskId);
        if (task.stage() == null || !task.stage().isProvince()) {
            throw new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        return task;
    }

    private String taskPage(
            Model model, CurrentUser user, TaskItem task, Map<String, String> errors, String formError) {
        ProvinceProposalView proposal = proposals.ofTask(user, task.dossierId());
        model.addAttribute("task", task);
        model.addAttribute("proposal", proposal);
        model.addAttribute("rows", rows(task.stage(), proposal));
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("appraisals", Appraisal.values());
        model.addAttribute(
                "claimedByOther",
                task.assignee() != null && !task.assignee().equals(user.username()) && !task.onBehalf());
        return "province/task";
    }

    /** The nominees this stage decides on: all at the appraisal, those found DAT at the council, those passed after. */
    static List<NomineeLine> rows(Stage stage, ProvinceProposalView proposal) {
        return proposal.nominees().stream()
                .filter(n -> switch (stage) {
                    case PROVINCE_COUNCIL -> Appraisal.DAT.name().equals(n.appraisal());
                    case PROVINCE_DECISION -> Boolean.TRUE.equals(n.passed());
                    default -> true;
                })
                .toList();
    }

    private String gone(DomainException e, RedirectAttributes redirect) {
        switch (e.code()) {
            case TASK_ALREADY_COMPLETED -> flash.error(redirect, "task.flash.alreadyCompleted");
            case TASK_ALREADY_CLAIMED -> flash.error(redirect, "task.flash.alreadyClaimed");
            default -> {
                if (!Pages.isNotFound(e.code())) {
                    throw e;
                }
                flash.error(redirect, "task.flash.notFound");
            }
        }
        return "redirect:/tasks";
    }
}
