package vn.bacson.khenthuong.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.DossierService;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.DossierSummary;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.home.HomeView.Amendment;
import vn.bacson.khenthuong.home.HomeView.CouncilQueue;
import vn.bacson.khenthuong.home.HomeView.Draft;
import vn.bacson.khenthuong.home.HomeView.OpenCampaign;
import vn.bacson.khenthuong.home.HomeView.Received;
import vn.bacson.khenthuong.home.HomeView.TaskWork;
import vn.bacson.khenthuong.home.HomeView.UnitWork;
import vn.bacson.khenthuong.identity.AuthenticatedUser;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.monitoring.CampaignLine;
import vn.bacson.khenthuong.monitoring.MonitoringService;
import vn.bacson.khenthuong.tasklist.StageCount;
import vn.bacson.khenthuong.tasklist.TaskFilter;
import vn.bacson.khenthuong.tasklist.TaskItem;
import vn.bacson.khenthuong.tasklist.TaskListService;
import vn.bacson.khenthuong.tasklist.TaskStatistics;

/**
 * Each user's start page, from the read models the other pages use (the task projection through
 * {@link TaskListService} and {@link TaskStatistics}, the dossier read model through {@link DossierService}, the
 * monitoring figures through {@link MonitoringService}): a few grouped queries per section, whatever the number of
 * dossiers, and no new SQL against other modules' tables.
 */
@Service
public class HomeService {

    /** Dossiers of a unit read for its start page (latest change first). */
    static final int UNIT_DOSSIERS = 200;
    /** Decisions and drafts listed; the unit's page lists the rest. */
    static final int LISTED = 10;
    /** Tasks listed by due date under the counts. */
    static final int NEXT_TASKS = 5;
    /** Campaigns with council work listed. */
    static final int COUNCIL_QUEUES = 3;
    /** "Due soon": due before the end of the day after tomorrow. */
    static final int DUE_SOON_DAYS = 3;

    private static final List<String> REVIEWERS =
            List.of(Roles.PARTY_BUILDING, Roles.CULTURE_SOCIAL, Roles.COUNCIL, Roles.CHAIRMAN);

    private final CampaignService campaigns;
    private final DossierService dossiers;
    private final TaskListService tasks;
    private final TaskStatistics taskStatistics;
    private final MonitoringService monitoring;
    private final VisitLog visits;
    private final Clock clock;
    private final ZoneId zone;

