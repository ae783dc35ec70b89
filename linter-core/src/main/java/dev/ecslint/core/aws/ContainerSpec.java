package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.Located;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container, whatever it was read from: an ECS container definition (any JSON form, CloudFormation)
 * or a docker-compose service. Field names follow the ECS API; every value keeps its location.
 *
 * @param task       what the container knows of its task
 * @param anchor     where findings about a missing setting point: the container's {@code name} value,
 *                   or the container object when it has no name
 * @param parameters every parameter that is set to a value that counts as a use (not {@code false},
 *                   {@code null}, {@code ""}, {@code []} or {@code {}}), by its ECS name; nested ones are
 *                   dotted ({@code linuxParameters.devices})
 * @param builtFrom  where the document says the image is built from a Dockerfile of the project (compose
 *                   {@code build}): the image's own settings (its USER, HEALTHCHECK) are the Dockerfile's,
 *                   linted with it
 */
public record ContainerSpec(TaskContext task, Located anchor, Optional<Sourced<String>> name,
                            Optional<Sourced<ImageRef>> image, Optional<Sourced<String>> user,
                            Optional<Sourced<Boolean>> essential, List<EnvVar> environment, List<SecretRef> secrets,
                            Optional<HealthCheck> healthCheck, Optional<LogConfig> logConfiguration,
                            Optional<Sourced<Integer>> cpu, Optional<Sourced<Integer>> memory,
                            Optional<Sourced<Integer>> memoryReservation, Optional<Sourced<Boolean>> privileged,
                            Optional<Sourced<Boolean>> readonlyRootFilesystem,
                            Optional<Sourced<Boolean>> initProcessEnabled, List<Sourced<String>> capabilitiesAdd,
                            List<Sourced<String>> entryPoint, List<Sourced<String>> command,
                            List<PortMapping> portMappings, List<Dependency> dependsOn, List<Sourced<String>> links,
                            List<Sourced<String>> volumesFrom, List<MountPoint> mountPoints,
                            Optional<Sourced<Integer>> stopTimeout, Map<String, Located> parameters,
                            Optional<Located> builtFrom) {

    public ContainerSpec {
        environment = List.copyOf(environment);
        secrets = List.copyOf(secrets);
        capabilitiesAdd = List.copyOf(capabilitiesAdd);
        entryPoint = List.copyOf(entryPoint);
        command = List.copyOf(command);
        portMappings = List.copyOf(portMappings);
        dependsOn = List.copyOf(dependsOn);
        links = List.copyOf(links);
        volumesFrom = List.copyOf(volumesFrom);
        mountPoints = List.copyOf(mountPoints);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The container in a message: "container `app`" / "`app` 컨테이너" (a name chosen at deploy time as it is
     * written: "container `!Ref ServiceName`"), or a container without a name.
     */
    public Message label() {
        return name.map(n -> Message.of("container.named").code("name", n.value() != null ? n.value() : n.text()))
                .orElse(Message.of("container.unnamed"));
    }

    /** {@code essential} defaults to true when absent (ECS API reference, ContainerDefinition). */
    public boolean isEssential() {
        return essential.flatMap(Sourced::known).orElse(true);
    }

    /** True when the parameter is set to a value that counts as a use (see {@code parameters}). */
    public boolean sets(String parameter) {
        return parameters.containsKey(parameter);
    }

    /** Where a parameter is set, or the container's anchor when it is not. */
    public Located at(String parameter) {
        return parameters.getOrDefault(parameter, anchor);
    }

    /** The command the container runs: {@code entryPoint} followed by {@code command}. */
    public List<Sourced<String>> argv() {
        List<Sourced<String>> all = new ArrayList<>(entryPoint);
        all.addAll(command);
        return all;
    }

    public static Builder builder(TaskContext task, Located anchor) {
        return new Builder(task, anchor);
    }

    /** Readers fill a container one parameter at a time. */
    public static final class Builder {
        private final TaskContext task;
        private final Located anchor;
        private Optional<Sourced<String>> name = Optional.empty();
        private Optional<Sourced<ImageRef>> image = Optional.empty();
        private Optional<Sourced<String>> user = Optional.empty();
        private Optional<Sourced<Boolean>> essential = Optional.empty();
        private final List<EnvVar> environment = new ArrayList<>();
        private final List<SecretRef> secrets = new ArrayList<>();
        private Optional<HealthCheck> healthCheck = Optional.empty();
        private Optional<LogConfig> logConfiguration = Optional.empty();
        private Optional<Sourced<Integer>> cpu = Optional.empty();
        private Optional<Sourced<Integer>> memory = Optional.empty();
        private Optional<Sourced<Integer>> memoryReservation = Optional.empty();
        private Optional<Sourced<Boolean>> privileged = Optional.empty();
        private Optional<Sourced<Boolean>> readonlyRootFilesystem = Optional.empty();
        private Optional<Sourced<Boolean>> initProcessEnabled = Optional.empty();
        private final List<Sourced<String>> capabilitiesAdd = new ArrayList<>();
        private final List<Sourced<String>> entryPoint = new ArrayList<>();
        private final List<Sourced<String>> command = new ArrayList<>();
        private final List<PortMapping> portMappings = new ArrayList<>();
        private final List<Dependency> dependsOn = new ArrayList<>();
        private final List<Sourced<String>> links = new ArrayList<>();
        private final List<Sourced<String>> volumesFrom = new ArrayList<>();
        private final List<MountPoint> mountPoints = new ArrayList<>();
        private Optional<Sourced<Integer>> stopTimeout = Optional.empty();
        private final Map<String, Located> parameters = new LinkedHashMap<>();
        private Optional<Located> builtFrom = Optional.empty();

        private Builder(TaskContext task, Located anchor) {
            this.task = task;
            this.anchor = anchor;
        }

        public Builder name(Sourced<String> value) {
            name = Optional.of(value);
            return this;
        }

        public Builder image(Sourced<ImageRef> value) {
            image = Optional.of(value);
            return this;
        }

        public Builder user(Sourced<String> value) {
            user = Optional.of(value);
            return this;
        }

        public Builder essential(Sourced<Boolean> value) {
            essential = Optional.of(value);
            return this;
        }

        public Builder environment(EnvVar value) {
            environment.add(value);
            return this;
        }

        public Builder secret(SecretRef value) {
            secrets.add(value);
            return this;
        }

        public Builder healthCheck(HealthCheck value) {
            healthCheck = Optional.of(value);
            return this;
        }

        public Builder logConfiguration(LogConfig value) {
            logConfiguration = Optional.of(value);
            return this;
        }

        public Builder cpu(Sourced<Integer> value) {
            cpu = Optional.of(value);
            return this;
        }

        public Builder memory(Sourced<Integer> value) {
            memory = Optional.of(value);
            return this;
        }

        public Builder memoryReservation(Sourced<Integer> value) {
            memoryReservation = Optional.of(value);
            return this;
        }

        public Builder privileged(Sourced<Boolean> value) {
            privileged = Optional.of(value);
            return this;
        }

        public Builder readonlyRootFilesystem(Sourced<Boolean> value) {
            readonlyRootFilesystem = Optional.of(value);
            return this;
        }

        public Builder initProcessEnabled(Sourced<Boolean> value) {
            initProcessEnabled = Optional.of(value);
            return this;
        }

        public Builder capabilityAdded(Sourced<String> value) {
            capabilitiesAdd.add(value);
            return this;
        }

        public Builder entryPoint(List<Sourced<String>> values) {
            entryPoint.addAll(values);
            return this;
        }

        public Builder command(List<Sourced<String>> values) {
            command.addAll(values);
            return this;
        }

        public Builder portMapping(PortMapping value) {
            portMappings.add(value);
            return this;
        }

        public Builder dependsOn(Dependency value) {
            dependsOn.add(value);
            return this;
        }

        public Builder link(Sourced<String> value) {
            links.add(value);
            return this;
        }

        public Builder volumeFrom(Sourced<String> sourceContainer) {
            volumesFrom.add(sourceContainer);
            return this;
        }

        public Builder mountPoint(MountPoint value) {
            mountPoints.add(value);
            return this;
        }

        public Builder stopTimeout(Sourced<Integer> value) {
            stopTimeout = Optional.of(value);
            return this;
        }

        /** Records that a parameter is set (see {@link ContainerSpec#parameters()}). */
        public Builder parameter(String ecsName, Located at) {
            parameters.putIfAbsent(ecsName, at);
            return this;
        }

        /** The image is built from a Dockerfile of the project, as the document says there. */
        public Builder builtFrom(Located at) {
            builtFrom = Optional.of(at);
            return this;
        }

        public ContainerSpec build() {
            return new ContainerSpec(task, anchor, name, image, user, essential, environment, secrets, healthCheck,
                    logConfiguration, cpu, memory, memoryReservation, privileged, readonlyRootFilesystem,
                    initProcessEnabled, capabilitiesAdd, entryPoint, command, portMappings, dependsOn, links,
                    volumesFrom, mountPoints, stopTimeout, parameters, builtFrom);
        }
    }
}
