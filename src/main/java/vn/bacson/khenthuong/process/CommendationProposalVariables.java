package vn.bacson.khenthuong.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.steps.RejectionCause;
import vn.bacson.khenthuong.steps.StageResult;

/**
 * Names and typed accessors of the CommendationProposal process variables. The process holds only ids, flags
 * and small scalars; the dossier itself lives in our tables.
 */
public final class CommendationProposalVariables {

    public static final String PROCESS_KEY = "CommendationProposal";
    public static final String MESSAGE_PROVINCE_DECISION_RECEIVED = "ProvinceDecisionReceived";
    public static final String MESSAGE_DOSSIER_WITHDRAWN = "DossierWithdrawn";

    public static final String DOSSIER_ID = "dossierId";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String UNIT_CODE = "unitCode";
    public static final String PARTY_BUILDING_STAGE = "partyBuildingStage";
    /** 1 for the first submission, +1 for each resubmission after an amendment. */
    public static final String SUBMISSION_NO = "submissionNo";

    public static final String DOSSIER_COMPLETE = "dossierComplete";
    /** When the dossier was found complete: the appraisal deadline counts from it. */
    public static final String COMPLETED_AT = "completedAt";

    public static final String ELIGIBLE_COUNT = "eligibleCount";
    public static final String PENDING_COUNT = "pendingCount";
    /** A reviewer's decision: FORWARD, RETURN, REJECT (DECIDE for the chairman). */
    public static final String OUTCOME = "outcome";

    public static final String MEMBERS_TOTAL = "membersTotal";
    public static final String MEMBERS_PRESENT = "membersPresent";
    public static final String COUNCIL_PASSED_COUNT = "councilPassedCount";
    public static final String GIAY_KHEN_COUNT = "giayKhenCount";
    public static final String PROPOSE_BANG_KHEN_COUNT = "proposeBangKhenCount";
    /** AwardRouting's output: LOCAL_DECISION, PROVINCE_PROPOSAL, LOCAL_AND_PROVINCE, NO_AWARD. */
    public static final String ROUTE = "route";

    public static final String DECIDED_BY = "decidedBy";
    /** Why the dossier goes to ServiceTask_RejectDossier: see {@link RejectionCause}. */
    public static final String REJECTION_CAUSE = "rejectionCause";
    /** Transient (never stored): the reviewer's comment, read by the amendment task's create listener. */
    public static final String RETURN_COMMENT = "returnComment";
    /** Transient: why the unit must amend when no reviewer returned it (nominees on hold). */
    public static final String AMENDMENT_NOTE = "amendmentNote";

    public static final String WITHDRAWN_BY = "withdrawnBy";

    /** When the dossier's public posting ends: the date of TimerEvent_PublicPostingEnded. */
    public static final String PUBLIC_POSTING_ENDS_AT = "publicPostingEndsAt";

    public static final String OUTCOME_FORWARD = "FORWARD";
    public static final String OUTCOME_RETURN = "RETURN";
    public static final String OUTCOME_REJECT = "REJECT";
    public static final String OUTCOME_DECIDE = "DECIDE";

    public static final String ROUTE_LOCAL_DECISION = "LOCAL_DECISION";
    public static final String ROUTE_PROVINCE_PROPOSAL = "PROVINCE_PROPOSAL";
    public static final String ROUTE_LOCAL_AND_PROVINCE = "LOCAL_AND_PROVINCE";
    public static final String ROUTE_NO_AWARD = "NO_AWARD";

    /** What a review stage's result hands to the process, and who decided at the chairman's stage. */
    public static Map<String, Object> forCompletion(StageResult result, Stage stage, String username) {
        Map<String, Object> variables = new HashMap<>();
        if (result.outcome() != null) {
            variables.put(OUTCOME, result.outcome());
        }
        if (OUTCOME_RETURN.equals(result.outcome())) {
            variables.put(RETURN_COMMENT, Variables.stringValue(result.comment(), true));
        } else if (OUTCOME_REJECT.equals(result.outcome())) {
            variables.put(REJECTION_CAUSE, RejectionCause.REVIEWER.name());
        }
        putIfSet(variables, MEMBERS_TOTAL, result.membersTotal());
        putIfSet(variables, MEMBERS_PRESENT, result.membersPresent());
        putIfSet(variables, GIAY_KHEN_COUNT, result.giayKhenCount());
        putIfSet(variables, PROPOSE_BANG_KHEN_COUNT, result.proposeBangKhenCount());
        if (stage == Stage.CHAIRMAN_DECISION) {
            variables.put(DECIDED_BY, username);
        }
        return variables;
    }

    private static void putIfSet(Map<String, Object> variables, String name, Integer value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    private CommendationProposalVariables() {}

    public static Map<String, Object> forStart(Dossier dossier, boolean partyBuildingStage) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DOSSIER_ID, dossier.id().toString());
        variables.put(CAMPAIGN_ID, dossier.campaignId().toString());
        variables.put(UNIT_CODE, dossier.unitCode());
        variables.put(PARTY_BUILDING_STAGE, partyBuildingStage);
        variables.put(SUBMISSION_NO, 1);
        return variables;
    }

    public static UUID dossierId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(DOSSIER_ID));
    }

    public static UUID campaignId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(CAMPAIGN_ID));
    }

    public static String unitCode(VariableScope scope) {
        return (String) scope.getVariable(UNIT_CODE);
    }

    public static int submissionNo(VariableScope scope) {
        Object value = scope.getVariable(SUBMISSION_NO);
        return value == null ? 1 : ((Number) value).intValue();
    }

    public static Instant completedAt(VariableScope scope) {
        Date value = (Date) scope.getVariable(COMPLETED_AT);
        return value == null ? null : value.toInstant();
    }

    public static String outcome(VariableScope scope) {
        return (String) scope.getVariable(OUTCOME);
    }

    public static int membersTotal(VariableScope scope) {
        return ((Number) scope.getVariable(MEMBERS_TOTAL)).intValue();
    }

    public static String route(VariableScope scope) {
        return (String) scope.getVariable(ROUTE);
    }

    /** Whether the chairman's route sends the dossier to the province (alone or beside a Giấy khen). */
    public static boolean routesToProvince(VariableScope scope) {
        String route = route(scope);
        return ROUTE_PROVINCE_PROPOSAL.equals(route) || ROUTE_LOCAL_AND_PROVINCE.equals(route);
    }

    public static String decidedBy(VariableScope scope) {
        return (String) scope.getVariable(DECIDED_BY);
    }

    public static RejectionCause rejectionCause(VariableScope scope) {
        Object value = scope.getVariable(REJECTION_CAUSE);
        return value == null ? RejectionCause.REVIEWER : RejectionCause.valueOf((String) value);
    }

    public static String returnComment(VariableScope scope) {
        return (String) scope.getVariable(RETURN_COMMENT);
    }

    public static String amendmentNote(VariableScope scope) {
        return (String) scope.getVariable(AMENDMENT_NOTE);
    }

    public static Instant publicPostingEndsAt(VariableScope scope) {
        Date value = (Date) scope.getVariable(PUBLIC_POSTING_ENDS_AT);
        return value == null ? null : value.toInstant();
    }

    public static String withdrawnBy(VariableScope scope) {
        Object value = scope.getVariable(WITHDRAWN_BY);
        return value == null ? "system" : (String) value;
    }
}
