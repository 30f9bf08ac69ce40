package vn.bacson.khenthuong.process;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.CommuneSettings;

/**
 * app.workflow.* for the BPMN expressions ({@code ${workflowSettings.retryCycle}}): timer cycles and retry
 * cycles come from configuration, never from numbers written in the diagrams.
 */
@Component("workflowSettings")
public class WorkflowSettings {

    private final AppProperties.Workflow workflow;
    private final CommuneSettings communeSettings;

    public WorkflowSettings(AppProperties properties, CommuneSettings communeSettings) {
        this.workflow = properties.workflow();
        this.communeSettings = communeSettings;
    }

    /** failedJobRetryTimeCycle of every asynchronous step, e.g. R5/PT1M. */
    public String getRetryCycle() {
        return workflow.retryCycle();
    }

    /** Reminder cycle while the province has not answered, e.g. R/P15D. */
    public String getProvinceReminderCycle() {
        return workflow.provinceReminderCycle();
    }

    /** Days before the submission deadline on which units without a dossier are reminded. */
    public List<Integer> getReminderDaysBeforeDeadline() {
        List<Integer> days = workflow.reminderDaysBeforeDeadline();
        return days == null ? List.of() : List.copyOf(days);
    }

    public boolean isPartyBuildingStage() {
        return workflow.partyBuildingStage();
    }

    public int getAmendmentReminderWorkingDaysBefore() {
        return workflow.amendmentReminderWorkingDaysBefore();
    }

    /** Local time of day at which day-based reminders fire (office hours start). */
    public java.time.LocalTime getRemindersAt() {
        return workflow.remindersAt() == null ? java.time.LocalTime.of(7, 30) : workflow.remindersAt();
    }

    public int getAmendmentWorkingDays() {
        return workflow.amendmentWorkingDays();
    }

    /**
     * Working days of a review stage in the current commune: its own figure (commune settings), else
     * app.workflow.stage-working-days. A task's due date and its boundary timer are computed in the commune of
     * their process instance.
     */
    public int stageWorkingDays(String stage) {
        return communeSettings.current().stageWorkingDays(stage);
    }
}
