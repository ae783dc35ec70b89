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
 * annotations of each level per step, so {@link #stepSummary} tables the findings for {@code $GITHUB_STEP_SUMMARY}.
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
    public Sink start(Appendable out) {
        return new LinePerFinding(out, this::command, texts);
    }

    private String command(Finding finding) {
        Location at = finding.location();
        String title = finding.ruleId() + (finding.ruleName() == null ? "" : " " + finding.ruleName());
        return "::" + level(finding)
                + " file=" + escapeProperty(at.path())
                + ",line=" + at.line()
                + ",col=" + at.column()
                + ",endLine=" + at.endLine()
                + ",endColumn=" + at.endColumn()
                + ",title=" + escapeProperty(title)
                + "::" + escapeData(texts.render(finding.message()));
    }

    /**
     * The job summary for the file {@code $GITHUB_STEP_SUMMARY} names: the run's summary line and a table of the
     * findings, at most {@link #STEP_SUMMARY_ROWS} (GitHub keeps 1 MiB of a step's summary; the rest are counted).
     * The rows wait for the summary line, which comes first: the table is bounded, so is what it holds.
     */
    public Reporter stepSummary() {
        return new Reporter() {
            @Override
            public String format() {
                return "github-step-summary";
            }

            @Override
            public Sink start(Appendable out) {
                return new StepSummary(out);
            }
        };
    }

    private final class StepSummary implements Sink {
        private final Appendable out;
        private final StringBuilder rows = new StringBuilder();
        private int findings;

        StepSummary(Appendable out) {
            this.out = out;
        }

        @Override
        public void file(FileReport file) {
            for (Finding finding : file.activeFindings()) {
                if (findings++ < STEP_SUMMARY_ROWS) {
                    Location at = finding.location();
                    rows.append("| `").append(cell(at.path()).replace("`", "")).append(':').append(at.line())
                            .append("` | ").append(finding.severity().label()).append(" | ").append(finding.ruleId())
                            .append(finding.ruleName() == null ? "" : " " + finding.ruleName()).append(" | ")
                            .append(cell(CompactReporter.oneLine(texts.render(finding.message())))).append(" |\n");
                }
            }
        }

        @Override
        public void finish(ReportSummary summary) throws IOException {
            out.append("### ecslint\n\n").append(texts.render(RunSummary.of(summary))).append('\n');
            if (findings > 0) {
                out.append("\n| file | severity | rule | message |\n|---|---|---|---|\n").append(rows);
            }
            if (findings > STEP_SUMMARY_ROWS) {
                out.append("\n").append(Integer.toString(findings - STEP_SUMMARY_ROWS))
                        .append(" more: see the annotations or run ecslint with --format compact\n");
            }
        }
    }

    /** Rows of the step summary; the rest are counted. */
    static final int STEP_SUMMARY_ROWS = 500;

    private static String cell(String text) {
        return TerminalText.printable(text).replace("|", "\\|");
    }

    private static String level(Finding finding) {
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
