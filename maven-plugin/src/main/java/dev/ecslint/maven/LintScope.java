package dev.ecslint.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one module lints: its source directories, each walked on its own with the directories that
 * belong to someone else excluded — the reactor's modules below it (they lint themselves), another
 * configured source directory nested inside it (that one is walked separately) and the build and
 * report directories. So in a multi-module build no file is linted twice.
 */
record LintScope(List<Root> roots) {

    /**
     * One walked directory (or single file).
     *
     * @param excludes globs relative to {@code path}, anchored at it, for the directories left out
     */
    record Root(Path path, List<String> excludes) {
        Root {
            excludes = List.copyOf(excludes);
        }
    }

    LintScope {
        roots = List.copyOf(roots);
    }

    /**
     * @param sourceDirectories  the configured roots (absolute); duplicates are walked once
     * @param excludedDirectories directories never to lint: other modules, the build directory, the
     *                           report directory (absolute; those outside every root are ignored)
     * @param userExcludes       the user's globs, applied in every root
     */
    static LintScope of(List<Path> sourceDirectories, List<Path> excludedDirectories, List<String> userExcludes) {
        Set<Path> distinctRoots = new LinkedHashSet<>();
        sourceDirectories.forEach(p -> distinctRoots.add(p.toAbsolutePath().normalize()));
        List<Path> excluded = excludedDirectories.stream().map(p -> p.toAbsolutePath().normalize()).toList();

        List<Root> roots = new ArrayList<>();
        for (Path root : distinctRoots) {
            List<String> excludes = new ArrayList<>(userExcludes);
            for (Path other : distinctRoots) {
                addIfBelow(root, other, excludes);
            }
            for (Path dir : excluded) {
                addIfBelow(root, dir, excludes);
            }
            roots.add(new Root(root, excludes));
        }
        return new LintScope(roots);
    }

    /** Excludes {@code dir} when it lies strictly below {@code root}. */
    private static void addIfBelow(Path root, Path dir, List<String> excludes) {
        if (dir.equals(root) || !dir.startsWith(root)) {
            return;
        }
        String relative = root.relativize(dir).toString().replace('\\', '/');
        // "dir/**" always holds a slash, so the glob is anchored at the root: a pattern without a
        // slash would match a directory of that name at any depth (Glob's .gitignore semantics)
        String glob = relative + "/**";
        if (!excludes.contains(glob)) {
            excludes.add(glob);
        }
    }
}
