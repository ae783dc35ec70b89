package dev.ecslint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeRegexTest {

    @Test
    void nestedUnboundedRepetitionIsRejectedWithTheGroup() {
        assertThat(SafeRegex.nestedRepetition("^(a+)+$")).contains("(a+)+");
        assertThat(SafeRegex.nestedRepetition("(\\w+\\.?)*x")).contains("(\\w+\\.?)*");
        assertThat(SafeRegex.nestedRepetition("(?:a*b*)*")).contains("(?:a*b*)*");
        assertThat(SafeRegex.nestedRepetition("(a+|b)+c")).contains("(a+|b)+");
        assertThat(SafeRegex.nestedRepetition("((x+)y?){2,}")).contains("((x+)y?){2,}");
        assertThatThrownBy(() -> SafeRegex.compile("^([a-z]+)*$")).isInstanceOf(SafeRegex.Rejected.class)
                .hasMessageContaining("could backtrack catastrophically: the group `([a-z]+)*`");
    }

    @Test
    void repetitionThatConsumesASeparatorEachTimeIsAccepted() {
        assertThat(SafeRegex.nestedRepetition("^\\d+(\\.\\d+)*$")).isEmpty();
        assertThat(SafeRegex.nestedRepetition("^(\\d+\\.)+\\d+$")).isEmpty();
        assertThat(SafeRegex.nestedRepetition("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/")).isEmpty();
        assertThat(SafeRegex.nestedRepetition("(?i)^lab3-(?:[a-z0-9]+-)*[a-z0-9]+$")).isEmpty();
        assertThat(SafeRegex.nestedRepetition("\\p{L}+[(+)]*\\Q(a+)+\\E")).isEmpty();
        assertThat(SafeRegex.nestedRepetition("(a{1,3}){2}")).isEmpty();
    }

    @Test
    void invalidPatternsNameTheProblemAndPosition() {
        assertThatThrownBy(() -> SafeRegex.compile("^lab3-(")).isInstanceOf(SafeRegex.Rejected.class)
                .hasMessageStartingWith("invalid regular expression: Unclosed group")
                .satisfies(e -> assertThat(((SafeRegex.Rejected) e).index()).isEqualTo(7));
    }

    @Test
    void aSearchThatBacktracksTooLongGivesUpInsteadOfHanging() throws Exception {
        SafeRegex polynomial = SafeRegex.compile("^(.*?,){11}P");
        assertThat(polynomial.find("1,".repeat(40))).isEmpty();
        assertThat(polynomial.find("1,".repeat(11) + "P")).contains(true);
        assertThat(SafeRegex.compile("^lab3-").find("lab3-web")).contains(true);
        assertThat(SafeRegex.compile("^lab3-").find("web")).contains(false);
    }
}
