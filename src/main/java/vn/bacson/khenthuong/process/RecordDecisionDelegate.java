package vn.bacson.khenthuong.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.DecisionSteps;

@Component
class RecordDecisionDelegate implements JavaDelegate {

    static final String DECISION_ID = "decisionId";

    private final DecisionSteps steps;

    RecordDecisionDelegate(DecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decisionId = execution.getVariable(DECISION_ID);
        steps.recordDecision(
                CommendationProposalVariables.dossierId(execution),
                CommendationProposalVariables.routesToProvince(execution),
                CommendationProposalVariables.decidedBy(execution),
                decisionId == null ? null : UUID.fromString((String) decisionId));
    }
}
