package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.CampaignSteps;

/** Reads the window from the campaign as it stands now, so a moved congress date moves the timers. */
@Component
class ComputeWindowDelegate implements JavaDelegate {

    private final CampaignSteps steps;

    ComputeWindowDelegate(CampaignSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CampaignSteps.Window window = steps.window(EmulationCampaignVariables.campaignId(execution));
        EmulationCampaignVariables.setWindow(execution, window.opensAt(), window.closesAt());
    }
}
