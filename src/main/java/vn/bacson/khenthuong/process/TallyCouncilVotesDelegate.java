package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.RejectionCause;
import vn.bacson.khenthuong.steps.ReviewSteps;

/** The process, not the client, decides pass or fail per nominee; sets councilPassedCount. */
@Component
class TallyCouncilVotesDelegate implements JavaDelegate {

    private final ReviewSteps steps;

    TallyCouncilVotesDelegate(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int passed = steps.tallyCouncilVotes(
                CommendationProposalVariables.dossierId(execution),
                CommendationProposalVariables.membersTotal(execution));
        execution.setVariable(CommendationProposalVariables.COUNCIL_PASSED_COUNT, passed);
        if (passed == 0) {
            execution.setVariable(CommendationProposalVariables.REJECTION_CAUSE, RejectionCause.COUNCIL.name());
        }
    }
}
