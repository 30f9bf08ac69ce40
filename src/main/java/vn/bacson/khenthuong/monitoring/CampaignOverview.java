package vn.bacson.khenthuong.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.notification.FailedMailRetry;
import vn.bacson.khenthuong.process.ProcessIncidents;
import vn.bacson.khenthuong.tasklist.TaskStatistics;

/**
 * Each current campaign in one line (the office lead's start page): the campaigns whose window is open or not yet
 * open, and closed ones that still have dossiers in progress, open tasks or incidents; open ones first, the
 * nearest deadline first. A handful of grouped queries whatever the number of campaigns.
 */
@Component
class CampaignOverview {

    private final OverviewQueries queries;
    private final TaskStatistics tasks;
    private final ProcessIncidents incidents;
    private final FailedMailRetry mails;
    private final Clock clock;

    CampaignOverview(
            OverviewQueries queries,
            TaskStatistics tasks,
            ProcessIncidents incidents,
            FailedMailRetry mails,
            Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.incidents = incidents;
        this.mails = mails;
        this.clock = clock;
    }

    /** The lines of these campaigns; {@code keepClosed}: a closed campaign is shown even when nothing is left. */
    List<CampaignLine> lines(List<CampaignView> all, boolean keepClosed) {
        List<UUID> ids = all.stream().map(CampaignView::id).toList();
        Instant now = clock.instant();
        Map<UUID, OverviewQueries.CampaignFigures> figures = queries.campaignFigures(ids);
        Map<UUID, TaskStatistics.CampaignTasks> openTasks = tasks.openTasksByCampaign(ids, now);
        Map<UUID, Long> incidentCounts = incidentCounts(all);
        long units = queries.activeUnits();
        return all.stream()
                .map(c -> {
                    OverviewQueries.CampaignFigures f =
                            figures.getOrDefault(c.id(), new OverviewQueries.CampaignFigures(0, 0));
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
                .filter(line -> keepClosed
                        || line.status() != CampaignStatus.CLOSED
                        || line.dossiersInProgress() > 0
                        || line.openTasks() > 0
                        || line.incidents() > 0)
                .sorted(Comparator.comparing((CampaignLine line) -> switch (line.status()) {
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
        Map<UUID, Long> counts = new HashMap<>(
                mails.failedCounts(all.stream().map(CampaignView::id).toList()));
        Map<String, UUID> byCode = new HashMap<>();
        all.forEach(c -> byCode.put(c.code(), c.id()));
        Map<String, Long> failedJobs = incidents.failedJobsByBusinessKey();
        Map<UUID, UUID> dossierCampaigns = queries.campaignsOf(failedJobs.keySet().stream()
                .map(Ids::uuidOrNull)
                .filter(Objects::nonNull)
                .toList());
        failedJobs.forEach((key, n) -> {
            UUID dossierId = Ids.uuidOrNull(key);
            UUID campaignId = dossierId == null ? byCode.get(key) : dossierCampaigns.get(dossierId);
            if (campaignId != null && byCode.containsValue(campaignId)) {
                counts.merge(campaignId, n, Long::sum);
            }
        });
        return counts;
    }
}
