package vn.bacson.khenthuong.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.AssigneeTasks;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.DayCount;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.FailedMailView;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.FailedStep;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.IncidentDetails;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.NomineeCounts;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.StageDuration;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.TaskCount;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.UnitProgress;
import vn.bacson.khenthuong.monitoring.CampaignMonitor.UnitStatus;
import vn.bacson.khenthuong.notification.FailedMailRetry;
import vn.bacson.khenthuong.process.ProcessIncidents;
import vn.bacson.khenthuong.tasklist.TaskStatistics;

/**
 * One campaign's dashboard: the window, dossiers by status and stage, open and overdue tasks by stage and
 * assignee, units' progress, nominees and reasons, stage durations against their deadlines, submissions and
 * finished dossiers per day, and the incidents (failed steps and e-mails).
 */
@Component
class CampaignDashboard {

    private final CampaignService campaigns;
    private final MonitoringQueries queries;
    private final TaskStatistics tasks;
    private final ProcessIncidents incidents;
    private final FailedMailRetry mails;
    private final Clock clock;
    private final ZoneId zone;
    /** The stage deadlines of the campaign's commune (the caller's). */
    private final CommuneSettings communeSettings;

    CampaignDashboard(
            CampaignService campaigns,
            MonitoringQueries queries,
            TaskStatistics tasks,
            ProcessIncidents incidents,
            FailedMailRetry mails,
            Clock clock,
            ZoneId businessZone,
            CommuneSettings communeSettings) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.tasks = tasks;
        this.incidents = incidents;
        this.mails = mails;
        this.clock = clock;
        this.zone = businessZone;
        this.communeSettings = communeSettings;
    }

    CampaignMonitor monitor(UUID campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        Instant now = clock.instant();
        CampaignView view = campaigns.view(campaign);
        Long hoursLeft = view.status() == CampaignStatus.OPEN
                ? Duration.between(now, campaign.submissionDeadline(zone)).toHours()
                : null;
        int offset = zone.getRules().getOffset(now).getTotalSeconds();

        Map<Stage, TaskCount> byStage = new EnumMap<>(Stage.class);
        Map<Stage, long[]> sums = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.commune()) {
            sums.put(stage, new long[2]);
        }
        List<AssigneeTasks> byAssignee = tasks.openTasks(campaignId, now).stream()
                .peek(t -> {
                    sums.get(t.stage())[0] += t.open();
                    sums.get(t.stage())[1] += t.overdue();
                })
                .map(t -> new AssigneeTasks(t.stage(), t.assignee(), t.assigneeName(), t.open(), t.overdue()))
                .sorted(Comparator.comparing(AssigneeTasks::stage)
                        .thenComparing(a -> a.assigneeName() == null ? "" : a.assigneeName()))
                .toList();
        sums.forEach((stage, s) -> byStage.put(stage, new TaskCount(s[0], s[1])));

        Map<Stage, StageDuration> durations = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.commune()) {
            durations.put(stage, new StageDuration(null, null, 0, 0, workingDays(stage)));
        }
        for (TaskStatistics.StageDuration d : tasks.stageDurations(campaignId)) {
            durations.put(
                    d.stage(),
                    new StageDuration(d.medianHours(), d.p90Hours(), d.completed(), d.late(), workingDays(d.stage())));
        }

        MonitoringQueries.NomineeRow nominees = queries.nominees(campaignId);
        IncidentDetails details = incidentDetails(campaign);
        return new CampaignMonitor(
                view,
                view.daysLeft(),
                hoursLeft,
                queries.dossiersByStatus(campaignId),
                byStage,
                queries.units(campaignId).stream().map(this::progress).toList(),
                new NomineeCounts(
                        nominees.total(),
                        nominees.eligible(),
                        nominees.awarded(),
                        nominees.ineligible(),
                        nominees.pending(),
                        nominees.proposedToProvince()),
                durations,
                details.failedJobs().size() + details.failedMails().size(),
                queries.dossiersByStage(campaignId),
                byAssignee,
                nominees.reasons(),
                days(queries.submissionsPerDay(campaignId, offset)),
                days(queries.finishedPerDay(campaignId, offset)),
                details,
                at(now));
    }

    private IncidentDetails incidentDetails(Campaign campaign) {
        List<ProcessIncidents.FailedJob> jobs = incidents.failedJobs(campaign.id(), campaign.code());
        Map<UUID, String[]> titles = queries.titles(jobs.stream()
                .map(ProcessIncidents.FailedJob::dossierId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<FailedStep> steps = jobs.stream()
                .map(j -> {
                    String[] t = j.dossierId() == null ? null : titles.get(j.dossierId());
                    return new FailedStep(
                            j.jobId(),
                            j.dossierId(),
                            t == null ? null : t[0],
                            t == null ? null : t[1],
                            j.stepName(),
                            j.message(),
                            at(j.failedAt()));
                })
                .toList();
        List<FailedMailView> failedMails = mails.failed(campaign.id()).stream()
                .map(m -> new FailedMailView(
                        m.id(),
                        m.recipient(),
                        m.subject(),
                        m.event(),
                        m.dossierId(),
                        m.attempts(),
                        m.serverReply(),
                        at(m.createdAt())))
                .toList();
        return new IncidentDetails(steps, failedMails);
    }

    private UnitProgress progress(MonitoringQueries.UnitRow row) {
        UnitStatus status = row.amendments() > 0
                ? UnitStatus.AMENDMENT_REQUESTED
                : row.decided() > 0
                        ? UnitStatus.DECIDED
                        : row.submitted() > 0
                                ? UnitStatus.SUBMITTED
                                : row.drafts() > 0 ? UnitStatus.DRAFT : UnitStatus.NO_DOSSIER;
        return new UnitProgress(
                row.code(), row.name(), row.dossiers(), row.submitted() > 0, at(row.lastSubmittedAt()), status);
    }

    private Integer workingDays(Stage stage) {
        return communeSettings.current().stageWorkingDays().get(stage.name());
    }

    private static List<DayCount> days(Map<LocalDate, Long> perDay) {
        return perDay.entrySet().stream()
                .map(e -> new DayCount(e.getKey(), e.getValue()))
                .toList();
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
