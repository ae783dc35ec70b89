package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.model.Located;
import java.util.List;
import java.util.Optional;

/**
 * An ECS task definition, normalised from any of its input forms.
 *
 * @param anchor     where findings about a missing task-level setting point: the {@code family} value,
 *                   else the task definition object (the container array for a bare array)
 * @param placementConstraints where {@code placementConstraints} is set to a non-empty list, if it is
 * @param awsTree    the task definition as the RegisterTaskDefinition API spells it (see {@link AwsShaped});
 *                   a bare container array appears as the {@code containerDefinitions} of an object
 */
public record TaskDefinition(Form form, Located anchor, Optional<Sourced<String>> family,
                             Optional<Sourced<String>> networkMode, List<Sourced<String>> requiresCompatibilities,
                             Optional<Sourced<Integer>> cpu, Optional<Sourced<Integer>> memory,
                             Optional<Sourced<String>> executionRoleArn, Optional<Sourced<String>> taskRoleArn,
                             Optional<Sourced<String>> pidMode, Optional<Sourced<String>> ipcMode, List<Volume> volumes,
                             Optional<Located> placementConstraints, List<ContainerSpec> containers,
                             JsonValue awsTree) implements AwsShaped {

    /** The input forms a task definition comes in. */
    public enum Form {
        /** {@code aws ecs register-task-definition --cli-input-json} input. */
        REGISTER_INPUT,
        /** {@code aws ecs describe-task-definition} output: {@code {"taskDefinition": {…}}}. */
        DESCRIBE_OUTPUT,
        /** A bare array of container definitions (Terraform {@code container_definitions}). */
        CONTAINER_ARRAY,
        /** Declared in infrastructure code (CloudFormation, Terraform), mapped to register input's shape. */
        DECLARATION
    }

    public TaskDefinition {
        requiresCompatibilities = List.copyOf(requiresCompatibilities);
        volumes = List.copyOf(volumes);
        containers = List.copyOf(containers);
    }

    @Override
    public Located awsAnchor() {
        return anchor;
    }

    @Override
    public boolean complete() {
        return hasTaskLevel();
    }

    /** False for a bare container array: task-level settings are elsewhere, rules about them stay silent. */
    public boolean hasTaskLevel() {
        return form != Form.CONTAINER_ARRAY;
    }

    /** The {@code FARGATE} entry of {@code requiresCompatibilities}, when the task requires Fargate. */
    public Optional<Sourced<String>> fargate() {
        return requiresCompatibilities.stream().filter(c -> c.known().map("FARGATE"::equalsIgnoreCase).orElse(false))
                .findFirst();
    }

    public boolean isFargate() {
        return fargate().isPresent();
    }

    public boolean networkModeIs(String mode) {
        return networkMode.flatMap(Sourced::known).map(mode::equals).orElse(false);
    }

    /** Finds a container by name. */
    public Optional<ContainerSpec> container(String name) {
        return containers.stream().filter(c -> c.name().map(n -> n.is(name)).orElse(false)).findFirst();
    }
}
