package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.calendar.BusinessCalendar;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Due dates of the dossier's tasks, used by both the task's camunda:dueDate and its boundary timer. The engine
 * creates a boundary timer before the task exists, so both must be computed by the same deterministic rule:
 * the calendar's deadline is the end of a working day, the same for every instant of the starting day.
 */
@Component("stageDeadlines")
public class StageDeadlines {

    private final BusinessCalendar calendar;
    private final WorkflowSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    public StageDeadlines(BusinessCalendar calendar, WorkflowSettings settings, Clock clock, ZoneId businessZone) {
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** Review stage: n working days (app.workflow.stage-working-days) from a complete dossier (appraisal) or now. */
    public Date dueDate(VariableScope execution, String stage) {
        Stage s = Stage.valueOf(stage);
        Instant from = clock.instant();
        if (s == Stage.CULTURE_SOCIAL_APPRAISAL) {
            Instant completedAt = CommendationProposalVariables.completedAt(execution);
            if (completedAt != null) {
                from = completedAt;
            }
        }
        return Date.from(calendar.deadlineAfterWorkingDays(from, settings.stageWorkingDays(s.name())));
    }

    /** Amendment: app.workflow.amendment-working-days from now. */
    public Date amendmentDue(VariableScope execution) {
        return Date.from(amendmentDueFrom(clock.instant()));
    }

    /**
     * "Deadline near" reminder of an amendment: at app.workflow.reminders-at on the working day that lies
     * app.workflow.amendment-reminder-working-days-before working days before the deadline's day.
     */
    public Date amendmentReminder(VariableScope execution) {
        Instant due = amendmentDueFrom(clock.instant());
        LocalDate day = due.atZone(zone).toLocalDate();
        int remaining = settings.getAmendmentReminderWorkingDaysBefore();
        while (remaining > 0) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                remaining--;
            }
        }
        return Date.from(day.atTime(settings.getRemindersAt()).atZone(zone).toInstant());
    }

    Instant amendmentDueFrom(Instant from) {
        return calendar.deadlineAfterWorkingDays(from, settings.getAmendmentWorkingDays());
    }
}
