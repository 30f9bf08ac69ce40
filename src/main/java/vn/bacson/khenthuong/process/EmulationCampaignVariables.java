package vn.bacson.khenthuong.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.bacson.khenthuong.campaign.Campaign;

/** Names and typed accessors of the EmulationCampaign process variables (business key = campaign code). */
public final class EmulationCampaignVariables {

    public static final String PROCESS_KEY = "EmulationCampaign";
    public static final String MESSAGE_WINDOW_CHANGED = "CampaignWindowChanged";

    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CAMPAIGN_CODE = "campaignCode";
    /** false while the congress date is not fixed. */
    public static final String WINDOW_KNOWN = "windowKnown";

    public static final String OPENS_AT = "opensAt";
    public static final String CLOSES_AT = "closesAt";
    /** Element of the reminder multi-instance: days before the deadline. */
    public static final String REMINDER_DAYS = "reminderDays";

    private EmulationCampaignVariables() {}

    public static Map<String, Object> forStart(Campaign campaign) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CAMPAIGN_ID, campaign.id().toString());
        variables.put(CAMPAIGN_CODE, campaign.code());
        return variables;
    }

    public static UUID campaignId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(CAMPAIGN_ID));
    }

    public static Instant closesAt(VariableScope scope) {
        Date value = (Date) scope.getVariable(CLOSES_AT);
        return value == null ? null : value.toInstant();
    }

    public static int reminderDays(VariableScope scope) {
        return ((Number) scope.getVariable(REMINDER_DAYS)).intValue();
    }

    public static void setWindow(VariableScope scope, Instant opensAt, Instant closesAt) {
        scope.setVariable(WINDOW_KNOWN, opensAt != null && closesAt != null);
        scope.setVariable(OPENS_AT, opensAt == null ? null : Date.from(opensAt));
        scope.setVariable(CLOSES_AT, closesAt == null ? null : Date.from(closesAt));
    }
}
