package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML (GitLab {@code artifacts:reports:junit}, Jenkins junit): one {@code <testsuite>} per linted
 * file; one failing {@code <testcase>} per active finding, or one passing test case for a clean file so
 * that the file does not show as "0 tests". GitLab keys test cases on {@code classname} + {@code name}
 * and drops repeats, so the class name is the file path and the name ({@code DF001 root-user line 12 col 1})
 * gets an occurrence suffix when two findings would share it. Times are {@code 0}: the report must be
 * deterministic, and linting one file is not a timed test.
 */
public final class JunitReporter implements Reporter {

    static final String CLEAN_FILE_TEST = "no findings";

    private final Localizer texts;

    /** In English. */
    public JunitReporter() {
        this(Localizer.english());
    }

    public JunitReporter(Localizer texts) {
        this.texts = texts;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public Sink start(Appendable out) {
        Spill suites = new Spill(); // the root element states the totals: the suites wait until they are known
        return new Sink() {
            private int tests;
            private int failures;

            @Override
            public void file(FileReport file) throws IOException {
                List<Finding> findings = file.activeFindings();
                tests += Math.max(1, findings.size());
                failures += findings.size();
                writeSuite(file.path(), findings, suites);
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                out.append(Xml.DECLARATION);
                out.append("<testsuites name=\"ecslint\" tests=\"").append(Integer.toString(tests))
                        .append("\" failures=\"").append(Integer.toString(failures))
                        .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
                try (suites) {
                    suites.copyTo(out, 0);
                }
                out.append("</testsuites>\n");
            }
        };
    }

    private void writeSuite(String path, List<Finding> findings, Appendable out) throws IOException {
        String file = Xml.attribute(path);
        out.append("  <testsuite name=\"").append(file)
                .append("\" tests=\"").append(Integer.toString(Math.max(1, findings.size())))
                .append("\" failures=\"").append(Integer.toString(findings.size()))
                .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        if (findings.isEmpty()) {
            testCaseStart(file, CLEAN_FILE_TEST, out).append("/>\n");
        }
        Map<String, Integer> seenNames = new HashMap<>();
        for (Finding finding : findings) {
            String name = testName(finding);
            int occurrence = seenNames.merge(name, 1, Integer::sum);
            if (occurrence > 1) {
                name += " #" + occurrence;
            }
            testCaseStart(file, Xml.attribute(name), out).append(">\n");
            out.append("      <failure type=\"").append(finding.severity().label())
                    .append("\" message=\"").append(Xml.attribute(texts.render(finding.message()))).append("\">")
                    .append(Xml.text(details(finding))).append("</failure>\n");
            out.append("    </testcase>\n");
        }
        out.append("  </testsuite>\n");
    }

    private static Appendable testCaseStart(String file, String name, Appendable out) throws IOException {
        return out.append("    <testcase classname=\"").append(file).append("\" name=\"").append(name)
                .append("\" file=\"").append(file).append("\" time=\"0\"");
    }

    private static String testName(Finding finding) {
        Location at = finding.location();
        return ruleLabel(finding) + " line " + at.line() + " col " + at.column();
    }

    private static String ruleLabel(Finding finding) {
        return finding.ruleId() + (finding.ruleName() == null ? "" : " " + finding.ruleName());
    }

    /** The failure's body, which GitLab shows when the test case is opened. */
    private String details(Finding finding) {
        Location at = finding.location();
        StringBuilder text = new StringBuilder()
                .append(at.path()).append(':').append(at.line()).append(':').append(at.column())
                .append(' ').append(finding.severity().label()).append(' ').append(ruleLabel(finding))
                .append('\n').append(texts.render(finding.message()));
        String fix = finding.fix() == null ? "" : texts.render(finding.fix());
        if (!fix.isBlank()) {
            text.append("\n").append(texts.text("report.fix")).append(": ").append(fix.strip());
        }
        return text.toString();
    }
}
