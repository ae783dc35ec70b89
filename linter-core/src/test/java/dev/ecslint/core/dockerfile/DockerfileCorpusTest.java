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
    private static final Map<String, String> KNOWN_INVALID = Map.ofEntries(
            Map.entry("0947__bridgecrewio__checkov__tests__dockerfile__checks__example_UpdateNotAlone__failure__Dockerfile",
                    "a stray vim '~' line: unknown instruction"),
            Map.entry("1036__bridgecrewio__checkov__tests__secrets__multiline_finding__Dockerfile.two_secrets",
                    "a secrets-scanner fixture, not a Dockerfile: unknown instruction BEGIN_SECRET"),
            Map.entry("1037__bridgecrewio__checkov__tests__secrets__resources__file_type__Dockerfile",
                    "a stray vim '~' line: unknown instruction"),
            Map.entry("1345__docker-library__mysql__Dockerfile.oracle",
                    "an unrendered jq template ({{ … }}): unknown instruction"),
            Map.entry("1403__fedora-cloud__Fedora-Dockerfiles__haskell__Dockerfile",
                    "a missing '\\' ends the RUN early; the next package name is an unknown instruction"),
            Map.entry("1671__moby__buildkit__frontend__dockerfile__parser__testfiles-negative__only_comments__Dockerfile",
                    "buildkit negative fixture: only comments (file with no instructions)"),
            Map.entry("1672__moby__buildkit__frontend__dockerfile__parser__testfiles-negative__shykes-nested-json__Dockerfile",
                    "buildkit negative fixture: a JSON array holding an array"),
            Map.entry("1690__moby__buildkit__frontend__dockerfile__parser__testfiles__jeztah-invalid-json-json-inside-string-double__Dockerfile",
                    "buildkit AST fixture without FROM: no build stage"),
            Map.entry("1695__moby__buildkit__frontend__dockerfile__parser__testfiles__json__Dockerfile",
                    "buildkit AST fixture without FROM: no build stage"),
            Map.entry("1765__docker__compose__pkg__e2e__fixtures__wrong-composefile__service1__Dockerfile",
                    "compose e2e fixture: unknown instruction WRONG"));

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
        problems.forEach((name, why) -> System.out.println("  E001 " + name + " " + why + "  ("
                + KNOWN_INVALID.getOrDefault(name, "UNEXPECTED") + ")"));
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
