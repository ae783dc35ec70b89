package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;

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
    public Sink start(Appendable out) {
        return new LinePerFinding(out, this::line, texts);
    }

    private String line(Finding finding) {
        Location at = finding.location();
        return TerminalText.printable(at.path()) + ':' + at.line() + ':' + at.column() + ": "
                + finding.severity().label() + ' ' + finding.ruleId()
                + (finding.ruleName() == null ? "" : " " + finding.ruleName()) + ": "
                + TerminalText.printable(oneLine(texts.render(finding.message())));
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
