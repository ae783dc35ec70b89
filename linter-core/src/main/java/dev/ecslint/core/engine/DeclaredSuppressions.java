package dev.ecslint.core.engine;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The suppressions a document declares about its own parts ({@link SubjectReader.Suppression}: CloudFormation
 * {@code Metadata: {ecslint: {ignore: […]}}}), with the rules they name resolved: an id, a rule name, or an
 * equivalent id of another tool (a Checkov {@code CKV_AWS_…} skip). They are in-source suppressions, governed
 * by {@code inlineIgnores} as comments are.
 */
final class DeclaredSuppressions {

    static final DeclaredSuppressions NONE = new DeclaredSuppressions(List.of());

    private record Resolved(SubjectReader.Suppression declared, Set<String> ruleIds) { }

    private final List<Resolved> entries;

    private DeclaredSuppressions(List<Resolved> entries) {
        this.entries = entries;
    }

    static DeclaredSuppressions of(List<SubjectReader.Suppression> declared, List<RuleMeta> rules) {
        if (declared.isEmpty()) {
            return NONE;
        }
        List<Resolved> resolved = new ArrayList<>();
        for (SubjectReader.Suppression s : declared) {
            Set<String> ids = new HashSet<>();
            for (String token : s.rules()) {
                String lower = token.trim().toLowerCase(Locale.ROOT);
                for (RuleMeta meta : rules) {
                    if (meta.id().equalsIgnoreCase(token.trim()) || meta.name().equals(lower)
                            || meta.equivalents().stream().anyMatch(e -> e.equalsIgnoreCase(token.trim()))) {
                        ids.add(meta.id());
                    }
                }
            }
            if (!ids.isEmpty()) {
                resolved.add(new Resolved(s, ids));
            }
        }
        return new DeclaredSuppressions(resolved);
    }

    /** The suppression that silences a finding, or {@code null}; with {@code requireReason} only reasoned ones count. */
    Finding.Suppression match(Finding finding, boolean requireReason) {
        for (Resolved e : entries) {
            String reason = e.declared().reason();
            if (e.declared().covers(finding.location().pointer()) && e.ruleIds().contains(finding.ruleId())
                    && (!requireReason || !reason.isBlank())) {
                return reason.isBlank() ? new Finding.Suppression(true, Message.of("suppression.metadata"))
                        : Finding.Suppression.because(true, reason);
            }
        }
        return null;
    }
}
