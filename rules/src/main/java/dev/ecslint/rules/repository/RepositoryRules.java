package dev.ecslint.rules.repository;

import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for ECR repositories (RP); the engine creates them only when a file yields such a subject. */
public final class RepositoryRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Repository.class, RepositoryPolicy.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new MutableTagsRule(),
                new NoKmsEncryptionRule(),
                new NoLifecyclePolicyRule(),
                new PublicRepositoryPolicyRule(),
                new PublicRepositoryRule(),
                new ScanOnPushDisabledRule());
    }
}
