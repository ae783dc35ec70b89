package dev.ecslint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the repository's layout for the {@code ./ecslint} launcher: the script, the poms, empty sources. */
final class LauncherLayout {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", ".."));

    private LauncherLayout() {
    }

    /** Lays the launcher out in {@code repo} with {@code examples/Dockerfile} holding {@code dockerfile}. */
    static void layOut(Path repo, String dockerfile) throws IOException {
        Files.copy(ROOT.resolve("ecslint"), repo.resolve("ecslint"));
        for (String module : List.of("linter-core", "rules", "cli")) {
            Files.createDirectories(repo.resolve(module).resolve("src/main/java"));
            Files.writeString(repo.resolve(module).resolve("pom.xml"), "<project/>");
        }
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("examples"));
        Files.writeString(repo.resolve("examples/Dockerfile"), dockerfile);
    }

    /** Makes everything in {@code repo} an hour old: sources older than anything the launcher writes, as after a checkout. */
    static void ageAll(Path repo) throws IOException {
        try (Stream<Path> all = Files.walk(repo)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
    }
}
