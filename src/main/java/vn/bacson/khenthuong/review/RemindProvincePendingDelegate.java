package vn.bacson.khenthuong.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Each firing of the reminder cycle runs in its own execution: its id is the reminder's dedupe key. */
@Component
class RemindProvincePendingDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    RemindProvincePendingDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindProvincePending(CommendationProposalVariables.dossierId(execution), execution.getId());
    }
}
