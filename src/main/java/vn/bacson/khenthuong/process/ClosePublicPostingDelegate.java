package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ReviewSteps;

/** The posting's time is up: no more feedback, and the council's task comes next. */
@Component
class ClosePublicPostingDelegate implements JavaDelegate {

    private final ReviewSteps steps;

    ClosePublicPostingDelegate(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.closePublicPosting(CommendationProposalVariables.dossierId(execution));
    }
}
