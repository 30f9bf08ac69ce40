package vn.bacson.khenthuong.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NotificationEvent;

/**
 * GET /api/monitoring/campaigns/{id}: the fields of API.md ("Monitoring") first, then the additions. daysLeft and
 * hoursLeft are null unless the submission window is open.
 */
public record CampaignMonitor(
        CampaignView campaign,
        Long daysLeft,
        Long hoursLeft,
        Map<DossierStatus, Long> dossiersByStatus,
        Map<Stage, TaskCount> tasksByStage,
        List<UnitProgress> units,
        NomineeCounts nominees,
        Map<Stage, StageDuration> stageDurations,
        int incidents,
        Map<Stage, Long> dossiersByStage,
        List<AssigneeTasks> tasksByAssignee,
        Map<IneligibilityReason, Long> reasons,
        List<DayCount> submissionsPerDay,
        List<DayCount> finishedPerDay,
        IncidentDetails incidentDetails,
        OffsetDateTime generatedAt) {

    /** Open tasks of a stage, and how many of them are past their due date. */
    public record TaskCount(long open, long overdue) {}

    /**
     * One unit: dossiers = all its dossiers in the campaign; submitted = at least one sent and not withdrawn;
     * status NO_DOSSIER, DRAFT, SUBMITTED or DECIDED (the furthest any of its dossiers got), except
     * AMENDMENT_REQUESTED while any of its dossiers waits for the unit's amendment: the unit has work to do, even
     * when another of its dossiers is decided.
     */
    public record UnitProgress(
            String code,
            String name,
            long dossiers,
            boolean submitted,
            OffsetDateTime lastSubmittedAt,
            UnitStatus status) {}

    public enum UnitStatus {
        NO_DOSSIER,
        DRAFT,
        SUBMITTED,
        DECIDED,
        AMENDMENT_REQUESTED
    }

    /** Nominees of submitted dossiers: total proposed, eligible, awarded (Giấy khen or Bằng khen received). */
    public record NomineeCounts(
            long total, long eligible, long awarded, long ineligible, long pending, long proposedToProvince) {}

    /** Completed tasks of a stage: median and p90 in hours, against the stage's deadline in working days. */
    public record StageDuration(
            Double medianHours, Double p90Hours, long completed, long completedLate, Integer deadlineWorkingDays) {}

    /** Open tasks of one stage held by one person; assignee null = waiting to be claimed by the stage's group. */
    public record AssigneeTasks(Stage stage, String assignee, String assigneeName, long open, long overdue) {}

    public record DayCount(LocalDate date, long count) {}

    public record IncidentDetails(List<FailedStep> failedJobs, List<FailedMailView> failedMails) {}

    /** A step of the process that kept failing: which dossier, which step, the error in short. */
    public record FailedStep(
            String jobId,
            UUID dossierId,
            String dossierTitle,
            String unitName,
            String step,
            String message,
            OffsetDateTime failedAt) {}

    /** An e-mail given up: to whom, about what, what the mail server answered. */
    public record FailedMailView(
            UUID id,
            String to,
            String subject,
            NotificationEvent event,
            UUID dossierId,
            int attempts,
            String serverReply,
            OffsetDateTime createdAt) {}
}
