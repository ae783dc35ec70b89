package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/report/}: compared byte for byte, or rewritten when the
 * build runs with {@code -Dgolden.update=true} (then review the diff before committing).
 */
final class Golden {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "report");

    private Golden() {
    }

    static void assertMatches(String fileName, String actual) {
        Path file = DIRECTORY.resolve(fileName);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
            assertThat(actual).as("output differs from %s; if the change is intended, rerun with "
                    + "-Dgolden.update=true and review the diff", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Reporter reporter, LintReport report) {
        StringBuilder out = new StringBuilder();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
