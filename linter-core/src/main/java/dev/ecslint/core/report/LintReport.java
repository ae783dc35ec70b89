package dev.ecslint.core.report;

import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one lint run, as every reporter sees it.
 *
 * @param files    display paths of every file linted, sorted (reports list clean files too)
 * @param findings every finding in {@link Finding#ORDER}, suppressed ones included (SARIF carries them;
 *                 other formats skip them)
 * @param rules    metadata of every rule that was enabled in the run, sorted by id
 * @param snippets the source line of each finding, keyed by {@link #snippetKey(Finding)}, for code frames
 * @param coverage the files of each kind, and the kinds recognised but not checked
 */
public record LintReport(String toolVersion, List<String> files, List<Finding> findings, List<RuleMeta> rules,
                         Map<String, String> snippets, Coverage coverage) {

    public LintReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        snippets = Map.copyOf(snippets);
    }

    /** A report whose coverage is not known (reports built by hand, in tests). */
    public LintReport(String toolVersion, List<String> files, List<Finding> findings, List<RuleMeta> rules,
                      Map<String, String> snippets) {
        this(toolVersion, files, findings, rules, snippets, Coverage.NONE);
    }

    /** The same run with other findings (a baseline applied, findings filtered). */
    public LintReport withFindings(List<Finding> replaced) {
        return new LintReport(toolVersion, files, replaced, rules, snippets, coverage);
    }

    /** The findings that count: not suppressed. */
    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** Active findings per severity, every severity present (zero when none). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : activeFindings()) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** The source line a finding starts on, or an empty string when unknown. */
    public String snippet(Finding finding) {
        return snippets.getOrDefault(snippetKey(finding), "");
    }

    public static String snippetKey(Finding finding) {
        return finding.location().path() + ":" + finding.location().line();
    }
}
