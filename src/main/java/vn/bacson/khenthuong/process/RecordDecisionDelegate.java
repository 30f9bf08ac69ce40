package vn.bacson.khenthuong.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.DecisionSteps;

@Component
class RecordDecisionDelegate implements JavaDelegate {

    static final String DECISION_ID = "decisionId";

    private final DecisionSteps steps;
    private final ProvinceCommendationWorkflow province;
    private final String defaultCommune;

    RecordDecisionDelegate(
            DecisionSteps steps,
            ProvinceCommendationWorkflow province,
            @Value("${app.commune.default-code:bac-son}") String defaultCommune) {
        this.steps = steps;
        this.province = province;
        this.defaultCommune = defaultCommune;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decisionId = execution.getVariable(DECISION_ID);
        UUID dossierId = CommendationProposalVariables.dossierId(execution);
        boolean toProvince = CommendationProposalVariables.routesToProvince(execution);
        steps.recordDecision(
                dossierId,
                toProvince,
                CommendationProposalVariables.decidedBy(execution),
                decisionId == null ? null : UUID.fromString((String) decisionId));
        if (toProvince) {
            province.send(execution, dossierId, defaultCommune);
        }
    }
}
