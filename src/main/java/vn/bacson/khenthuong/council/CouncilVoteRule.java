package vn.bacson.khenthuong.council;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.AppProperties;

/**
 * The council's rule (app.council.*): a meeting is valid when present × qd ≥ total × qn (default two thirds
 * present); a nominee passes when votesFor × td &gt; total × tn (default more than half of ALL members, not
 * only of those present). Integer arithmetic, so 2/3 of 9 is exactly 6.
 */
@Component
public class CouncilVoteRule {

    private final int quorumNumerator;
    private final int quorumDenominator;
    private final int thresholdNumerator;
    private final int thresholdDenominator;

    @Autowired
    public CouncilVoteRule(AppProperties properties) {
        this(properties.council());
    }

    CouncilVoteRule(AppProperties.Council council) {
        this(
                council.quorumNumerator(),
                council.quorumDenominator(),
                council.thresholdNumerator(),
                council.thresholdDenominator());
    }

    CouncilVoteRule(int quorumNumerator, int quorumDenominator, int thresholdNumerator, int thresholdDenominator) {
        if (quorumDenominator <= 0 || thresholdDenominator <= 0) {
            throw new IllegalArgumentException("council quorum and threshold denominators must be positive");
        }
        this.quorumNumerator = quorumNumerator;
        this.quorumDenominator = quorumDenominator;
        this.thresholdNumerator = thresholdNumerator;
        this.thresholdDenominator = thresholdDenominator;
    }

    public boolean hasQuorum(int membersPresent, int membersTotal) {
        return (long) membersPresent * quorumDenominator >= (long) membersTotal * quorumNumerator;
    }

    public boolean passes(int votesFor, int membersTotal) {
        return (long) votesFor * thresholdDenominator > (long) membersTotal * thresholdNumerator;
    }

    /** The smallest number of members that makes a quorum, for messages. */
    public int quorumOf(int membersTotal) {
        long needed = ((long) membersTotal * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
        return (int) needed;
    }
}
