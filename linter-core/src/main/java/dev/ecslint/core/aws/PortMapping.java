package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Optional;

/** One {@code portMappings} entry. */
public record PortMapping(Located at, Optional<Sourced<Integer>> containerPort, Optional<Sourced<Integer>> hostPort) { }
