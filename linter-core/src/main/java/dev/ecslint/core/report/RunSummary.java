package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closing line of a run, as a message of the run's language: how many findings of each severity in
 * how many files of which kinds, the kinds recognised but not checked ("no findings" never stands for
 * "not read"), and how many findings were suppressed. The text report and the Maven plugin's log print it.
 */
public final class RunSummary {

    private RunSummary() {
    }

    public static Message of(LintReport report) {
        ReportSummary.Tally tally = new ReportSummary.Tally();
        FileReport.of(report).forEach(tally::add);
        return of(tally.summary(report.toolVersion(), report.rules(), report.coverage()));
    }

    /** The closing line of a streamed report, from the totals kept while its files went by. */
    public static Message of(ReportSummary summary) {
        Map<Severity, Integer> counts = summary.counts();
        int active = summary.findings();
        int suppressed = summary.suppressed();
        Message files = files(summary.files(), summary.coverage());
        Message line = active == 0 ? Message.of("report.summary.clean").phrase("files", files)
                : Message.of("report.summary.found").number("count", active).phrase("files", files)
                        .number("errors", counts.get(Severity.ERROR)).number("warnings", counts.get(Severity.WARNING))
                        .number("info", counts.get(Severity.INFO)).number("style", counts.get(Severity.STYLE));
        List<Message> parts = new ArrayList<>();
        parts.add(line);
        notChecked(summary.coverage()).ifPresent(parts::add);
        if (suppressed > 0) {
            parts.add(Message.of("report.summary.suppressed").number("count", suppressed));
        }
        Message joined = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = Message.of("report.summary.then").phrase("first", parts.get(i)).phrase("rest", joined);
        }
        return joined;
    }

    /** "3 files (1 dockerfile, 2 task-definition)": files that rules inspected, by kind when known. */
    private static Message files(int linted, Coverage coverage) {
        int checked = linted - coverage.notCheckedFiles();
        List<Message> kinds = new ArrayList<>();
        for (Map.Entry<DocumentKind, Integer> e : coverage.ordered().entrySet()) {
            if (!coverage.notChecked().contains(e.getKey())) {
                kinds.add(Message.of("report.summary.kindCount").number("count", e.getValue()).phrase("kind",
                        kind(e.getKey())));
            }
        }
        return kinds.isEmpty() ? Message.of("report.summary.files").number("count", checked)
                : Message.of("report.summary.filesByKind").number("count", checked).phrases("kinds", kinds);
    }

    /** "1 compose file recognised but not checked: no rule reads compose files yet". */
    private static Optional<Message> notChecked(Coverage coverage) {
        List<Message> files = new ArrayList<>();
        List<Message> kinds = new ArrayList<>();
        for (Map.Entry<DocumentKind, Integer> e : coverage.ordered().entrySet()) {
            if (coverage.notChecked().contains(e.getKey())) {
                files.add(Message.of("report.summary.kindFiles").number("count", e.getValue())
                        .verbatim("kind", e.getKey().label()));
                kinds.add(kind(e.getKey()));
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(
                Message.of("report.summary.notChecked").phrases("files", files).phrases("kinds", kinds));
    }

    private static Message kind(DocumentKind kind) {
        return kind == DocumentKind.UNKNOWN ? Message.of("report.summary.unreadable")
                : Message.of("report.summary.kind").verbatim("kind", kind.label());
    }
}
