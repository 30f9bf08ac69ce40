package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ProposalSteps;

/** Refuses the start when the campaign's window is not open: the DomainException rolls the submit back. */
@Component
class CheckSubmissionWindowDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    CheckSubmissionWindowDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.requireOpenForSubmission(CommendationProposalVariables.campaignId(execution));
    }
}
