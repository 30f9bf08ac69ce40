package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.CampaignSteps;

@Component
class CloseWindowDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    CloseWindowDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closeWindow(
                EmulationCampaignVariables.campaignId(execution), EmulationCampaignVariables.closesAt(execution));
    }
}
