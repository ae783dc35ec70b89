package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import java.io.IOException;
import java.util.List;

/**
 * Checkstyle XML (Jenkins warnings-ng, reviewdog {@code -f=checkstyle}, IDE plugins), in the shape of
 * checkstyle's own {@code XMLLogger}: a {@code <file>} per linted file, clean ones included, and an
 * {@code <error line column severity message source>} per active finding with the rule id as
 * {@code source}. Severities: error, warning, info; style becomes info (checkstyle has no lower level
 * that consumers show). The {@code version} attribute is the checkstyle format version most non-checkstyle
 * emitters write (ESLint, hadolint), which consumers accept. Write the output as UTF-8, as declared.
 */
public final class CheckstyleReporter implements Reporter {

    private static final String FORMAT_VERSION = "4.3";

    private final Localizer texts;

    /** In English. */
    public CheckstyleReporter() {
        this(Localizer.english());
    }

    public CheckstyleReporter(Localizer texts) {
        this.texts = texts;
    }

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public Sink start(Appendable out) throws IOException {
        out.append(Xml.DECLARATION);
        out.append("<checkstyle version=\"").append(FORMAT_VERSION).append("\">\n");
        return new Sink() {
            @Override
            public void file(FileReport file) throws IOException {
                List<Finding> findings = file.activeFindings();
                out.append("  <file name=\"").append(Xml.attribute(file.path())).append('"');
                if (findings.isEmpty()) {
                    out.append("/>\n");
                    return;
                }
                out.append(">\n");
                for (Finding finding : findings) {
                    out.append("    <error line=\"").append(Integer.toString(finding.location().line()))
                            .append("\" column=\"").append(Integer.toString(finding.location().column()))
                            .append("\" severity=\"").append(severity(finding))
                            .append("\" message=\"").append(Xml.attribute(texts.render(finding.message())))
                            .append("\" source=\"").append(Xml.attribute(finding.ruleId()))
                            .append("\"/>\n");
                }
                out.append("  </file>\n");
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                out.append("</checkstyle>\n");
            }
        };
    }

    private static String severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "info";
        };
    }
}
