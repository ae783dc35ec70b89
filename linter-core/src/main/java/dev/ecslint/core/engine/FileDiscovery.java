package dev.ecslint.core.engine;

import dev.ecslint.core.cloudformation.CdkOutput;
import dev.ecslint.core.config.Glob;
import dev.ecslint.core.i18n.Message;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the files to lint under the given paths. Directories are walked without following symbolic
 * links to directories (no loops, no escape); a symbolic link to a file, named or walked, is read only
 * when its target lies inside the repository ({@link RepositoryBoundary}) — otherwise it is reported
 * as skipped under its own name — and each real file is linted once. {@code .git}, {@code target} and
 * {@code node_modules} are skipped, and so are the {@code asset.*} copies in a CDK {@code cdk.out} folder.
 */
public final class FileDiscovery {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".hg", ".svn");

    private final Path workingDirectory;
    private final Path displayRoot;
    private final RepositoryBoundary boundary;
    private final List<Glob> includes;
    private final List<Glob> excludes;

    public FileDiscovery(Path workingDirectory, List<String> includes, List<String> excludes) {
        this(workingDirectory, workingDirectory.toAbsolutePath(), includes, excludes);
    }

    /** @param displayRoot paths in findings are relative to it ({@code --root}) when the file is below it */
    public FileDiscovery(Path workingDirectory, Path displayRoot, List<String> includes, List<String> excludes) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.displayRoot = this.workingDirectory.resolve(displayRoot).normalize();
        this.boundary = RepositoryBoundary.of(this.workingDirectory);
        this.includes = includes.stream().map(Glob::of).toList();
        this.excludes = excludes.stream().map(Glob::of).toList();
    }

    /** A path given by the user that does not exist: exit code 2. */
    public static final class MissingPathException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String path;

        public MissingPathException(String path) {
            super("no such file or directory: " + path, null, false, false);
            this.path = path;
        }

        /** The problem in the run's language. */
        public Message message() {
            return Message.of("discovery.missingPath").verbatim("path", path);
        }
    }

    /** Named files are always linted: their content decides their kind, and one of no known kind is reported. */
    public List<InputFile> discover(List<String> paths) throws MissingPathException, IOException {
        return discover(paths, true);
    }

    /**
     * Named files are taken as a walk takes them (pre-commit names every staged JSON file): a name that says
     * nothing, a document of no known shape, a template or a broken file without ECS words is skipped silently.
     */
    public List<InputFile> discoverAsWalked(List<String> paths) throws MissingPathException, IOException {
        return discover(paths, false);
    }

    private List<InputFile> discover(List<String> paths, boolean named) throws MissingPathException, IOException {
        List<InputFile> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String given : paths) {
            Path path = workingDirectory.resolve(given).normalize();
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new MissingPathException(given);
            }
            if (!boundary.admits(path)) {
                found.add(InputFile.linkLeavingRepository(path, displayPath(path), named));
            } else if (Files.isDirectory(path)) {
                walk(path, boundary.forWalk(path), found, seen);
            } else if ((named || lintableName(path.getFileName().toString())) && seen.add(realPath(path))) {
                found.add(InputFile.onDisk(path, displayPath(path), named));
            }
        }
        found.sort(Comparator.comparing(InputFile::displayPath));
        return found;
    }

    private void walk(Path root, RepositoryBoundary inside, List<InputFile> found, Set<Path> seen) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                        || CdkOutput.isAssetCopy(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String relative = relative(root, dir);
                if (!relative.isEmpty() && excludes.stream().anyMatch(g -> g.matches(relative))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String relative = relative(root, file);
                if (attrs.isSymbolicLink()) {
                    Path target = realPath(file);
                    if (target != null && !inside.admits(file)) {
                        if (selected(file.getFileName().toString(), relative) && seen.add(file)) {
                            found.add(InputFile.linkLeavingRepository(file, displayPath(file), false));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    if (target == null || !Files.isRegularFile(target)) {
                        return FileVisitResult.CONTINUE;
                    }
                } else if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (!selected(file.getFileName().toString(), relative)) {
                    return FileVisitResult.CONTINUE;
                }
                Path real = realPath(file);
                if (seen.add(real == null ? file : real)) {
                    found.add(InputFile.onDisk(file, displayPath(file), false));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable directory entry: lint it as a file so the user sees an E001 with the reason
                if (!(e instanceof NoSuchFileException) && seen.add(file)) {
                    found.add(InputFile.onDisk(file, displayPath(file), false));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean selected(String fileName, String relative) {
        if (excludes.stream().anyMatch(g -> g.matches(relative))) {
            return false;
        }
        if (!includes.isEmpty()) {
            return includes.stream().anyMatch(g -> g.matches(relative));
        }
        return lintableName(fileName);
    }

    /** A name a walk reads: one that says Dockerfile, JSON, YAML or Terraform (the content then decides). */
    private static boolean lintableName(String fileName) {
        return ContentClassifier.syntaxOf(fileName) != ContentClassifier.Syntax.NONE;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Relative to the display root (the working directory unless {@code --root}) with forward slashes when below
     * it, absolute otherwise.
     */
    public String displayPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(displayRoot) && !absolute.equals(displayRoot)) {
            return displayRoot.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /**
     * The root of the repository holding {@code directory} (the nearest directory with a {@code .git} entry: a
     * directory in a clone, a file in a worktree or submodule), as the path names it (links not resolved).
     */
    public static Optional<Path> repositoryRoot(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
