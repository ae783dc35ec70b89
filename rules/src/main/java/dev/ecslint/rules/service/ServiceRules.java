package dev.ecslint.rules.service;

import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for ECS services (SV); the engine creates them only when a file yields such a subject. */
public final class ServiceRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Service.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new DeploymentDowntimeRule(),
                new ExecEnabledRule(),
                new LaunchTypeWithCapacityStrategyRule(),
                new MissingGracePeriodRule(),
                new NoDeploymentRollbackRule(),
                new PinnedPlatformVersionRule(),
                new PublicIpRule(),
                new SingleAzRule(),
                new SingleTaskRule());
    }
}
