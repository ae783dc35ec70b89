package dev.ecslint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private final ConsoleReport console = new ConsoleReport(Path.of("/repo/shop"), dev.ecslint.core.i18n.Localizer.english());

    @Test
    void aFindingIsOneClickableLineWithAnAbsolutePath() {
        Finding finding = new Finding("DF005", "latest-tag", Severity.WARNING, "image `node:latest` uses `latest`",
                new Location("docker/Dockerfile", 3, 6, 3, 17, null), "pin it", null);

        assertThat(console.line(finding))
                .isEqualTo("/repo/shop/docker/Dockerfile:[3,6] DF005 latest-tag: image `node:latest` uses `latest`");
    }

    @Test
    void aPathOutsideTheModuleStaysAbsolute() {
        Finding finding = new Finding("E001", "parse-error", Severity.ERROR, "invalid JSON",
                new Location("/elsewhere/task.json", 1, 1, 1, 1, ""), null, null);

        assertThat(console.line(finding)).startsWith("/elsewhere/task.json:[1,1] E001 parse-error: ");
    }

    @Test
    void textFromTheLintedFileCannotBreakTheLineOrEscapeToTheTerminal() {
        assertThat(ConsoleReport.printable("value \u001b[31mred\u001b[0m\nnext\tline"))
                .isEqualTo("value \\u001b[31mred\\u001b[0m next line");
    }
}
