package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for task definitions as a whole (TD); the engine creates them only when a file yields such a subject. */
public final class TaskDefinitionRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(TaskDefinition.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new AwslogsIncompleteRule(),
                new ContainerExceedsTaskRule(),
                new DuplicateContainerNameRule(),
                new EfsTransitEncryptionRule(),
                new FargateInvalidSizeRule(),
                new FargateRequiresAwsvpcRule(),
                new FargateUnsupportedParameterRule(),
                new HostNetworkModeRule(),
                new HostPidIpcRule(),
                new InvalidHealthCheckRule(),
                new InvalidNetworkOptionRule(),
                new MissingExecutionRoleRule(),
                new NoEssentialContainerRule(),
                new OversizedTaskRule(),
                new ReservationExceedsLimitRule(),
                new SameTaskAndExecutionRoleRule(),
                new UnknownContainerReferenceRule(),
                new UnknownVolumeRule());
    }
}
