package dev.ecslint.core.engine;

import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import java.util.List;
import java.util.Map;

/**
 * What linting a set of files produced.
 *
 * @param files    display paths of the files linted (recognised kinds), sorted
 * @param findings all findings, suppressed ones included, in report order
 * @param snippets the source line of each finding (see {@code LintReport.snippetKey})
 * @param rules    the rules that ran on at least one file, engine rules included, sorted by id
 * @param coverage the files of each kind, and the kinds not checked
 */
public record LintResult(List<String> files, List<Finding> findings, Map<String, String> snippets,
                         List<RuleMeta> rules, Coverage coverage) {

    public LintResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        snippets = Map.copyOf(snippets);
        rules = List.copyOf(rules);
    }

    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }
}
