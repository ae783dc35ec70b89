package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code --list-rules} table: aligned columns ID, NAME, SEVERITY, TITLE, in family then id order,
 * optionally narrowed to some families and a minimum severity.
 */
public final class RuleCatalog {

    private static final String GAP = "  ";

    private RuleCatalog() {
    }

    /**
     * @param families    family prefixes to keep ({@code DF}, {@code ct}; case-insensitive), or empty for all
     * @param minSeverity keep rules at least this severe, or {@code null} for all
     */
    public static String table(List<RuleMeta> rules, Set<String> families, Severity minSeverity) {
        return table(rules, families, minSeverity, Localizer.english());
    }

    /** The table with its headings and the rules' titles in the language of {@code texts}. */
    public static String table(List<RuleMeta> rules, Set<String> families, Severity minSeverity, Localizer texts) {
        Set<String> wanted = families.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.text("catalog.id"), texts.text("catalog.name"), texts.text("catalog.severity"),
            texts.text("catalog.title")});
        rules.stream()
                .filter(meta -> wanted.isEmpty() || wanted.contains(meta.family()))
                .filter(meta -> minSeverity == null || meta.severity() == null || meta.severity().atLeast(minSeverity))
                .sorted(RuleFamilies.CATALOG_ORDER)
                .forEach(meta -> rows.add(new String[] {meta.id(), meta.name(),
                    meta.severity() == null ? "" : meta.severity().label(),
                    meta.title() == null ? "" : texts.title(meta)}));
        if (rows.size() == 1) {
            return texts.text("catalog.none") + "\n";
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], TerminalText.width(row[column]));
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(TerminalText.padRight(row[column], widths[column])).append(GAP);
            }
            table.append(line.append(row[3]).toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }
}
