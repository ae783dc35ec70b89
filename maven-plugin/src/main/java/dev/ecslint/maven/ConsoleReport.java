package dev.ecslint.maven;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.LintReport;
import java.nio.file.Path;
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

    /** {@code 3 findings (1 error, 2 warnings, 0 info, 0 style) in 12 files}, or {@code no findings in 12 files}. */
    static String summary(LintReport report) {
        int active = report.activeFindings().size();
        String files = plural(report.files().size(), "file", "files");
        StringBuilder line = new StringBuilder("ecslint: ");
        if (active == 0) {
            line.append("no findings in ").append(files);
        } else {
            line.append(plural(active, "finding", "findings")).append(" (").append(counts(report)).append(") in ")
                    .append(files);
        }
        int suppressed = report.findings().size() - active;
        if (suppressed > 0) {
            line.append("; ").append(plural(suppressed, "suppressed finding", "suppressed findings"))
                    .append(" not shown");
        }
        return line.toString();
    }

    /** {@code 2 findings at or above warning (1 error, 1 warning)}: what makes the build fail. */
    static String failingCount(LintReport report, Config.FailThreshold threshold) {
        long failing = report.activeFindings().stream().filter(f -> threshold.fails(f.severity())).count();
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Severity, Integer> entry : report.countsBySeverity().entrySet()) {
            if (threshold.fails(entry.getKey()) && entry.getValue() > 0) {
                counts.append(counts.length() == 0 ? "" : ", ").append(severityCount(entry.getKey(), entry.getValue()));
            }
        }
        return plural(failing, "finding", "findings") + " at or above " + threshold.label() + " (" + counts + ")";
    }

    private static String counts(LintReport report) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Severity, Integer> entry : report.countsBySeverity().entrySet()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(severityCount(entry.getKey(), entry.getValue()));
        }
        return counts.toString();
    }

    private static String severityCount(Severity severity, int count) {
        return switch (severity) {
            case ERROR -> plural(count, "error", "errors");
            case WARNING -> plural(count, "warning", "warnings");
            case INFO -> count + " info";
            case STYLE -> count + " style";
        };
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
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
