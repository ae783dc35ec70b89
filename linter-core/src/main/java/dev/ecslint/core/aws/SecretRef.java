package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Optional;

/** One {@code secrets} entry: an environment variable filled from Secrets Manager or SSM ({@code valueFrom}). */
public record SecretRef(Located at, Sourced<String> name, Optional<Sourced<String>> valueFrom) { }
