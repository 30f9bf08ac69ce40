package vn.bacson.khenthuong.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.stage.AppraiseProposal;
import vn.bacson.khenthuong.stage.DecideProvinceAwards;
import vn.bacson.khenthuong.stage.StageCommand;

/** Names and typed accessors of bpmn/ProvinceCommendation.bpmn's variables (business key = the proposal id). */
public final class ProvinceCommendationVariables {

    public static final String PROCESS_KEY = "ProvinceCommendation";
    public static final String MESSAGE_PROPOSAL_RESENT = "ProvinceProposalResent";

    /** FORWARD or RETURN after the appraisal, DECIDE or RETURN after the chairman. */
    public static final String OUTCOME = "outcome";

    private ProvinceCommendationVariables() {}

    static UUID proposalId(DelegateExecution execution) {
        UUID id = Ids.uuidOrNull(execution.getProcessBusinessKey());
        if (id == null) {
            throw new IllegalStateException("process " + execution.getProcessInstanceId() + " has no proposal id");
        }
        return id;
    }

    /** The variables a completed province task leaves: its outcome, when the stage has one. */
    static Map<String, Object> forCompletion(StageCommand command) {
        Map<String, Object> variables = new HashMap<>();
        if (command instanceof AppraiseProposal appraisal && appraisal.outcome() != null) {
            variables.put(OUTCOME, appraisal.outcome().name());
        } else if (command instanceof DecideProvinceAwards decision && decision.outcome() != null) {
            variables.put(OUTCOME, decision.outcome().name());
        }
        return variables;
    }
}
