package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ProposalSteps;

@Component
class ExpireDossierDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    ExpireDossierDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.expire(CommendationProposalVariables.dossierId(execution));
    }
}
