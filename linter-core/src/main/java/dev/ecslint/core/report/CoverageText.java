package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of a run summary that say what was read: the files of each kind, and the kinds recognised but
 * not checked, so that "no findings" never stands for "not read".
 */
final class CoverageText {

    private CoverageText() {
    }

    /** {@code " (1 dockerfile, 2 task-definition)"}, or "" when the run's kinds are unknown. */
    static String kinds(Coverage coverage) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<DocumentKind, Integer> e : coverage.ordered().entrySet()) {
            if (!coverage.notChecked().contains(e.getKey())) {
                parts.add(e.getValue() + " " + label(e.getKey()));
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * Per kind recognised but not checked: {@code 1 compose file recognised but not checked: ecslint does not
     * read compose files yet}.
     */
    static List<Message> notChecked(Coverage coverage) {
        List<Message> messages = new ArrayList<>();
        for (Map.Entry<DocumentKind, Integer> e : coverage.ordered().entrySet()) {
            if (coverage.notChecked().contains(e.getKey())) {
                messages.add(Message.of("summary.notChecked").number("count", e.getValue())
                        .verbatim("kind", e.getKey().label()));
            }
        }
        return messages;
    }

    private static String label(DocumentKind kind) {
        return kind == DocumentKind.UNKNOWN ? "unreadable" : kind.label();
    }
}
