package dev.ecslint.core.report;

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
     * {@code "1 compose file recognised but not checked: no rule reads compose files yet"}, or "" when every
     * file recognised was checked.
     */
    static String notChecked(Coverage coverage) {
        List<String> parts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<DocumentKind, Integer> e : coverage.ordered().entrySet()) {
            if (coverage.notChecked().contains(e.getKey())) {
                parts.add(e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? " file" : " files"));
                kinds.add(e.getKey().label() + " files");
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return String.join(", ", parts) + " recognised but not checked: no rule reads " + String.join(" or ", kinds)
                + " yet";
    }

    private static String label(DocumentKind kind) {
        return kind == DocumentKind.UNKNOWN ? "unreadable" : kind.label();
    }
}
