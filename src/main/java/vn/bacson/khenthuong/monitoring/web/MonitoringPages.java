package vn.bacson.khenthuong.monitoring.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.monitoring.CampaignMonitor;
import vn.bacson.khenthuong.monitoring.MonitoringService;
import vn.bacson.khenthuong.monitoring.ProvinceDashboard;
import vn.bacson.khenthuong.monitoring.ProvinceOverview;
import vn.bacson.khenthuong.province.ProposalStatus;
import vn.bacson.khenthuong.web.PageController;

/**
 * The dashboard pages: the campaigns to monitor, one campaign's dashboard, and the dossiers behind a number.
 * The charts and the diagram get their data from data-* attributes (JSON) written here; the page script
 * (static/js/monitoring.js) draws them. Reminder and retry are plain forms with the CSRF token.
 */
@PageController
class MonitoringPages {

    static final int LIST_LIMIT = 200;
    /** Where the dossiers that wait without a user task (the province's answer) sit in the diagram. */
    static final String PROVINCE_WAIT = "ReceiveTask_AwaitProvinceDecision";
    /** Where the province's proposals returned to their commune wait to be sent again (ProvinceCommendation). */
    static final String RESEND_WAIT = "ReceiveTask_AwaitResend";

    private final MonitoringService monitoring;
    private final CampaignService campaigns;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final ProvinceDashboard province;

    MonitoringPages(
            MonitoringService monitoring,
            CampaignService campaigns,
            MessageSource messages,
            ObjectMapper json,
            ProvinceDashboard province) {
        this.monitoring = monitoring;
        this.campaigns = campaigns;
        this.messages = messages;
        this.json = json;
        this.province = province;
    }

    /**
     * Every commune in one table, for the province (province roles, system-admin), and the province's review drawn
     * with the proposals of all communes waiting at each step, and those overdue.
     */
    @GetMapping("/monitoring/province")
    String province(CurrentUser user, Model model) {
        ProvinceOverview p = province.overview(user);
        // the proposals' list shows a province user every commune's; the system administrator reads the figures only
        List<DiagramStep> steps = provinceSteps(p.total(), user.isProvince());
        model.addAttribute("p", p);
        model.addAttribute("provinceStages", ProvinceDashboard.PROVINCE_STAGES);
        model.addAttribute("diagramSteps", steps);
        model.addAttribute(
                "overlays",
                toJson(overlays(steps, "provinceDashboard.diagram.waiting", "provinceDashboard.diagram.overdue")));
        return "monitoring/province";
    }

    @GetMapping("/monitoring")
    String index(CurrentUser user, Model model) {
        model.addAttribute("campaigns", monitoring.campaigns(user));
        return "monitoring/index";
    }

    @GetMapping("/monitoring/campaigns/{id}")
    String dashboard(@PathVariable UUID id, CurrentUser user, Model model) {
        CampaignMonitor m = monitoring.monitor(id, user);
        model.addAttribute("m", m);
        model.addAttribute("c", m.campaign());
        model.addAttribute("stages", Stage.commune());
        model.addAttribute(
                "reviewStages",
                List.of(
                        Stage.PARTY_BUILDING_SELECTION,
                        Stage.CULTURE_SOCIAL_APPRAISAL,
                        Stage.COUNCIL_REVIEW,
                        Stage.CHAIRMAN_DECISION));
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("isAdmin", user.has(Roles.ADMIN));
        model.addAttribute(
                "unitsSubmitted",
                m.units().stream()
                        .filter(CampaignMonitor.UnitProgress::submitted)
                        .count());
        model.addAttribute(
                "openTasks",
                m.tasksByStage().values().stream()
                        .mapToLong(CampaignMonitor.TaskCount::open)
                        .sum());
        model.addAttribute(
                "overdueTasks",
                m.tasksByStage().values().stream()
                        .mapToLong(CampaignMonitor.TaskCount::overdue)
                        .sum());
        model.addAttribute(
                "reasonsShown",
                m.reasons().entrySet().stream().filter(e -> e.getValue() > 0).toList());
        model.addAttribute("overlays", toJson(overlays(campaignSteps(m), "monitoring.diagram.waiting", null)));
        model.addAttribute("submissionsChart", toJson(submissionsChart(m)));
        model.addAttribute("finishedChart", toJson(finishedChart(m)));
        return "monitoring/dashboard";
    }

