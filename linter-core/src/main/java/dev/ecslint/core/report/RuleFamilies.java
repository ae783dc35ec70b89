package dev.ecslint.core.report;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.RuleMeta;
import java.util.Comparator;
import java.util.List;

/** The rule families of RULES.md, in its order; families from third-party rule jars follow alphabetically. */
public final class RuleFamilies {

    private static final List<String> ORDER = List.of("E", "DF", "CT", "TD", "SV", "CL", "RP", "LP");


    /** Family order, then id. */
    static final Comparator<RuleMeta> CATALOG_ORDER = Comparator
            .comparing((RuleMeta meta) -> rank(meta.family()))
            .thenComparing(RuleMeta::family)
            .thenComparing(RuleMeta::id);

    private RuleFamilies() {
    }

    /** True for the families of the built-in rules (and the engine's). */
    public static boolean isBuiltIn(String family) {
        return ORDER.contains(family);
    }

    /** "DF — Dockerfiles" ({@code family.DF} in the bundles), or just the prefix for an unknown family. */
    static String heading(String family, Localizer texts) {
        return isBuiltIn(family) ? family + " — " + texts.text("family." + family) : family;
    }

    private static int rank(String family) {
        int index = ORDER.indexOf(family);
        return index < 0 ? ORDER.size() : index;
    }
}
