package dev.ecslint.core.report;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file of a report, what a streamed report is written from: reports take the files one at a time
 * in path order, so a run holds only the files in flight (DESIGN.md "Budgets").
 *
 * @param path     the display path
 * @param linted   the file was of a kind ecslint lints (counted as a file in summaries); a file of an
 *                 unknown kind named on the command line is not, but its finding is reported
 * @param findings every finding about the file in {@link Finding#ORDER}, suppressed ones included
 * @param snippets the source line each finding starts on, by line number (for code frames and fingerprints)
 */
public record FileReport(String path, boolean linted, List<Finding> findings, Map<Integer, String> snippets) {

    public FileReport {
        findings = List.copyOf(findings);
        snippets = Map.copyOf(snippets);
    }

    /** The findings that count: not suppressed. */
    public List<Finding> activeFindings() {
        List<Finding> active = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!f.suppressed()) {
                active.add(f);
            }
        }
        return active;
    }

    /** The source line a finding starts on, or an empty string when unknown. */
    public String snippet(Finding finding) {
        return snippets.getOrDefault(finding.location().line(), "");
    }

    /** The same file with these findings instead (a baseline suppressing some). */
    public FileReport withFindings(List<Finding> replaced) {
        return new FileReport(path, linted, replaced, snippets);
    }

    /** A report's files in path order: every linted file, and every other path a finding names. */
    public static List<FileReport> of(LintReport report) {
        Map<String, List<Finding>> byPath = new TreeMap<>();
        for (String file : report.files()) {
            byPath.put(file, new ArrayList<>());
        }
        for (Finding finding : report.findings()) {
            byPath.computeIfAbsent(finding.location().path(), p -> new ArrayList<>()).add(finding);
        }
        java.util.Set<String> linted = new java.util.HashSet<>(report.files());
        List<FileReport> files = new ArrayList<>(byPath.size());
        for (Map.Entry<String, List<Finding>> e : byPath.entrySet()) {
            Map<Integer, String> snippets = new HashMap<>();
            for (Finding f : e.getValue()) {
                String line = report.snippet(f);
                if (!line.isEmpty()) {
                    snippets.put(f.location().line(), line);
                }
            }
            files.add(new FileReport(e.getKey(), linted.contains(e.getKey()), e.getValue(), snippets));
        }
        return files;
    }

    /** Active findings per severity of the file, added to {@code counts}. */
    void countInto(Map<Severity, Integer> counts) {
        for (Finding f : findings) {
            if (!f.suppressed()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
    }
}
