package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Optional;

/** One {@code environment} entry: a name and, usually, a literal value. */
public record EnvVar(Located at, Sourced<String> name, Optional<Sourced<String>> value) { }
