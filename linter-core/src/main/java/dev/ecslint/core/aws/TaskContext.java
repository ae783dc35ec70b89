package dev.ecslint.core.aws;

import java.util.Optional;

/**
 * What a container knows of the task it runs in. Container rules need it (CT007 looks for a task-level
 * memory, CT014 at the network mode) without depending on where the container was read from.
 *
 * @param origin         where the container was declared (some rules apply to ECS containers only)
 * @param taskKnown      false when the task-level settings are not in the file (a bare array of
 *                       container definitions): rules about them then stay silent
 * @param networkMode    the task's {@code networkMode}, when set
 * @param fargate        the task requires Fargate ({@code requiresCompatibilities} contains {@code FARGATE})
 * @param cpu            task-level CPU units, when set
 * @param memory         task-level memory in MiB, when set
 */
public record TaskContext(Origin origin, boolean taskKnown, Optional<Sourced<String>> networkMode, boolean fargate,
                          Optional<Sourced<Integer>> cpu, Optional<Sourced<Integer>> memory) {

    /** Containers of a file that holds no task-level settings. */
    public static final TaskContext UNKNOWN_ECS_TASK =
            new TaskContext(Origin.ECS, false, Optional.empty(), false, Optional.empty(), Optional.empty());

    /** A compose service: run by Docker Compose, not ECS; no task around it. */
    public static final TaskContext COMPOSE_SERVICE =
            new TaskContext(Origin.COMPOSE, false, Optional.empty(), false, Optional.empty(), Optional.empty());

    /** Where a container was declared. */
    public enum Origin { ECS, COMPOSE }

    public boolean isEcs() {
        return origin == Origin.ECS;
    }

    /** True when the task's network mode is known to be {@code mode}. */
    public boolean networkModeIs(String mode) {
        return networkMode.flatMap(Sourced::known).map(mode::equals).orElse(false);
    }
}
