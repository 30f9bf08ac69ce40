package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The Chủ tịch UBND tỉnh decided: the province's decision is numbered and drawn up, and each commune dossier of the
 * proposal receives the answer through its own process (Message_ProvinceDecisionReceived).
 */
@Component
class RecordProvinceAwardsDelegate implements JavaDelegate {

    private final ProvinceSteps steps;

    RecordProvinceAwardsDelegate(ProvinceSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.decided(ProvinceCommendationVariables.proposalId(execution));
    }
}
