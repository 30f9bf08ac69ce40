package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.CampaignSteps;

@Component
class AnnounceWindowOpenDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    AnnounceWindowOpenDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.announceWindowOpen(
                EmulationCampaignVariables.campaignId(execution), EmulationCampaignVariables.closesAt(execution));
    }
}
