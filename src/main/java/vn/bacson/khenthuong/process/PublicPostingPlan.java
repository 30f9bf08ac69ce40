package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ReviewSteps;

/**
 * The condition of Gateway_PublicPostingRequired ({@code ${publicPostingPlan.required(execution)}}): read when the
 * appraisal forwards the dossier, so a campaign's posting days changed meanwhile apply to it.
 */
@Component("publicPostingPlan")
public class PublicPostingPlan {

    private final ReviewSteps steps;

    PublicPostingPlan(ReviewSteps steps) {
        this.steps = steps;
    }

    public boolean required(VariableScope execution) {
        return steps.publicPostingRequired(CommendationProposalVariables.campaignId(execution));
    }
}
