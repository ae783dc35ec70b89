package dev.ecslint.core.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a symbolic link may lead: inside the repository that holds the working directory (the nearest
 * directory with a {@code .git} entry, a directory in a clone, a file in a worktree), or inside the
 * working directory itself when it is in no repository. A pull request can add
 * {@code task-definition.json → ~/.aws/credentials}; CI lints {@code $(git ls-files)}, links included.
 * Every path here is real (links resolved), so that {@code startsWith} compares what is on disk.
 */
final class RepositoryBoundary {

    private final Path workingDirectory;
    private final Path root;

    private RepositoryBoundary(Path workingDirectory, Path root) {
        this.workingDirectory = workingDirectory;
        this.root = root;
    }

    /** The boundary of runs in {@code workingDirectory} (an absolute, normalised path). */
    static RepositoryBoundary of(Path workingDirectory) {
        Path real = realPath(workingDirectory).orElse(workingDirectory);
        return new RepositoryBoundary(workingDirectory, repositoryOf(real).orElse(real));
    }

    /**
     * Whether {@code path} (absolute, normalised, as the user or a directory walk named it) may be read:
     * its real location lies inside the boundary. A path outside the working directory that the user
     * named is judged by the repository of the directory holding it (or that directory), so that
     * {@code ecslint ../other-repo/Dockerfile} works while a link from there to elsewhere does not.
     */
    boolean admits(Path path) {
        Optional<Path> real = realPath(path);
        if (real.isEmpty()) {
            return true; // a broken link reads as "no longer exists": nothing outside is read
        }
        if (real.get().startsWith(root)) {
            return true;
        }
        if (path.startsWith(workingDirectory) || path.getParent() == null) {
            return false;
        }
        Optional<Path> parent = realPath(path.getParent());
        return parent.isPresent() && real.get().startsWith(repositoryOf(parent.get()).orElse(parent.get()));
    }

    /** The boundary for the walk of {@code directory}: this one, or the walked tree's own when outside it. */
    RepositoryBoundary forWalk(Path directory) {
        Optional<Path> real = realPath(directory);
        if (real.isEmpty() || real.get().startsWith(root)) {
            return this;
        }
        return new RepositoryBoundary(workingDirectory, repositoryOf(real.get()).orElse(real.get()));
    }

    private static Optional<Path> repositoryOf(Path realDirectory) {
        return FileDiscovery.repositoryRoot(realDirectory);
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
