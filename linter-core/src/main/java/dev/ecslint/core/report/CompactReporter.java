package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import java.io.IOException;

/**
 * One line per finding, as gcc, hadolint's {@code gnu} format and editors' error parsers read it:
 * {@code path:line:col: severity ID name: message}, then the run's summary on a last line. A message of several
 * lines is joined into one; control characters from the file never reach the terminal.
 */
public final class CompactReporter implements Reporter {

    private final Localizer texts;

    public CompactReporter(Localizer texts) {
        this.texts = texts;
    }

    @Override
    public String format() {
        return "compact";
    }

    @Override
    public void write(LintReport report, Appendable out) throws IOException {
        for (Finding finding : report.activeFindings()) {
            Location at = finding.location();
            out.append(TerminalText.printable(at.path())).append(':').append(Integer.toString(at.line()))
                    .append(':').append(Integer.toString(at.column())).append(": ")
                    .append(finding.severity().label()).append(' ').append(finding.ruleId())
                    .append(finding.ruleName() == null ? "" : " " + finding.ruleName()).append(": ")
                    .append(TerminalText.printable(oneLine(texts.render(finding.message())))).append('\n');
        }
        out.append(TextReporter.summary(report, texts)).append('\n');
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
