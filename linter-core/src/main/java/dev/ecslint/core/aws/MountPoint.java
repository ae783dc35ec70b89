package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Optional;

/** One {@code mountPoints} entry; {@code sourceVolume} names a task {@code volumes} entry. */
public record MountPoint(Located at, Optional<Sourced<String>> sourceVolume, Optional<Sourced<String>> containerPath) { }
