package dev.ecslint.core.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every real-world Dockerfile of the shared corpus parses quickly, or fails with a located ParseProblem. */
class DockerfileCorpusTest {

    /**
     * The corpus files that really are invalid, with the reason (see the report of the parser's
     * author). Anything else failing to parse is a parser bug.
     */
    private static final Map<String, String> KNOWN_INVALID = Map.of();

    @Test
    void parsesTheWholeCorpusWithoutCrashOrHang() throws IOException {
        Path folder = corpus();
        Assumptions.assumeTrue(Files.isDirectory(folder), "shared corpus not found at " + folder);
        List<Path> files;
        try (Stream<Path> walk = Files.list(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, String> problems = new TreeMap<>();
        List<String> crashes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Path file : files) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                try {
                    Dockerfile parsed = DockerfileParser.parse(new SourceFile(file, file.getFileName().toString(), text));
                    assertThat(parsed.stages()).isNotEmpty();
                } catch (ParseProblem p) {
                    problems.put(file.getFileName().toString(), p.span().line() + ":" + p.span().column() + " "
                            + p.getMessage());
                } catch (RuntimeException e) {
                    crashes.add(file.getFileName() + ": " + e);
                }
            }
        });
        System.out.printf("dockerfile corpus: %d files, %d ParseProblems%n", files.size(), problems.size());
        problems.forEach((name, why) -> System.out.println("  E001 " + name + " " + why));
        assertThat(crashes).isEmpty();
        assertThat(problems.keySet()).containsExactlyInAnyOrderElementsOf(KNOWN_INVALID.keySet());
    }

    static Path corpus() {
        String shared = System.getProperty("ecslint.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
        if (!Files.isDirectory(base)) {
            base = Path.of("..", "..", "shared");
        }
        return base.resolve("corpus").resolve("dockerfiles");
    }
}
