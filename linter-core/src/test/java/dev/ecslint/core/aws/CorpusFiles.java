package dev.ecslint.core.aws;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared real-world corpus ({@code ecslint.shared} system property, set by surefire); tests skip without it. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static List<Path> in(String folder) {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null, "ecslint.shared is not set");
        Path dir = Path.of(shared, "corpus", folder);
        assumeTrue(Files.isDirectory(dir), "no corpus folder " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
