package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.CampaignSteps;

@Component
class RemindUnitsDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    RemindUnitsDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindUnits(
                EmulationCampaignVariables.campaignId(execution),
                EmulationCampaignVariables.closesAt(execution),
                EmulationCampaignVariables.reminderDays(execution));
    }
}
