package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.steps.ProposalSteps;

/** Sets dossierComplete and, when complete, completedAt: the appraisal deadline counts from it. */
@Component
class CheckDossierCompletenessDelegate implements JavaDelegate {

    private final ProposalSteps steps;
    private final Clock clock;

    CheckDossierCompletenessDelegate(ProposalSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean complete = steps.checkCompleteness(CommendationProposalVariables.dossierId(execution));
        execution.setVariable(CommendationProposalVariables.DOSSIER_COMPLETE, complete);
        if (complete) {
            execution.setVariable(CommendationProposalVariables.COMPLETED_AT, Date.from(clock.instant()));
        }
    }
}
