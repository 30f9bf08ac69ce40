package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The province returns the proposal to the commune, to be amended and sent again within the configured days. */
@Component
class ReturnProposalDelegate implements JavaDelegate {

    private final ProvinceSteps steps;
    private final ProvinceSettings settings;

    ReturnProposalDelegate(ProvinceSteps steps, ProvinceSettings settings) {
        this.steps = steps;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.returned(
                ProvinceCommendationVariables.proposalId(execution),
                settings.resendDue().toInstant());
    }
}
