package dev.ecslint.core.aws;

import dev.ecslint.core.model.Located;
import java.util.Optional;

/**
 * One task {@code volumes} entry.
 *
 * @param efs the {@code efsVolumeConfiguration}, when the volume is an EFS file system
 */
public record Volume(Located at, Optional<Sourced<String>> name, Optional<Efs> efs) {

    /** An {@code efsVolumeConfiguration}. */
    public record Efs(Located at, Optional<Sourced<String>> transitEncryption) { }
}
