package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.DecisionSteps;

/** Each firing of the reminder cycle runs in its own execution: its id is the reminder's dedupe key. */
@Component
class RemindProvincePendingDelegate implements JavaDelegate {

    private final DecisionSteps steps;

    RemindProvincePendingDelegate(DecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindProvincePending(CommendationProposalVariables.dossierId(execution), execution.getId());
    }
}
