package vn.bacson.khenthuong.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything under {@code app:} in config/application.yml. */
@ConfigurationProperties("app")
public record AppProperties(
        ZoneId zone,
        boolean demoData,
        String baseUrl,
        Documents documents,
        Workflow workflow,
        Council council,
        Decision decision,
        Calendar calendar) {

    public record Documents(long maxSizeBytes) {}

    public record Workflow(
            boolean partyBuildingStage,
            int amendmentWorkingDays,
            int amendmentReminderWorkingDaysBefore,
            LocalTime remindersAt,
            Map<String, Integer> stageWorkingDays,
            List<Integer> reminderDaysBeforeDeadline,
            String provinceReminderCycle,
            String retryCycle,
            int publicPostingDays) {}

    /** quorum: present ≥ quorum × total; pass: votesFor > threshold × total. */
    public record Council(
            int quorumNumerator, int quorumDenominator, int thresholdNumerator, int thresholdDenominator) {}

    public record Decision(String numberPattern) {}

    public record Calendar(Map<Integer, List<LocalDate>> holidays) {}
}
