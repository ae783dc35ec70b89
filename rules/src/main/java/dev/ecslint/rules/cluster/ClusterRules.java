package dev.ecslint.rules.cluster;

import dev.ecslint.core.aws.CapacityProviderStrategy;
import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for clusters and capacity-provider strategies (CL); the engine creates them only when a file yields such a subject. */
public final class ClusterRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(CapacityProviderStrategy.class, Cluster.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new ContainerInsightsDisabledRule(),
                new SpotOnlyCapacityRule());
    }
}
