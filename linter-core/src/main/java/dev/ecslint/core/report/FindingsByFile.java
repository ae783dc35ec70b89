package dev.ecslint.core.report;

import dev.ecslint.core.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The active findings of a report per file, every linted file present (clean ones with no findings), sorted by path. */
final class FindingsByFile {

    private FindingsByFile() {
    }

    static Map<String, List<Finding>> of(LintReport report) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (String file : report.files()) {
            byFile.put(file, new ArrayList<>());
        }
        for (Finding finding : report.activeFindings()) {
            byFile.computeIfAbsent(finding.location().path(), path -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }
}
