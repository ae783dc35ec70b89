package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.List;
import java.util.Optional;

/**
 * A container {@code healthCheck}. Times are seconds.
 *
 * @param at      the health check object
 * @param command the command array ({@code ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]})
 */
public record HealthCheck(Located at, Optional<Located> commandAt, List<Sourced<String>> command,
                          Optional<Sourced<Integer>> interval, Optional<Sourced<Integer>> timeout,
                          Optional<Sourced<Integer>> retries, Optional<Sourced<Integer>> startPeriod) {

    public HealthCheck {
        command = List.copyOf(command);
    }
}
