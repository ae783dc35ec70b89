package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The closing line of a run, as a message of the run's language: how many findings of each severity in
 * how many files of which kinds, the kinds recognised but not checked ("no findings" never stands for
 * "not read"), and how many findings were suppressed. The text report and the Maven plugin's log print it.
 */
public final class RunSummary {

    private RunSummary() {
    }

    public static Message of(LintReport report) {
        Map<Severity, Integer> counts = report.countsBySeverity();
        int active = report.activeFindings().size();
        int suppressed = report.findings().size() - active;
        Message files = files(report);
        Message line = active == 0 ? Message.of("report.summary.clean").phrase("files", files)
                : Message.of("report.summary.found").number("count", active).phrase("files", files)
                        .number("errors", counts.get(Severity.ERROR)).number("warnings", counts.get(Severity.WARNING))
                        .number("info", counts.get(Severity.INFO)).number("style", counts.get(Severity.STYLE));
        List<Message> parts = new ArrayList<>();
        parts.add(line);
        notChecked(report.coverage()).ifPresent(parts::add);
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
    private static Message files(LintReport report) {
        Coverage coverage = report.coverage();
        int checked = report.files().size() - coverage.notCheckedFiles();
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
    private static java.util.Optional<Message> notChecked(Coverage coverage) {
        List<Message> files = new ArrayList<>();
        List<Message> kinds = new ArrayList<>();
        for (Map.Entry<DocumentKind, Integer> e : coverage.ordered().entrySet()) {
            if (coverage.notChecked().contains(e.getKey())) {
                files.add(Message.of("report.summary.kindFiles").number("count", e.getValue())
                        .verbatim("kind", e.getKey().label()));
                kinds.add(kind(e.getKey()));
            }
        }
        return files.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(
                Message.of("report.summary.notChecked").phrases("files", files).phrases("kinds", kinds));
    }

    private static Message kind(DocumentKind kind) {
        return kind == DocumentKind.UNKNOWN ? Message.of("report.summary.unreadable")
                : Message.of("report.summary.kind").verbatim("kind", kind.label());
    }
}
