package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ProposalSteps;

@Component
class RejectDossierDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    RejectDossierDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reject(
                CommendationProposalVariables.dossierId(execution),
                CommendationProposalVariables.rejectionCause(execution));
    }
}
