package vn.bacson.khenthuong.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.criteria.EligibilityService;
import vn.bacson.khenthuong.steps.ProposalSteps;
import vn.bacson.khenthuong.steps.RejectionCause;

/** Sets eligibleCount and pendingCount; when nobody can go on, the rejection cause is the criteria. */
@Component
class CheckNomineeCriteriaDelegate implements JavaDelegate {

    static final String ON_HOLD_NOTE =
            "Các đối tượng đề nghị đang trong thời gian xem xét kỷ luật, điều tra, thanh tra, "
                    + "kiểm tra hoặc giải quyết khiếu nại, tố cáo; đề nghị bổ sung kết luận khi đã có.";

    private final ProposalSteps steps;

    CheckNomineeCriteriaDelegate(ProposalSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EligibilityService.Assessment assessment = steps.checkCriteria(
                CommendationProposalVariables.dossierId(execution),
                CommendationProposalVariables.submissionNo(execution));
        execution.setVariable(CommendationProposalVariables.ELIGIBLE_COUNT, assessment.eligible());
        execution.setVariable(CommendationProposalVariables.PENDING_COUNT, assessment.pending());
        if (!assessment.anyEligible() && assessment.pending() == 0) {
            execution.setVariable(CommendationProposalVariables.REJECTION_CAUSE, RejectionCause.CRITERIA.name());
        } else if (!assessment.anyEligible()) {
            execution.setVariable(
                    CommendationProposalVariables.AMENDMENT_NOTE, Variables.stringValue(ON_HOLD_NOTE, true));
        }
    }
}
