package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import java.io.IOException;

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations on
 * the pull request: {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=ID name::message}.
 * warning → {@code ::warning}, info and style → {@code ::notice}. Values are escaped as
 * {@code @actions/core} does ({@code toCommandValue}/{@code escapeData}/{@code escapeProperty} in
 * actions/toolkit {@code packages/core/src/command.ts}): {@code %}, CR and LF everywhere, plus
 * {@code :} and {@code ,} in properties. The log ends with the run's summary; GitHub shows at most ten
 * annotations of each level per step, so {@link #stepSummary} writes every finding as a Markdown table for
 * {@code $GITHUB_STEP_SUMMARY}.
 */
public final class GithubReporter implements Reporter {

    private final Localizer texts;

    /** In English. */
    public GithubReporter() {
        this(Localizer.english());
    }

    public GithubReporter(Localizer texts) {
        this.texts = texts;
    }

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(LintReport report, Appendable out) throws IOException {
        for (Finding finding : report.activeFindings()) {
            Location at = finding.location();
            String title = finding.ruleId() + (finding.ruleName() == null ? "" : " " + finding.ruleName());
            out.append("::").append(command(finding))
                    .append(" file=").append(escapeProperty(at.path()))
                    .append(",line=").append(Integer.toString(at.line()))
                    .append(",col=").append(Integer.toString(at.column()))
                    .append(",endLine=").append(Integer.toString(at.endLine()))
                    .append(",endColumn=").append(Integer.toString(at.endColumn()))
                    .append(",title=").append(escapeProperty(title))
                    .append("::").append(escapeData(texts.render(finding.message())))
                    .append('\n');
        }
        out.append(TextReporter.summary(report, texts)).append('\n');
    }

    /**
     * The job summary: the run's summary line and a table of the findings (at most {@link #STEP_SUMMARY_ROWS};
     * GitHub keeps 1 MiB of a step's summary), for the file {@code $GITHUB_STEP_SUMMARY} names.
     */
    public String stepSummary(LintReport report) {
        StringBuilder md = new StringBuilder("### ecslint\n\n").append(TextReporter.summary(report, texts))
                .append("\n");
        if (report.activeFindings().isEmpty()) {
            return md.toString();
        }
        md.append("\n| file | severity | rule | message |\n|---|---|---|---|\n");
        int rows = 0;
        for (Finding finding : report.activeFindings()) {
            if (rows++ == STEP_SUMMARY_ROWS) {
                md.append("\n").append(report.activeFindings().size() - STEP_SUMMARY_ROWS)
                        .append(" more: see the annotations or run ecslint with --format compact\n");
                break;
            }
            Location at = finding.location();
            md.append("| `").append(cell(at.path()).replace("`", "")).append(':').append(at.line()).append("` | ")
                    .append(finding.severity().label()).append(" | ").append(finding.ruleId())
                    .append(finding.ruleName() == null ? "" : " " + finding.ruleName()).append(" | ")
                    .append(cell(CompactReporter.oneLine(texts.render(finding.message())))).append(" |\n");
        }
        return md.toString();
    }

    /** Rows of the step summary; the rest are counted. */
    static final int STEP_SUMMARY_ROWS = 500;

    private static String cell(String text) {
        return TerminalText.printable(text).replace("|", "\\|");
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "notice";
        };
    }

    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
