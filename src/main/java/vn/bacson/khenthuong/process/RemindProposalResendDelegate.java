package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The commune has not sent the returned proposal again in time: it is reminded, the province told. */
@Component
class RemindProposalResendDelegate implements JavaDelegate {

    private final ProvinceSteps steps;

    RemindProposalResendDelegate(ProvinceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.resendOverdue(ProvinceCommendationVariables.proposalId(execution));
    }
}
