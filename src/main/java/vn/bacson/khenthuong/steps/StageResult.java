package vn.bacson.khenthuong.steps;

import java.util.List;
import vn.bacson.khenthuong.dossier.HistoryAction;

/**
 * A review stage's checked result, nothing written yet: the nominees' results to write, the history line, and what
 * the process needs to route the dossier (the reviewer's outcome, the council's attendance, the chairman's awards).
 *
 * @param outcome FORWARD, RETURN, REJECT or DECIDE, as the stage's command says; null for the council, which
 *     routes by the votes
 */
public record StageResult(
        List<Runnable> writes,
        HistoryAction action,
        String comment,
        String outcome,
        Integer membersTotal,
        Integer membersPresent,
        Integer giayKhenCount,
        Integer proposeBangKhenCount) {

    public static final String RETURN = "RETURN";
    public static final String REJECT = "REJECT";
    public static final String DECIDE = "DECIDE";

    /** A reviewer's outcome: FORWARD (or DECIDE) records forwardAction; RETURN and REJECT record themselves. */
    static StageResult review(String outcome, String comment, HistoryAction forwardAction, List<Runnable> writes) {
        HistoryAction action = switch (outcome) {
            case RETURN -> HistoryAction.RETURNED;
            case REJECT -> HistoryAction.REJECTED;
            default -> forwardAction;
        };
        return new StageResult(writes, action, comment, outcome, null, null, null, null);
    }

    static StageResult council(List<Runnable> writes, String summary, int membersTotal, int membersPresent) {
        return new StageResult(
                writes, HistoryAction.COUNCIL_REVIEWED, summary, null, membersTotal, membersPresent, null, null);
    }

    static StageResult decided(List<Runnable> writes, String comment, int giayKhen, int proposeBangKhen) {
        return new StageResult(writes, HistoryAction.DECIDED, comment, DECIDE, null, null, giayKhen, proposeBangKhen);
    }
}
