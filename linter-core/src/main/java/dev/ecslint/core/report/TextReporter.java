package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.io.IOException;
import java.util.List;

/**
 * The terminal report: findings grouped by file, each as {@code path:line:col  SEVERITY  ID name  message}
 * (editors and terminals make {@code path:line:col} clickable), its source line with carets under the
 * region, the fix hint, and a closing summary. Suppressed findings are only counted in the summary.
 *
 * <pre>
 * Dockerfile:1:6  WARNING  DF005 latest-tag  image `node:latest` uses the `latest` tag; pin a version
 *   1 | FROM node:latest
 *     |      ^^^^^^^^^^^
 *     = fix: pin a version such as node:20.11-alpine, or a digest
 * </pre>
 */
public final class TextReporter implements Reporter {

    private final Palette palette;
    private final Localizer texts;

    /** In English. */
    public TextReporter(boolean colour) {
        this(colour, Localizer.english());
    }

    /**
     * @param colour ANSI colours; the CLI turns them on for a TTY without {@code NO_COLOR}
     * @param texts  the run's language
     */
    public TextReporter(boolean colour, Localizer texts) {
        this.palette = colour ? Palette.ANSI : Palette.PLAIN;
        this.texts = texts;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public Sink start(Appendable out) {
        return new Sink() {
            private boolean anyFinding;

            @Override
            public void file(FileReport file) throws IOException {
                List<Finding> findings = file.activeFindings();
                if (findings.isEmpty()) {
                    return;
                }
                if (anyFinding) {
                    out.append('\n');
                }
                anyFinding = true;
                for (Finding finding : findings) {
                    writeFinding(finding, file.snippet(finding), out);
                }
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                if (anyFinding) {
                    out.append('\n');
                }
                out.append(palette.bold(summary(summary))).append('\n');
            }
        };
    }

    private void writeFinding(Finding finding, String snippet, Appendable out) throws IOException {
        Location at = finding.location();
        Severity severity = finding.severity();
        List<String> messageLines = texts.render(finding.message()).lines().toList();
        out.append(palette.bold(TerminalText.printable(at.path()) + ":" + at.line() + ":" + at.column()))
                .append("  ").append(palette.severity(severity, severity.name()))
                .append("  ").append(palette.dim(finding.ruleId() + (finding.ruleName() == null ? "" : " " + finding.ruleName())))
                .append("  ").append(TerminalText.printable(messageLines.isEmpty() ? "" : messageLines.get(0)))
                .append('\n');
        for (String continuation : messageLines.subList(Math.min(1, messageLines.size()), messageLines.size())) {
            out.append("    ").append(TerminalText.printable(continuation)).append('\n');
        }
        String lineNumber = Integer.toString(at.line());
        String gutter = "  " + " ".repeat(lineNumber.length()) + " ";
        if (!snippet.isEmpty()) {
            CodeFrame frame = CodeFrame.of(finding, snippet);
            out.append("  ").append(palette.dim(lineNumber + " |")).append(' ').append(frame.source()).append('\n');
            out.append(gutter).append(palette.dim("|")).append(' ')
                    .append(palette.severity(severity, frame.carets())).append('\n');
        }
        String fix = finding.fix() == null ? "" : texts.render(finding.fix());
        if (!fix.isBlank()) {
            out.append(gutter).append(palette.dim("=")).append(' ').append(palette.fix(texts.text("report.fix") + ":")).append(' ')
                    .append(TerminalText.printable(CompactReporter.oneLine(fix)))
                    .append('\n');
        }
    }

    /**
     * {@code 3 findings (1 error, 2 warnings, 0 info, 0 style) in 4 files (3 dockerfile, 1 task-definition)}, or
     * {@code no findings in 4 files (…)}; then the files recognised but not checked, and the suppressed findings
     * ({@link RunSummary}), in the report's language.
     */
    String summary(LintReport report) {
        return texts.render(RunSummary.of(report));
    }

    String summary(ReportSummary summary) {
        return texts.render(RunSummary.of(summary));
    }

    /** ANSI SGR sequences, or none. */
    private enum Palette {
        PLAIN, ANSI;

        private static final String RESET = "\u001B[0m";

        String bold(String text) {
            return paint("1", text);
        }

        String dim(String text) {
            return paint("2", text);
        }

        String fix(String text) {
            return paint("32", text);
        }

        String severity(Severity severity, String text) {
            String code = switch (severity) {
                case ERROR -> "1;31";
                case WARNING -> "33";
                case INFO -> "36";
                case STYLE -> "35";
            };
            return paint(code, text);
        }

        private String paint(String code, String text) {
            return this == PLAIN || text.isEmpty() ? text : "\u001B[" + code + "m" + text + RESET;
        }
    }
}
