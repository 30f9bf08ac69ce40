package vn.bacson.khenthuong.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.CampaignStatus;

/**
 * One campaign's state in one line, for the office lead's start page: the days left while the window is open, the
 * units (not dissolved) that have not submitted, the dossiers still in progress, the open and overdue tasks and the
 * incidents (failed steps and failed e-mails, as the dashboard counts them); {@code dashboard} is the dashboard's
 * page.
 */
public record CampaignLine(
        UUID id,
        String code,
        String title,
        CampaignStatus status,
        Long daysLeft,
        OffsetDateTime submissionDeadline,
        long units,
        long unitsNotSubmitted,
        long dossiersInProgress,
        long openTasks,
        long overdueTasks,
        long incidents,
        String dashboard) {

    /** Needs attention: a task overdue or an incident. */
    public boolean alert() {
        return overdueTasks > 0 || incidents > 0;
    }
}
