package vn.bacson.khenthuong.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The nominees' province outcomes were written by ProvinceDecisionService; here the dossier is DECIDED. */
@Component
class RecordProvinceDecisionDelegate implements JavaDelegate {

    private final ProposalSteps steps;

    RecordProvinceDecisionDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.provinceDecided(CommendationProposalVariables.dossierId(execution));
    }
}
