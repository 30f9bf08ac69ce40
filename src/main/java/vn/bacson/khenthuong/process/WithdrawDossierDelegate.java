package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ProposalSteps;

@Component
class WithdrawDossierDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    WithdrawDossierDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.withdraw(
                CommendationProposalVariables.dossierId(execution),
                CommendationProposalVariables.withdrawnBy(execution));
    }
}
