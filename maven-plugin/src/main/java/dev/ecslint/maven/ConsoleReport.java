package dev.ecslint.maven;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.LintReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * The findings in Maven's log, one line each in the form IDEs and CI consoles make clickable, as
 * maven-checkstyle-plugin prints them: {@code /abs/path/Dockerfile:[3,1] DF001 root-user: message}.
 * A finding's log level follows its severity (error, warning; info and style at info); suppressed
 * findings are not shown.
 */
final class ConsoleReport {

    private final Path basedir;
    private final Localizer texts;

    /**
     * @param basedir the directory report paths are relative to; console paths are absolute
     * @param texts   the build's language
     */
    ConsoleReport(Path basedir, Localizer texts) {
        this.basedir = basedir;
        this.texts = texts;
    }

    void logFindings(LintReport report, Log log) {
        for (Finding finding : report.activeFindings()) {
            String line = line(finding);
            if (finding.severity() == Severity.ERROR) {
                log.error(line);
            } else if (finding.severity() == Severity.WARNING) {
                log.warn(line);
            } else {
                log.info(line);
            }
        }
    }

    String line(Finding finding) {
        Location at = finding.location();
        String id = finding.ruleName() == null ? finding.ruleId() : finding.ruleId() + " " + finding.ruleName();
        return printable(basedir.resolve(at.path()).normalize().toString()) + ":[" + at.line() + "," + at.column()
                + "] " + id + ": " + printable(texts.render(finding.message()));
    }

    /** {@code 2 findings at or above warning (1 error, 1 warning)}: what makes the build fail. */
    static Message failingCount(LintReport report, Config.FailThreshold threshold) {
        long failing = report.activeFindings().stream().filter(f -> threshold.fails(f.severity())).count();
        List<Message> counts = new ArrayList<>();
        for (Map.Entry<Severity, Integer> entry : report.countsBySeverity().entrySet()) {
            if (threshold.fails(entry.getKey()) && entry.getValue() > 0) {
                counts.add(Message.of("report.count." + entry.getKey().label()).number("count", entry.getValue()));
            }
        }
        return Message.of("maven.failing").number("count", failing).verbatim("threshold", threshold.label())
                .phrases("counts", counts);
    }

    /**
     * One log line: a message quoting the linted file must not break the line or smuggle terminal
     * escape sequences into the build log.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
