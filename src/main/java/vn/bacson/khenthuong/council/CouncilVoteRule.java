package vn.bacson.khenthuong.council;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Settings;

/**
 * The council's rule of the current commune (its settings, default app.council.*): a meeting is valid when
 * present × qd ≥ total × qn (default two thirds present); a nominee passes when votesFor × td &gt; total × tn
 * (default more than half of ALL members, not only of those present). Integer arithmetic, so 2/3 of 9 is exactly
 * 6. Read at each call, so a session, a tally delegate or a Tasklist completion uses its own commune's rule.
 */
@Component
public class CouncilVoteRule {

    private final Supplier<Settings.CouncilRule> rule;

    @Autowired
    public CouncilVoteRule(CommuneSettings settings) {
        this.rule = () -> settings.current().council();
    }

    /** One fixed rule (tests). */
    CouncilVoteRule(int quorumNumerator, int quorumDenominator, int thresholdNumerator, int thresholdDenominator) {
        Settings.CouncilRule fixed =
                new Settings.CouncilRule(quorumNumerator, quorumDenominator, thresholdNumerator, thresholdDenominator);
        this.rule = () -> fixed;
    }

    public boolean hasQuorum(int membersPresent, int membersTotal) {
        return rule.get().hasQuorum(membersPresent, membersTotal);
    }

    public boolean passes(int votesFor, int membersTotal) {
        return rule.get().passes(votesFor, membersTotal);
    }

    /** The smallest number of members that makes a quorum, for messages. */
    public int quorumOf(int membersTotal) {
        return rule.get().quorumOf(membersTotal);
    }
}
