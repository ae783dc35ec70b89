package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the README's first command prints for the bundled examples, in each language, committed as
 * {@code examples/expected/report.<lang>.txt} so that a reader (and a reviewer of a message change) sees the
 * real output. Regenerate with {@code mvn -pl cli -am test -Dtest=ExampleReportsTest -Dgolden.update=true}
 * and review the diff.
 */
class ExampleReportsTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", ".."));

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theExamplesReportAsCommitted(String lang) throws IOException {
        CliRun run = CliRun.in(ROOT, "--lang", lang, "--no-color", "examples");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        Path golden = ROOT.resolve("examples/expected/report." + lang + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).as("examples/expected/report." + lang + ".txt is stale: rerun with -Dgolden.update=true")
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
