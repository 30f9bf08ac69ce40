package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignWorkflow;

/** The EmulationCampaign process behind the campaign feature; business key = campaign code. */
@Component
class EmulationCampaignWorkflow implements CampaignWorkflow {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final ZoneId zone;

    EmulationCampaignWorkflow(RuntimeService runtime, IdentityService identity, Clock clock, ZoneId businessZone) {
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
        this.zone = businessZone;
    }

    @Override
    public void launched(Campaign campaign) {
        EngineAccess.asSystem(
                identity,
                () -> runtime.startProcessInstanceByKey(
                        EmulationCampaignVariables.PROCESS_KEY,
                        campaign.code(),
                        EmulationCampaignVariables.forStart(campaign)));
    }

    /**
     * A running process recomputes its window (the message interrupts the window and enters it again). When the
     * process has already ended (the old window closed), a window that now lies ahead gets a new process.
     */
    @Override
    public void windowChanged(Campaign campaign) {
        EngineAccess.asSystem(identity, () -> {
            boolean running = runtime.createProcessInstanceQuery()
                            .processDefinitionKey(EmulationCampaignVariables.PROCESS_KEY)
                            .processInstanceBusinessKey(campaign.code())
                            .count()
                    > 0;
            if (running) {
                runtime.createMessageCorrelation(EmulationCampaignVariables.MESSAGE_WINDOW_CHANGED)
                        .processInstanceBusinessKey(campaign.code())
                        .correlateAll();
                return;
            }
            Instant deadline = campaign.submissionDeadline(zone);
            if (deadline == null || deadline.isAfter(clock.instant())) {
                runtime.startProcessInstanceByKey(
                        EmulationCampaignVariables.PROCESS_KEY,
                        campaign.code(),
                        EmulationCampaignVariables.forStart(campaign));
            }
        });
    }
}
