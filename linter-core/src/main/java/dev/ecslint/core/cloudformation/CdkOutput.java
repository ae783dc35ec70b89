package dev.ecslint.core.cloudformation;

import java.nio.file.Path;

/**
 * The layout of a cloud assembly ({@code cdk synth} writes {@code cdk.out/}): its templates are linted,
 * but its {@code asset.*} folders are copies of the project's own files (Dockerfiles, code) made for
 * upload — linting them would report every finding of the project twice.
 */
public final class CdkOutput {

    private CdkOutput() {
    }

    /** True for an {@code asset.*} folder inside a {@code cdk.out} folder. */
    public static boolean isAssetCopy(Path directory) {
        Path name = directory.getFileName();
        if (name == null || !name.toString().startsWith("asset.")) {
            return false;
        }
        for (Path up = directory.getParent(); up != null; up = up.getParent()) {
            if (up.getFileName() != null && up.getFileName().toString().equals("cdk.out")) {
                return true;
            }
        }
        return false;
    }
}
