package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.aws.LifecyclePolicyTagFilter.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecyclePolicyTagFilterTest {

    @ParameterizedTest(name = "{0} includes {1}: {2}")
    @CsvSource({
        "v*, v1*, true",
        "v1*, v*, false",
        "*, prod-*-rc, true",
        "prod*, prod-*-rc, true",
        "prod-*, prod*, false",
        "*rc, *-rc, true",
        "*-rc, *rc, false",
        "release-*, release-2024-*, true",
        "a*b, a*b, true",
        "a*b, ab, true",
        "ab, a*b, false",
        "*a*, a*a*, true",
        "*a*b*, *ab*, true",
        "*ab*, *a*b*, false",
        "v1, v1, true",
        "v1, v2, false",
        "**, x, true",
    })
    void patternInclusionIsDecidedSymbolically(String outer, String inner, boolean expected) {
        assertThat(LifecyclePolicyTagFilter.includes(outer, inner)).isEqualTo(expected);
    }

    @Test
    void aShorterPrefixCoversALongerOne() {
        assertThat(prefixes("v").covers(prefixes("v1"))).isTrue();
        assertThat(prefixes("v1").covers(prefixes("v"))).isFalse();
    }

    @Test
    void aPrefixCoversAPatternWhenEveryMatchStartsWithIt() {
        assertThat(prefixes("prod").covers(patterns("prod-*"))).isTrue();
        assertThat(prefixes("prod").covers(patterns("*prod*"))).isFalse();
    }

    @Test
    void moreEntriesSelectFewerImages() {
        // ["release", "hotfix"] selects only images carrying both kinds of tag
        assertThat(prefixes("release").covers(prefixes("release", "hotfix"))).isTrue();
        assertThat(prefixes("release", "hotfix").covers(prefixes("release"))).isFalse();
        assertThat(prefixes("release", "hotfix").covers(prefixes("hotfix-1", "release-2"))).isTrue();
    }

    @Test
    void sameEntriesIgnoresOrderButNotTheListKind() {
        assertThat(prefixes("a", "b").sameEntriesAs(prefixes("b", "a"))).isTrue();
        assertThat(prefixes("a").sameEntriesAs(patterns("a"))).isFalse();
    }

    @Test
    void onlyWildcardPatternsSelectEveryTaggedImage() {
        assertThat(patterns("*").selectsEveryTaggedImage()).isTrue();
        assertThat(prefixes("").selectsEveryTaggedImage()).isTrue();
        assertThat(patterns("*", "v*").selectsEveryTaggedImage()).isFalse();
    }

    @Test
    void countsWildcards() {
        assertThat(LifecyclePolicyTagFilter.wildcards("*test*1*2*3")).isEqualTo(4);
        assertThat(LifecyclePolicyTagFilter.wildcards("test")).isZero();
    }

    static LifecyclePolicyTagFilter prefixes(String... entries) {
        return new LifecyclePolicyTagFilter(Kind.PREFIX, List.of(entries));
    }

    static LifecyclePolicyTagFilter patterns(String... entries) {
        return new LifecyclePolicyTagFilter(Kind.PATTERN, List.of(entries));
    }
}
