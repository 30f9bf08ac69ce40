package vn.bacson.khenthuong.steps;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Reminder instants of the EmulationCampaign process: N days before the submission deadline. */
@Component("campaignSchedule")
public class CampaignSchedule {

    private final Clock clock;

    public CampaignSchedule(Clock clock) {
        this.clock = clock;
    }

    public Date reminderAt(Date closesAt, Number daysBefore) {
        return Date.from(closesAt.toInstant().minus(Duration.ofDays(daysBefore.longValue())));
    }

    /** false when the reminder's moment has already passed (a late launch or a moved deadline): skip it. */
    public boolean reminderAhead(Date closesAt, Number daysBefore) {
        return reminderAt(closesAt, daysBefore).toInstant().isAfter(clock.instant());
    }
}
