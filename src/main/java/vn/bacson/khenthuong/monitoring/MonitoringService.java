package vn.bacson.khenthuong.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
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
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;
import vn.bacson.khenthuong.review.ProcessIncidents;
import vn.bacson.khenthuong.tasklist.TaskStatistics;

/**
 * The office lead's campaign dashboard: figures from aggregate queries (ours and the engine's), the manual
 * reminder to a unit that has not submitted, and the admin's retries. Read-only apart from those two actions.
 */
@Service
public class MonitoringService {

    /** A reminder click is deduplicated within this bucket: a double click sends one e-mail. */
    static final Duration REMINDER_BUCKET = Duration.ofMinutes(10);

    private final CampaignService campaigns;
    private final MonitoringQueries queries;
    private final TaskStatistics tasks;
    private final ProcessIncidents incidents;
    private final FailedMailRetry mails;
    private final NotificationRecorder recorder;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Integer> stageWorkingDays;

    MonitoringService(
            CampaignService campaigns,
            MonitoringQueries queries,
            TaskStatistics tasks,
            ProcessIncidents incidents,
            FailedMailRetry mails,
            NotificationRecorder recorder,
            ObjectMapper json,
            Clock clock,
            ZoneId businessZone,
            AppProperties app) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.tasks = tasks;
        this.incidents = incidents;
        this.mails = mails;
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
        this.zone = businessZone;
        this.stageWorkingDays = app.workflow() == null || app.workflow().stageWorkingDays() == null
                ? Map.of()
                : app.workflow().stageWorkingDays();
    }

    /** Office lead, chairman and culture-social staff read the dashboard; the administrator too. */
    static boolean mayMonitor(CurrentUser user) {
        return user != null && user.hasAny(Roles.OFFICE_LEAD, Roles.CHAIRMAN, Roles.CULTURE_SOCIAL, Roles.ADMIN);
    }

    static void requireMonitor(CurrentUser user) {
        if (!mayMonitor(user)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN,
                    "Chỉ Trưởng phòng Văn hóa - Xã hội, Chủ tịch UBND xã và Phòng Văn hóa - Xã hội được xem bảng theo dõi.");
        }
    }

    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.has(Roles.ADMIN)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN, "Chỉ quản trị hệ thống được chạy lại bước lỗi hoặc gửi lại thư.");
        }
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns(CurrentUser user) {
        requireMonitor(user);
        return campaigns
                .list(vn.bacson.khenthuong.common.PageQuery.of(0, vn.bacson.khenthuong.common.PageQuery.MAX_SIZE))
                .items()
                .stream()
                .map(campaigns::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignMonitor monitor(UUID campaignId, CurrentUser user) {
        requireMonitor(user);
        Campaign campaign = campaigns.get(campaignId);
        Instant now = clock.instant();
        CampaignView view = campaigns.view(campaign);
        Long hoursLeft = view.status() == CampaignStatus.OPEN
                ? Duration.between(now, campaign.submissionDeadline(zone)).toHours()
                : null;
        int offset = zone.getRules().getOffset(now).getTotalSeconds();

        Map<Stage, TaskCount> byStage = new EnumMap<>(Stage.class);
        Map<Stage, long[]> sums = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            sums.put(stage, new long[2]);
        }
        List<AssigneeTasks> byAssignee = tasks.openTasks(campaignId, now).stream()
                .peek(t -> {
                    sums.get(t.stage())[0] += t.open();
                    sums.get(t.stage())[1] += t.overdue();
                })
                .map(t -> new AssigneeTasks(t.stage(), t.assignee(), t.assigneeName(), t.open(), t.overdue()))
                .sorted(java.util.Comparator.comparing(AssigneeTasks::stage)
                        .thenComparing(a -> a.assigneeName() == null ? "" : a.assigneeName()))
                .toList();
        sums.forEach((stage, s) -> byStage.put(stage, new TaskCount(s[0], s[1])));

        Map<Stage, StageDuration> durations = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
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

    /**
     * Each current campaign in one line (office lead's start page): the campaigns whose window is open or not yet
     * open, and closed ones that still have dossiers in progress, open tasks or incidents; open ones first, the
     * nearest deadline first. {@code campaignId} narrows to that campaign. A handful of grouped queries whatever
     * the number of campaigns (up to the 200 latest).
     */
    @Transactional(readOnly = true)
    public List<CampaignLine> overview(CurrentUser user, UUID campaignId) {
        requireMonitor(user);
        List<CampaignView> all =
                campaignId == null ? campaigns(user) : List.of(campaigns.view(campaigns.get(campaignId)));
        List<UUID> ids = all.stream().map(CampaignView::id).toList();
        Instant now = clock.instant();
        Map<UUID, MonitoringQueries.CampaignFigures> figures = queries.campaignFigures(ids);
        Map<UUID, TaskStatistics.CampaignTasks> openTasks = tasks.openTasksByCampaign(ids, now);
        Map<UUID, Long> incidentCounts = incidentCounts(all);
        long units = queries.activeUnits();
        return all.stream()
                .map(c -> {
                    MonitoringQueries.CampaignFigures f =
                            figures.getOrDefault(c.id(), new MonitoringQueries.CampaignFigures(0, 0));
                    TaskStatistics.CampaignTasks t =
                            openTasks.getOrDefault(c.id(), new TaskStatistics.CampaignTasks(c.id(), 0, 0));
                    return new CampaignLine(
                            c.id(),
                            c.code(),
                            c.title(),
                            c.status(),
                            c.daysLeft(),
                            c.submissionDeadline(),
                            units,
                            Math.max(0, units - f.unitsSubmitted()),
                            f.inProgress(),
                            t.open(),
                            t.overdue(),
                            incidentCounts.getOrDefault(c.id(), 0L),
                            "/monitoring/campaigns/" + c.id());
                })
                .filter(line -> campaignId != null
                        || line.status() != CampaignStatus.CLOSED
                        || line.dossiersInProgress() > 0
                        || line.openTasks() > 0
                        || line.incidents() > 0)
                .sorted(java.util.Comparator.comparing((CampaignLine line) -> switch (line.status()) {
                            case OPEN -> 0;
                            case CLOSED -> 1;
                            case DRAFT_WINDOW -> 2;
                        })
                        .thenComparing(line -> line.daysLeft() == null ? Long.MAX_VALUE : line.daysLeft())
                        .thenComparing(CampaignLine::code))
                .toList();
    }

    /** Failed steps (by the process's business key: campaign code or dossier id) plus FAILED e-mails, per campaign. */
    private Map<UUID, Long> incidentCounts(List<CampaignView> all) {
        Map<UUID, Long> counts = new java.util.HashMap<>(
                mails.failedCounts(all.stream().map(CampaignView::id).toList()));
        Map<String, UUID> byCode = new java.util.HashMap<>();
        all.forEach(c -> byCode.put(c.code(), c.id()));
        Map<String, Long> failedJobs = incidents.failedJobsByBusinessKey();
        Map<UUID, UUID> dossierCampaigns = queries.campaignsOf(failedJobs.keySet().stream()
                .map(vn.bacson.khenthuong.common.Ids::uuidOrNull)
                .filter(Objects::nonNull)
                .toList());
        failedJobs.forEach((key, n) -> {
            UUID dossierId = vn.bacson.khenthuong.common.Ids.uuidOrNull(key);
            UUID campaignId = dossierId == null ? byCode.get(key) : dossierCampaigns.get(dossierId);
            if (campaignId != null && byCode.containsValue(campaignId)) {
                counts.merge(campaignId, n, Long::sum);
            }
        });
        return counts;
    }

    /** The dossiers behind a number of the dashboard: waiting at a stage, or in a status. */
    @Transactional(readOnly = true)
    public List<MonitoringQueries.DossierLine> dossiers(
            UUID campaignId,
            Stage stage,
            vn.bacson.khenthuong.dossier.DossierStatus status,
            int limit,
            CurrentUser user) {
        requireMonitor(user);
        campaigns.get(campaignId);
        return queries.dossiers(campaignId, stage, status, limit);
    }

    @Transactional(readOnly = true)
    public long countDossiers(
            UUID campaignId, Stage stage, vn.bacson.khenthuong.dossier.DossierStatus status, CurrentUser user) {
        requireMonitor(user);
        return queries.countDossiers(campaignId, stage, status);
    }

    /** What a reminder did: recorded = a new e-mail is queued; false = the same click was already recorded. */
    public record Reminder(String unit, String to, boolean recorded) {}

    /**
     * Queues a SUBMISSION_REMINDER e-mail to a unit that has not submitted a dossier while the window is open.
     * Repeated clicks within {@link #REMINDER_BUCKET} record one e-mail (the dedupe key holds the bucket).
     */
    @Transactional
    public Reminder remind(UUID campaignId, String unitCode, CurrentUser user) {
        requireMonitor(user);
        Campaign campaign = campaigns.get(campaignId);
        MonitoringQueries.UnitRow unit = queries.unit(campaignId, unitCode)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy đơn vị này."));
        if (unit.submitted() > 0) {
            throw new DomainException(
                    ErrorCode.DOSSIER_ALREADY_SUBMITTED, "Đơn vị " + unit.name() + " đã gửi hồ sơ; không cần nhắc.");
        }
        Instant now = clock.instant();
        switch (campaign.status(now, zone)) {
            case DRAFT_WINDOW ->
                throw new DomainException(
                        ErrorCode.SUBMISSION_WINDOW_NOT_OPEN,
                        "Phong trào chưa mở nhận hồ sơ nên chưa thể nhắc đơn vị.");
            case CLOSED ->
                throw new DomainException(
                        ErrorCode.SUBMISSION_WINDOW_CLOSED, "Đã hết thời hạn nộp hồ sơ nên không gửi nhắc nữa.");
            case OPEN -> {
                // a reminder makes sense
            }
        }
        Instant deadline = campaign.submissionDeadline(zone);
        String deadlineText = Formats.date(deadline, zone);
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.ofInstant(now, zone), deadline.atZone(zone).toLocalDate());
        long bucket = now.getEpochSecond() / REMINDER_BUCKET.toSeconds();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("campaignId", campaignId.toString());
        payload.put("title", campaign.title());
        payload.put("deadline", deadlineText);
        payload.put("daysBefore", daysLeft);
        payload.put("unit", unit.code());
        payload.put("requestedBy", user.username());
        boolean recorded = recorder.record(
                NotificationEvent.SUBMISSION_REMINDER,
                "SUBMISSION_REMINDER:MANUAL:" + campaignId + ":" + unit.code() + ":" + bucket,
                unit.email(),
                "Nhắc nộp hồ sơ đề nghị khen thưởng (hạn " + deadlineText + "): " + campaign.title(),
                null,
                campaignId,
                toJson(payload));
        return new Reminder(unit.code(), unit.email(), recorded);
    }

    public void retryJob(String jobId, CurrentUser user) {
        requireAdmin(user);
        incidents.retry(jobId);
    }

    public void retryMail(UUID notificationId, CurrentUser user) {
        requireAdmin(user);
        mails.retry(notificationId);
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
        return stageWorkingDays.get(stage.name());
    }

    private static List<DayCount> days(Map<LocalDate, Long> perDay) {
        return perDay.entrySet().stream()
                .map(e -> new DayCount(e.getKey(), e.getValue()))
                .toList();
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    private String toJson(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reminder payload is not serialisable", e);
        }
    }
}
