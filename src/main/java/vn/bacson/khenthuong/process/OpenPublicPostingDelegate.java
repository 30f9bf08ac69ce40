package vn.bacson.khenthuong.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ReviewSteps;

/** Opens the public posting and hands its end to TimerEvent_PublicPostingEnded (publicPostingEndsAt). */
@Component
class OpenPublicPostingDelegate implements JavaDelegate {

    private final ReviewSteps steps;

    OpenPublicPostingDelegate(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var endsAt = steps.openPublicPosting(
                CommendationProposalVariables.dossierId(execution),
                CommendationProposalVariables.campaignId(execution));
        execution.setVariable(CommendationProposalVariables.PUBLIC_POSTING_ENDS_AT, Date.from(endsAt));
    }
}
