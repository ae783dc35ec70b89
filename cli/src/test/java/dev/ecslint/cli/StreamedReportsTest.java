package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.LintSession;
import dev.ecslint.core.report.FileReport;
import dev.ecslint.core.report.ReportSummary;
import dev.ecslint.core.report.Reporter;
import dev.ecslint.core.report.Reporters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports are streamed (DESIGN.md "Budgets"): the CLI's run hands each file to every report as it is
 * done, in path order, and the streamed output is exactly the report written at once from the whole run
 * (the Maven plugin's and the grader's way), for every format and every kind of document.
 */
class StreamedReportsTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyFormatStreamedIsTheReportWrittenAtOnce() throws Exception {
        LintSession session = LintSession.withBuiltInRules();
        LintSession.Request request = LintSession.Request.of(ROOT, List.of("examples"));
        for (String format : Reporters.names()) {
            Reporter reporter = Reporters.byName(format, false).orElseThrow();
            StringBuilder streamed = new StringBuilder();
            session.stream(request, List.of(reporter.start(streamed)));
            StringBuilder atOnce = new StringBuilder();
            reporter.write(session.run(request).report(), atOnce);
            assertThat(streamed.toString()).as(format).isEqualTo(atOnce.toString()).isNotEmpty();
        }
    }

    @Test
    void filesReachTheReportsOneAtATimeInPathOrderAndTextIsWrittenAsTheyCome() throws Exception {
        LintSession session = LintSession.withBuiltInRules();
        StringBuilder text = new StringBuilder();
        Reporter.Sink report = Reporters.byName("text", false).orElseThrow().start(text);
        List<String> paths = new ArrayList<>();
        List<Integer> writtenBefore = new ArrayList<>();
        session.stream(LintSession.Request.of(ROOT, List.of("examples")), List.of(new Reporter.Sink() {
            @Override
            public void file(FileReport file) throws IOException {
                writtenBefore.add(text.length());
                paths.add(file.path());
                report.file(file);
            }

            @Override
            public void finish(ReportSummary summary) throws IOException {
                report.finish(summary);
            }
        }));
        assertThat(paths).hasSizeGreaterThan(5).isSorted().doesNotHaveDuplicates();
        // the text of the first files was written before the last file reached the report
        assertThat(writtenBefore.get(writtenBefore.size() - 1)).isPositive();
    }
}
