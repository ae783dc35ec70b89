package dev.ecslint.rules.lifecycle;

import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for ECR lifecycle policies (LP); the engine creates them only when a file yields such a subject. */
public final class LifecyclePolicyRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(LifecyclePolicy.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new AgeExpiresReleasesRule(),
                new AnyRuleNotLastRule(),
                new CountUnitMismatchRule(),
                new DuplicatePriorityRule(),
                new DuplicateTagSelectionRule(),
                new MultipleUntaggedRulesRule(),
                new NoRollbackImageRule(),
                new ShadowedRuleRule(),
                new TagFilterMismatchRule(),
                new TooManyWildcardsRule(),
                new UntaggedNeverExpireRule());
    }
}