    HomeService(
            CampaignService campaigns,
            DossierService dossiers,
            TaskListService tasks,
            TaskStatistics taskStatistics,
            MonitoringService monitoring,
            VisitLog visits,
            Clock clock,
            ZoneId businessZone) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.taskStatistics = taskStatistics;
        this.monitoring = monitoring;
        this.visits = visits;
        this.clock = clock;
        this.zone = businessZone;
    }

    /**
     * The caller's start page, narrowed to one campaign when {@code campaignId} is given (unknown: 404
     * CAMPAIGN_NOT_FOUND). Records the visit: tasks that arrive after it are new at the next visit.
     */
    @Transactional
    public HomeView home(AuthenticatedUser principal, UUID campaignId) {
        CurrentUser user = principal.toCurrentUser();
        if (campaignId != null) {
            campaigns.get(campaignId);
        }
        Instant now = clock.instant();
        Instant since = visits.visit(user.username(), now);
        List<String> roles = List.copyOf(new java.util.TreeSet<>(user.roles()));
        return new HomeView(
                new HomeView.Me(principal.username(), principal.displayName(), roles, principal.unitCode()),
                at(now),
                at(since),
                user.canPropose() ? unitWork(user, campaignId, now) : null,
                REVIEWERS.stream().anyMatch(user::has) ? taskWork(user, campaignId, since, now) : null,
                user.hasAny(Roles.COUNCIL, Roles.CULTURE_SOCIAL) ? councilQueues(user, campaignId, now) : null,
                user.hasAny(Roles.OFFICE_LEAD, Roles.ADMIN) ? campaignLines(user, campaignId) : null);
    }

    private UnitWork unitWork(CurrentUser user, UUID campaignId, Instant now) {
        List<CampaignView> all = campaignViews(campaignId);
        Map<UUID, String> codes = new HashMap<>();
        all.forEach(c -> codes.put(c.id(), c.code()));
        List<CampaignView> open = all.stream()
                .filter(c -> c.status() == CampaignStatus.OPEN)
                .sorted(java.util.Comparator.comparing(CampaignView::daysLeft))
                .toList();
        Map<UUID, Long> daysLeft = new HashMap<>();
        open.forEach(c -> daysLeft.put(c.id(), c.daysLeft()));
        List<DossierSummary> mine = dossiers.unitSummaries(user, campaignId, UNIT_DOSSIERS);
        List<OpenCampaign> openCampaigns = open.stream()
                .map(c -> new OpenCampaign(
                        c.id(),
                        c.code(),
                        c.title(),
                        c.submissionDeadline(),
                        c.daysLeft(),
                        mine.stream()
                                .filter(d -> c.id().equals(d.campaignId()) && d.status() == DossierStatus.DRAFT)
                                .count(),
                        mine.stream()
                                .filter(d -> c.id().equals(d.campaignId()) && d.submittedAt() != null)
                                .count()))
                .toList();
        List<Amendment> amendments = mine.stream()
                .filter(d -> d.status() == DossierStatus.AMENDMENT_REQUESTED)
                .sorted(java.util.Comparator.comparing(
                        DossierSummary::amendmentDueAt, java.util.Comparator.nullsLast(OffsetDateTime::compareTo)))
                .map(d -> new Amendment(
                        d.id(),
                        d.campaignId(),
                        codes.get(d.campaignId()),
                        d.title(),
                        d.amendmentDueAt(),
                        d.amendmentDueAt() == null ? null : daysUntil(d.amendmentDueAt(), now),
                        d.amendmentDueAt() != null
                                && d.amendmentDueAt().toInstant().isBefore(now),
                        d.returnComment()))
                .toList();
        List<Received> decisions = mine.stream()
                .filter(d -> d.decision() != null && d.decision().id() != null)
                .sorted(java.util.Comparator.comparing(
                                (DossierSummary d) -> d.decision().decidedOn())
                        .reversed())
                .limit(LISTED)
                .map(d -> new Received(
                        d.id(),
                        d.campaignId(),
                        codes.get(d.campaignId()),
                        d.title(),
                        d.status(),
                        d.decision().id(),
                        d.decision().number(),
                        d.decision().decidedOn(),
                        "/api/decisions/" + d.decision().id() + "/document.pdf"))
                .toList();
        List<Draft> drafts = mine.stream()
                .filter(d -> d.status() == DossierStatus.DRAFT)
                .limit(LISTED)
                .map(d -> new Draft(
                        d.id(),
                        d.campaignId(),
                        codes.get(d.campaignId()),
                        d.title(),
                        d.nomineeCount(),
                        d.updatedAt(),
                        daysLeft.get(d.campaignId())))
                .toList();
        return new UnitWork(openCampaigns, amendments, decisions, drafts);
    }

    private TaskWork taskWork(CurrentUser user, UUID campaignId, Instant since, Instant now) {
        Instant dueSoonUntil = LocalDate.ofInstant(now, zone)
                .plusDays(DUE_SOON_DAYS)
                .atStartOfDay(zone)
                .toInstant();
        List<StageCount> byStage = tasks.countByStage(user, campaignId, since, dueSoonUntil);
        List<TaskItem> next = tasks
                .list(user, new TaskFilter(null, campaignId, null, null, false), PageQuery.of(0, NEXT_TASKS * 2))
                .items()
                .stream()
                .filter(t -> t.stage() != null && t.stage().isReview())
                .limit(NEXT_TASKS)
                .toList();
        return new TaskWork(
                byStage.stream().mapToLong(StageCount::total).sum(),
                byStage.stream().mapToLong(StageCount::overdue).sum(),
                byStage.stream().mapToLong(StageCount::dueSoon).sum(),
                byStage.stream().mapToLong(StageCount::arrived).sum(),
                byStage.stream().mapToLong(StageCount::mine).sum(),
                at(dueSoonUntil),
                byStage,
                next);
    }

    private List<CouncilQueue> councilQueues(CurrentUser user, UUID campaignId, Instant now) {
        boolean member = user.has(Roles.COUNCIL);
        return taskStatistics.queues(Stage.COUNCIL_REVIEW, campaignId, now, COUNCIL_QUEUES).stream()
                .map(q -> {
                    CampaignView c = campaigns.view(campaigns.get(q.campaignId()));
                    return new CouncilQueue(
                            c.id(),
                            c.code(),
                            c.title(),
                            q.open(),
                            q.overdue(),
                            at(q.firstDue()),
                            at(q.oldest()),
                            member ? "/council/sessions/new?campaignId=" + c.id() : null);
                })
                .toList();
    }

    private List<CampaignLine> campaignLines(CurrentUser user, UUID campaignId) {
        return monitoring.overview(user, campaignId);
    }

    private List<CampaignView> campaignViews(UUID campaignId) {
        if (campaignId != null) {
            return List.of(campaigns.view(campaigns.get(campaignId)));
        }
        return campaigns.list(PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .map(campaigns::view)
                .toList();
    }

    private long daysUntil(OffsetDateTime at, Instant now) {
        return ChronoUnit.DAYS.between(
                LocalDate.ofInstant(now, zone), at.atZoneSameInstant(zone).toLocalDate());
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
