package dev.ecslint.rules.container;

import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for containers, from every source (CT); the engine creates them only when a file yields such a subject. */
public final class ContainerRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(ContainerSpec.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new AddedCapabilitiesRule(),
                new ContainerLatestTagRule(),
                new ContainerRootUserRule(),
                new ContainerUntaggedImageRule(),
                new HostPortMismatchRule(),
                new MissingHealthCheckRule(),
                new MissingLogConfigurationRule(),
                new MissingResourceLimitsRule(),
                new NoInitProcessRule(),
                new PrivilegedRule(),
                new PublicRegistryImageRule(),
                new SecretInEnvironmentRule(),
                new StaticAwsCredentialsRule(),
                new UserNotSetRule(),
                new WritableRootFilesystemRule());
    }
}