    @GetMapping("/monitoring/campaigns/{id}/dossiers")
    String dossiers(
            @PathVariable UUID id,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) DossierStatus status,
            CurrentUser user,
            Model model) {
        model.addAttribute("items", monitoring.dossiers(id, stage, status, LIST_LIMIT, user));
        model.addAttribute("c", campaigns.view(campaigns.get(id)));
        model.addAttribute("stage", stage);
        model.addAttribute("status", status);
        model.addAttribute("total", monitoring.countDossiers(id, stage, status, user));
        model.addAttribute("limit", LIST_LIMIT);
        return "monitoring/dossiers";
    }

    @PostMapping("/monitoring/campaigns/{id}/units/{unitCode}/remind")
    String remind(@PathVariable UUID id, @PathVariable String unitCode, CurrentUser user, RedirectAttributes redirect) {
        return act(id, "#units", redirect, () -> {
            MonitoringService.Reminder reminder = monitoring.remind(id, unitCode, user);
            return text(reminder.recorded() ? "monitoring.remind.sent" : "monitoring.remind.already", reminder.to());
        });
    }

    @PostMapping("/monitoring/campaigns/{id}/jobs/{jobId}/retry")
    String retryJob(@PathVariable UUID id, @PathVariable String jobId, CurrentUser user, RedirectAttributes redirect) {
        return act(id, "#incidents", redirect, () -> {
            monitoring.retryJob(jobId, user);
            return text("monitoring.retry.jobDone");
        });
    }

    @PostMapping("/monitoring/campaigns/{id}/mails/{mailId}/retry")
    String retryMail(@PathVariable UUID id, @PathVariable UUID mailId, CurrentUser user, RedirectAttributes redirect) {
        return act(id, "#incidents", redirect, () -> {
            monitoring.retryMail(mailId, user);
            return text("monitoring.retry.mailDone");
        });
    }

    /** The commune process's steps: the dossiers waiting at each stage, and those waiting for the province. */
    private List<DiagramStep> campaignSteps(CampaignMonitor m) {
        List<DiagramStep> steps = new ArrayList<>();
        String list = "/monitoring/campaigns/" + m.campaign().id() + "/dossiers";
        Labels labels = Labels.inReadersLanguage();
        for (Stage stage : Stage.commune()) {
            steps.add(DiagramStep.waiting(
                    stage.taskDefinitionKey(),
                    labels.stage(stage),
                    m.dossiersByStage().getOrDefault(stage, 0L),
                    list + "?stage=" + stage.name()));
        }
        steps.add(DiagramStep.waiting(
                PROVINCE_WAIT,
                labels.status(DossierStatus.PROVINCE_PENDING),
                m.dossiersByStatus().getOrDefault(DossierStatus.PROVINCE_PENDING, 0L),
                list + "?status=" + DossierStatus.PROVINCE_PENDING.name()));
        return steps;
    }

    /**
     * The province's review (bpmn/ProvinceCommendation.bpmn) over all communes: the proposals waiting at each of its
     * stages and those returned to their commune to be sent again, each with those overdue; when linked, the numbers
     * lead to the proposals' list filtered the same way.
     */
    private List<DiagramStep> provinceSteps(ProvinceOverview.CommuneLine total, boolean linked) {
        List<DiagramStep> steps = new ArrayList<>();
        for (Stage stage : ProvinceDashboard.PROVINCE_STAGES) {
            String list = "/province/proposals?stage=" + stage.name();
            steps.add(new DiagramStep(
                    stage.taskDefinitionKey(),
                    Labels.inReadersLanguage().stage(stage),
                    total.proposalsByStage().get(stage),
                    linked ? list : null,
                    total.proposalsOverdueByStage().get(stage),
                    linked ? list + "&overdue=true" : null));
        }
        String returned = "/province/proposals?status=" + ProposalStatus.RETURNED.name();
        steps.add(new DiagramStep(
                RESEND_WAIT,
                text("provinceDashboard.diagram.returned"),
                total.proposalsReturned(),
                linked ? returned : null,
                total.proposalsReturnedOverdue(),
                linked ? returned + "&overdue=true" : null));
        return steps;
    }

    /**
     * What static/js/diagram.js draws on the diagram: BPMN element id → the count, its list and its title (and the
     * overdue ones, their list and title, where the step knows them). Titles: "{0} waiting: {1}" messages.
     */
    private Map<String, Object> overlays(List<DiagramStep> steps, String waitingKey, String overdueKey) {
        Map<String, Object> overlays = new LinkedHashMap<>();
        for (DiagramStep step : steps) {
            Map<String, Object> overlay = new LinkedHashMap<>();
            overlay.put("count", step.count());
            overlay.put("href", step.href());
            overlay.put("title", text(waitingKey, step.count(), step.label()));
            if (step.overdue() != null) {
                overlay.put("overdue", step.overdue());
                overlay.put("overdueHref", step.overdueHref());
                overlay.put("overdueTitle", text(overdueKey, step.overdue(), step.label()));
            }
            overlays.put(step.elementId(), overlay);
        }
        return overlays;
    }

    /**
     * Submissions per day over the window (opening day to deadline day, and on to today or the last submission),
     * the running total against the number of units, and the deadline drawn as a bar of its own.
     */
    private Map<String, Object> submissionsChart(CampaignMonitor m) {
        CampaignView c = m.campaign();
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        m.submissionsPerDay().forEach(d -> perDay.put(d.date(), d.count()));
        LocalDate today = m.generatedAt().toLocalDate();
        LocalDate deadline =
                c.submissionDeadline() == null ? null : c.submissionDeadline().toLocalDate();
        LocalDate first =
                c.submissionOpensAt() == null ? today : c.submissionOpensAt().toLocalDate();
        LocalDate last = deadline == null ? today : deadline;
        for (LocalDate day : perDay.keySet()) {
            first = day.isBefore(first) ? day : first;
            last = day.isAfter(last) ? day : last;
        }
        if (today.isAfter(last) && deadline != null && today.isBefore(deadline.plusDays(8))) {
            last = today;
        }
        List<String> labels = new ArrayList<>();
        List<Long> daily = new ArrayList<>();
        List<Long> cumulative = new ArrayList<>();
        List<Long> marker = new ArrayList<>();
        long total = 0;
        long units = m.units().size();
        long peak = Math.max(units, 1);
        for (LocalDate day = first; !day.isAfter(last) && labels.size() < 400; day = day.plusDays(1)) {
            long n = perDay.getOrDefault(day, 0L);
            total += n;
            labels.add(Formats.dayMonth(day));
            daily.add(n);
            cumulative.add(total);
            peak = Math.max(peak, total);
        }
        int i = 0;
        for (LocalDate day = first; !day.isAfter(last) && i < labels.size(); day = day.plusDays(1), i++) {
            marker.add(day.equals(deadline) ? peak : null);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("daily", daily);
        chart.put("cumulative", cumulative);
        chart.put("deadline", marker);
        chart.put("units", units);
        chart.put("dailyLabel", text("monitoring.chart.daily"));
        chart.put("cumulativeLabel", text("monitoring.chart.cumulative"));
        chart.put(
                "deadlineLabel",
                deadline == null
                        ? text("monitoring.chart.noDeadline")
                        : text("monitoring.chart.deadline", Formats.dayMonth(deadline)));
        chart.put("unitsLabel", text("monitoring.chart.units"));
        return chart;
    }

    private Map<String, Object> finishedChart(CampaignMonitor m) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "labels",
                m.finishedPerDay().stream().map(d -> Formats.dayMonth(d.date())).toList());
        chart.put(
                "finished",
                m.finishedPerDay().stream().map(CampaignMonitor.DayCount::count).toList());
        chart.put("finishedLabel", text("monitoring.chart.finished"));
        return chart;
    }

    /**
     * A dashboard button: runs the action and goes back to the dashboard's section with its success message, or
     * with the refusal's message; a caller without the right gets the 403 page.
     */
    private static String act(UUID campaignId, String section, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashSuccess", action.get());
        } catch (DomainException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/monitoring/campaigns/" + campaignId + section;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data is not serialisable", e);
        }
    }
}
