package vn.bacson.khenthuong.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.steps.RejectionCause;

/** What a stage's completion writes, records in the history and hands to the process; checked, nothing written yet. */
record Completion(List<Runnable> writes, HistoryAction action, String comment, Map<String, Object> variables) {

    /** A reviewer's outcome: FORWARD (or DECIDE) records forwardAction; RETURN sends the comment to the unit. */
    static Completion review(String outcome, String comment, HistoryAction forwardAction, List<Runnable> writes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationProposalVariables.OUTCOME, outcome);
        HistoryAction action = forwardAction;
        if (CommendationProposalVariables.OUTCOME_RETURN.equals(outcome)) {
            action = HistoryAction.RETURNED;
            variables.put(CommendationProposalVariables.RETURN_COMMENT, Variables.stringValue(comment, true));
        } else if (CommendationProposalVariables.OUTCOME_REJECT.equals(outcome)) {
            action = HistoryAction.REJECTED;
            variables.put(CommendationProposalVariables.REJECTION_CAUSE, RejectionCause.REVIEWER.name());
        }
        return new Completion(writes, action, comment, variables);
    }
}
