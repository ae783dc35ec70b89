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
 * {@code :} and {@code ,} in properties.
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
        return new Sink() {
            @Override
            public void file(FileReport file) throws IOException {
                write(file, out);
            }

            @Override
            public void finish(ReportSummary summary) {
            }
        };
    }

    private void write(FileReport file, Appendable out) throws IOException {
        for (Finding finding : file.activeFindings()) {
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
