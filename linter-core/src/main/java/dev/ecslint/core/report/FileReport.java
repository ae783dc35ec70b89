package dev.ecslint.core.report;

import dev.ecslint.core.model.DocumentKind;
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
 * @param kind     what the file was recognised as ({@code UNKNOWN}: unreadable or unparseable, or not known
 *                 to a whole report), or {@code null} when it is of no kind ecslint lints (a file named on
 *                 the command line is still reported with its finding, but not counted as linted)
 * @param findings every finding about the file in {@link Finding#ORDER}, suppressed ones included
 * @param snippets the source line each finding starts on, by line number (for code frames and fingerprints)
 */
public record FileReport(String path, DocumentKind kind, List<Finding> findings, Map<Integer, String> snippets) {

    public FileReport {
        findings = List.copyOf(findings);
        snippets = Map.copyOf(snippets);
    }

    /** The file was of a kind ecslint lints: it counts as a file in summaries. */
    public boolean linted() {
        return kind != null;
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
        return new FileReport(path, kind, replaced, snippets);
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
            files.add(new FileReport(e.getKey(), linted.contains(e.getKey()) ? DocumentKind.UNKNOWN : null, e.getValue(),
                    snippets));
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
