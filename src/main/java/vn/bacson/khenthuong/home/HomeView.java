package vn.bacson.khenthuong.home;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.monitoring.CampaignLine;
import vn.bacson.khenthuong.tasklist.StageCount;
import vn.bacson.khenthuong.tasklist.TaskItem;

/**
 * What a signed-in user finds first (GET / and GET /api/me/home): each section is there for the roles that work
 * with it and null for the others. {@code lastVisitAt}: the caller's last look at the start page before this visit
 * (null at the first visit); tasks that arrived after it count as new.
 */
public record HomeView(
        Me me,
        OffsetDateTime generatedAt,
        OffsetDateTime lastVisitAt,
        UnitWork unit,
        TaskWork tasks,
        List<CouncilQueue> councilSessions,
        List<CampaignLine> campaigns) {

    public record Me(String username, String displayName, List<String> roles, String unitCode) {}

    /** A proposing unit's work (unit officers, and Ban Xây dựng Đảng for its own unit). */
    public record UnitWork(
            List<OpenCampaign> openCampaigns,
            List<Amendment> amendments,
            List<Received> decisions,
            List<Draft> drafts) {}

    /** A campaign accepting dossiers: days left (0 on the last day) and what the unit has in it. */
    public record OpenCampaign(
            UUID id,
            String code,
            String title,
            OffsetDateTime submissionDeadline,
            long daysLeft,
            long drafts,
            long submitted) {}

    /** A dossier sent back for amendment: the deadline, whole days left to it (negative when past) and the reason. */
    public record Amendment(
            UUID dossierId,
            UUID campaignId,
            String campaignCode,
            String title,
            OffsetDateTime dueAt,
            Long daysLeft,
            boolean overdue,
            String reason) {}

    /** A dossier with a decision; {@code document} is the decision's PDF. */
    public record Received(
            UUID dossierId,
            UUID campaignId,
            String campaignCode,
            String title,
            DossierStatus status,
            UUID decisionId,
            String number,
            LocalDate decidedOn,
            String document) {}

    /** A draft not sent yet; {@code campaignDaysLeft} while its campaign accepts dossiers, else null. */
    public record Draft(
            UUID dossierId,
            UUID campaignId,
            String campaignCode,
            String title,
            int nomineeCount,
            OffsetDateTime updatedAt,
            Long campaignDaysLeft) {}

    /**
     * A reviewer's open tasks: totals over {@code byStage}, dueSoon = due before {@code dueSoonUntil} (the end of the
     * day after tomorrow) and not overdue, arrived = since the last visit; {@code next} the first ones by due date.
     */
    public record TaskWork(
            long total,
            long overdue,
            long dueSoon,
            long arrived,
            long mine,
            OffsetDateTime dueSoonUntil,
            List<StageCount> byStage,
            List<TaskItem> next) {}

    /**
     * A council session to hold: the campaign's dossiers waiting for the council, how many are overdue, the earliest
     * due date and the oldest arrival; {@code recordSession} is the page that records it (council members only).
     */
    public record CouncilQueue(
            UUID campaignId,
            String campaignCode,
            String campaignTitle,
            long dossiers,
            long overdue,
            OffsetDateTime firstDue,
            OffsetDateTime waitingSince,
            String recordSession) {}
}
