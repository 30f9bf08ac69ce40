package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ProposalSteps;

@Component
class RemindAmendmentDueDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    RemindAmendmentDueDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindAmendmentDue(CommendationProposalVariables.dossierId(execution));
    }
}
