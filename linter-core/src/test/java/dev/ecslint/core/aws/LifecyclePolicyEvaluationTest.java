package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecyclePolicyEvaluationTest {

    @Test
    void aLongerPrefixAfterAShorterOneIsShadowed() throws ParseProblem {
        LifecyclePolicy policy = policy(tagged(1, "tagPrefixList", "\"v\"", 5), tagged(2, "tagPrefixList", "\"v1\"", 1));
        assertThat(shadowers(policy, 1)).containsExactly(0);
        assertThat(shadowers(policy, 0)).isEmpty();
    }

    @Test
    void theReverseOrderIsNotShadowed() throws ParseProblem {
        LifecyclePolicy policy = policy(tagged(1, "tagPrefixList", "\"v1\"", 5), tagged(2, "tagPrefixList", "\"v\"", 1));
        assertThat(shadowers(policy, 1)).isEmpty();
    }

    @Test
    void aCountRuleProtectsTheImagesItKeeps() throws ParseProblem {
        // rule 1 keeps 9999 release images; rule 2 can never expire one of them (AWS example B)
        LifecyclePolicy policy = policy(tagged(1, "tagPatternList", "\"release-*\"", 9999),
                tagged(2, "tagPrefixList", "\"release-\"", 3));
        assertThat(shadowers(policy, 1)).containsExactly(0);
    }

    @Test
    void aRuleNeedingMoreTagsIsShadowedByOneNeedingFewer() throws ParseProblem {
        LifecyclePolicy policy = policy(tagged(1, "tagPrefixList", "\"release\"", 5),
                tagged(2, "tagPrefixList", "\"release\", \"hotfix\"", 1));
        assertThat(shadowers(policy, 1)).containsExactly(0);
        LifecyclePolicy reversed = policy(tagged(1, "tagPrefixList", "\"release\", \"hotfix\"", 5),
                tagged(2, "tagPrefixList", "\"release\"", 1));
        assertThat(shadowers(reversed, 1)).isEmpty();
    }

    @Test
    void anyRuleShadowsEverythingAfterIt() throws ParseProblem {
        LifecyclePolicy policy = policy(status(1, "any"), status(2, "untagged"));
        assertThat(shadowers(policy, 1)).containsExactly(0);
    }

    @Test
    void anyRuleIsShadowedByUntaggedPlusEveryTagged() throws ParseProblem {
        LifecyclePolicy policy = policy(status(1, "untagged"), tagged(2, "tagPatternList", "\"*\"", 3), status(3, "any"));
        assertThat(shadowers(policy, 2)).containsExactly(0, 1);
        LifecyclePolicy partial = policy(status(1, "untagged"), tagged(2, "tagPatternList", "\"v*\"", 3),
                status(3, "any"));
        assertThat(shadowers(partial, 2)).isEmpty();
    }

    @Test
    void aDuplicateTagListIsLeftToTheDuplicateRule() throws ParseProblem {
        LifecyclePolicy policy = policy(tagged(1, "tagPrefixList", "\"v\"", 5), tagged(2, "tagPrefixList", "\"v\"", 1));
        assertThat(shadowers(policy, 1)).isEmpty();
    }

    @Test
    void archiveRulesAreNotShadowedByStandardRules() throws ParseProblem {
        String archive = "{\"rulePriority\": 2, \"selection\": {\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"v\"],"
                + " \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\", \"countUnit\": \"days\","
                + " \"countNumber\": 30}, \"action\": {\"type\": \"expire\"}}";
        LifecyclePolicy policy = policy(tagged(1, "tagPrefixList", "\"v\"", 5), archive);
        assertThat(shadowers(policy, 1)).isEmpty();
    }

    @Test
    void placeholdersMakeTheSelectionUnknown() throws ParseProblem {
        LifecyclePolicy policy = policy(status(1, "any"), tagged(2, "tagPrefixList", "\"${PREFIX}\"", 1));
        assertThat(shadowers(policy, 1)).isEmpty();
    }

    private static List<Integer> shadowers(LifecyclePolicy policy, int index) {
        Optional<LifecyclePolicyEvaluation.Shadow> shadow =
                LifecyclePolicyEvaluation.shadowOf(policy, policy.rules().get(index));
        return shadow.map(s -> s.by().stream().map(LifecyclePolicyRule::index).toList()).orElse(List.of());
    }

    static String tagged(int priority, String list, String entries, int count) {
        return "{\"rulePriority\": " + priority + ", \"selection\": {\"tagStatus\": \"tagged\", \"" + list + "\": ["
                + entries + "], \"countType\": \"imageCountMoreThan\", \"countNumber\": " + count
                + "}, \"action\": {\"type\": \"expire\"}}";
    }

    static String status(int priority, String tagStatus) {
        return "{\"rulePriority\": " + priority + ", \"selection\": {\"tagStatus\": \"" + tagStatus
                + "\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 3}, \"action\": {\"type\": \"expire\"}}";
    }

    static LifecyclePolicy policy(String... rules) throws ParseProblem {
        return LifecyclePolicy.of((JsonObject) LocatedJsonReader.read("{\"rules\": [" + String.join(",\n", rules) + "]}"));
    }
}
