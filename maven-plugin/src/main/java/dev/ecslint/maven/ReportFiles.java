package dev.ecslint.maven;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.report.Reporter;
import dev.ecslint.core.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report files of one module: the JSON report always (other tooling reads it), plus every format
 * the user asks for, each under a fixed name in the output directory.
 */
final class ReportFiles {

    /** Names CI tools look for: Jenkins' junit step globs {@code TEST-*.xml}. */
    private static final Map<String, String> FILE_NAMES = Map.of(
            "text", "ecslint.txt",
            "json", "ecslint.json",
            "sarif", "ecslint.sarif",
            "checkstyle", "ecslint-checkstyle.xml",
            "junit", "TEST-ecslint.xml",
            "gitlab", "ecslint-gitlab.json",
            "github", "ecslint-github.txt");

    private final List<Reporter> reporters;

    private ReportFiles(List<Reporter> reporters) {
        this.reporters = List.copyOf(reporters);
    }

    /** A format name the plugin does not know. */
    static final class UnknownFormat extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        UnknownFormat(Message message) {
            super(message.key(), null, false, false);
            this.message = message;
        }

        Message message() {
            return message;
        }
    }

    /**
     * @param formats format names, case-insensitive; {@code json} is added when missing
     * @param texts   the language the reports are written in
     * @throws UnknownFormat naming an unknown format and the known ones
     */
    static ReportFiles of(List<String> formats, Localizer texts) throws UnknownFormat {
        Set<String> names = new LinkedHashSet<>();
        names.add("json");
        for (String name : formats) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        List<Reporter> reporters = new ArrayList<>();
        for (String name : names) {
            // the text report goes to a file: never colour it
            reporters.add(Reporters.byName(name, false, texts).orElseThrow(() -> new UnknownFormat(
                    Message.of("maven.unknownFormat").code("format", name).codes("formats", Reporters.names()))));
        }
        return new ReportFiles(reporters);
    }

    /** Writes every report; returns the files written, JSON first. */
    List<Path> write(LintReport report, Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>();
        for (Reporter reporter : reporters) {
            Path file = outputDirectory.resolve(FILE_NAMES.getOrDefault(reporter.format(), "ecslint-" + reporter.format()));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                reporter.write(report, writer);
            }
            written.add(file);
        }
        return written;
    }
}
