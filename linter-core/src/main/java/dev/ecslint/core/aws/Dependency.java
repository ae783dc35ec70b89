package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Optional;

/** One {@code dependsOn} entry: start after {@code containerName} reached {@code condition}. */
public record Dependency(Located at, Optional<Sourced<String>> containerName, Optional<Sourced<String>> condition) { }
