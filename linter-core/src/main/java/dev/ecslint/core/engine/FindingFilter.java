package dev.ecslint.core.engine;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.FileReport;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings a run shows and fails on: {@code --family DF,CT} keeps those families' rules, {@code --severity
 * warning} keeps findings at least that severe. Engine findings (E001–E003) stay whatever the families: a file
 * that cannot be read passes no family's rules.
 *
 * @param families family prefixes in upper case ({@code DF}); empty for every family
 */
public record FindingFilter(Set<String> families, Severity minimum) {

    public static final FindingFilter ALL = new FindingFilter(Set.of(), Severity.STYLE);

    public FindingFilter {
        families = families.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean keeps(Finding finding) {
        return finding.severity().atLeast(minimum) && keepsFamily(finding.ruleId());
    }

    /** The file with the findings the filter keeps. */
    public FileReport apply(FileReport file) {
        if (keepsEverything()) {
            return file;
        }
        List<Finding> kept = file.findings().stream().filter(this::keeps).toList();
        return kept.size() == file.findings().size() ? file : file.withFindings(kept);
    }

    /**
     * The same as {@code equals(ALL)} without a record's generated {@code equals}, whose first call spins
     * method handles: ~9 % of a one-file run's start (docs/benchmarks.md).
     */
    private boolean keepsEverything() {
        return families.isEmpty() && minimum == ALL.minimum;
    }

    /** Whether the rule is one the report describes (SARIF lists the rules of the families kept). */
    public boolean keeps(RuleMeta rule) {
        return keepsFamily(rule.id());
    }

    private boolean keepsFamily(String ruleId) {
        int end = ruleId.length();
        while (end > 0 && ruleId.charAt(end - 1) >= '0' && ruleId.charAt(end - 1) <= '9') {
            end--;
        }
        String family = ruleId.substring(0, end);
        return families.isEmpty() || family.equals("E") || families.contains(family);
    }
}
