package dev.ecslint.core.report;

import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a report states once every file is written: the totals and the rules of the run.
 *
 * @param files      files linted
 * @param counts     active findings per severity, every severity present
 * @param suppressed suppressed findings
 * @param rules      metadata of every rule enabled in the run, sorted by id
 * @param coverage   the files of each kind, and the kinds recognised but not checked
 */
public record ReportSummary(String toolVersion, int files, Map<Severity, Integer> counts, int suppressed,
                            List<RuleMeta> rules, Coverage coverage) {

    public ReportSummary {
        counts = Map.copyOf(counts);
        rules = List.copyOf(rules);
    }

    /** Active findings. */
    public int findings() {
        int total = 0;
        for (int n : counts.values()) {
            total += n;
        }
        return total;
    }

    /** Totals kept while the files go by. Not thread-safe: reports are written by one thread. */
    public static final class Tally {
        private int files;
        private int suppressed;
        private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        private final Map<DocumentKind, Integer> kinds = new EnumMap<>(DocumentKind.class);

        public Tally() {
            for (Severity s : Severity.values()) {
                counts.put(s, 0);
            }
        }

        public void add(FileReport file) {
            if (file.linted()) {
                files++;
                kinds.merge(file.kind(), 1, Integer::sum);
            }
            file.countInto(counts);
            suppressed += file.findings().size() - file.activeFindings().size();
        }

        /** Linted files per kind so far. */
        public Map<DocumentKind, Integer> kinds() {
            return Map.copyOf(kinds);
        }

        public ReportSummary summary(String toolVersion, List<RuleMeta> rules, Coverage coverage) {
            return new ReportSummary(toolVersion, files, counts, suppressed, rules, coverage);
        }
    }
}
