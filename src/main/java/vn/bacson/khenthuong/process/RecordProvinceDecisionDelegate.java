package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.DecisionSteps;

/** The nominees' province outcomes were written by ProvinceDecisionService; here the dossier is DECIDED. */
@Component
class RecordProvinceDecisionDelegate implements JavaDelegate {

    private final DecisionSteps steps;

    RecordProvinceDecisionDelegate(DecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.provinceDecided(CommendationProposalVariables.dossierId(execution));
    }
}
