package vn.bacson.khenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilVoteRuleTest {

    private final CouncilVoteRule defaults = new CouncilVoteRule(2, 3, 1, 2);

    @ParameterizedTest(name = "{0} of {1} present -> quorum {2}")
    @CsvSource({
        "6, 9, true", // exactly two thirds
        "5, 9, false",
        "9, 9, true",
        "0, 9, false",
        "2, 3, true",
        "1, 3, false",
        "7, 10, true", // 7*3=21 >= 20
        "6, 10, false", // 18 < 20
        "1, 1, true"
    })
    void quorumNeedsTwoThirdsPresent(int present, int total, boolean quorum) {
        assertThat(defaults.hasQuorum(present, total)).isEqualTo(quorum);
    }

    @ParameterizedTest(name = "{0} votes of {1} members -> pass {2}")
    @CsvSource({
        "5, 9, true", // 10 > 9
        "4, 9, false", // 8 < 9
        "5, 10, false", // exactly half is not more than half
        "6, 10, true",
        "1, 1, true",
        "0, 1, false"
    })
    void passNeedsMoreThanHalfOfAllMembers(int votesFor, int total, boolean pass) {
        assertThat(defaults.passes(votesFor, total)).isEqualTo(pass);
    }

    @Test
    void configuredRuleIsUsed() {
        CouncilVoteRule threeQuartersAndTwoThirds = new CouncilVoteRule(3, 4, 2, 3);
        assertThat(threeQuartersAndTwoThirds.hasQuorum(6, 9)).isFalse();
        assertThat(threeQuartersAndTwoThirds.hasQuorum(7, 9)).isTrue();
        assertThat(threeQuartersAndTwoThirds.passes(6, 9)).isFalse();
        assertThat(threeQuartersAndTwoThirds.passes(7, 9)).isTrue();
    }

    @Test
    void quorumOfIsTheSmallestValidPresence() {
        assertThat(defaults.quorumOf(9)).isEqualTo(6);
        assertThat(defaults.quorumOf(10)).isEqualTo(7);
        assertThat(defaults.hasQuorum(defaults.quorumOf(10), 10)).isTrue();
        assertThat(defaults.hasQuorum(defaults.quorumOf(10) - 1, 10)).isFalse();
    }

    @Test
    void zeroDenominatorIsRefused() {
        assertThatThrownBy(() -> new CouncilVoteRule(2, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
