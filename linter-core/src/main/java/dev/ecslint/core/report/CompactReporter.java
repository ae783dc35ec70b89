package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import java.util.regex.Pattern;

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

    /** Compiled once: each finding's message and fix go through it. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /** The text stripped, each line break with the blanks around it one space. */
    static String oneLine(String text) {
        return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
    }
}
