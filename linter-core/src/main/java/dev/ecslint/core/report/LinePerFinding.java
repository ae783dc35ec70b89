package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import java.io.IOException;
import java.util.function.Function;

/** A report of one line per active finding, closed by the run's summary line (compact, github). */
final class LinePerFinding implements Reporter.Sink {

    private final Appendable out;
    private final Function<Finding, String> line;
    private final Localizer texts;

    LinePerFinding(Appendable out, Function<Finding, String> line, Localizer texts) {
        this.out = out;
        this.line = line;
        this.texts = texts;
    }

    @Override
    public void file(FileReport file) throws IOException {
        for (Finding finding : file.activeFindings()) {
            out.append(line.apply(finding)).append('\n');
        }
    }

    @Override
    public void finish(ReportSummary summary) throws IOException {
        out.append(texts.render(RunSummary.of(summary))).append('\n');
    }
}
