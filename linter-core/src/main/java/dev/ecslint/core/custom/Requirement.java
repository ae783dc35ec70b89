package dev.ecslint.core.custom;

import dev.ecslint.core.custom.Condition.Outcome;
import dev.ecslint.core.custom.Selection.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a path must select: {@code present: true}, {@code absent: true}, and/or conditions every selected
 * value must meet. A rule's {@code given} + {@code then} is one; so is each {@code when}.
 */
record Requirement(PathExpression path, boolean present, boolean absent, List<Condition> conditions) {

    Requirement {
        conditions = List.copyOf(conditions);
    }

    /**
     * Whether a document satisfies this as a {@code when}: something is selected ({@code present}), nothing
     * is ({@code absent}), some selected value meets each positive condition, every selected value meets each
     * negative one. A value that is unknown never lets a {@code when} hold, so it never causes a finding.
     */
    boolean holdsIn(Selection selection) {
        List<Hit> hits = selection.hits();
        if (present && hits.isEmpty()) {
            return false;
        }
        if (absent && (!hits.isEmpty() || selection.unknown() > 0)) {
            return false;
        }
        for (Condition c : conditions) {
            if (c.operator().negative) {
                if (selection.unknown() > 0 || hits.stream().anyMatch(h -> c.test(h.value()) != Outcome.PASS)) {
                    return false;
                }
            } else if (hits.stream().noneMatch(h -> c.test(h.value()) == Outcome.PASS)) {
                return false;
            }
        }
        return true;
    }

    /** One sentence per part, in both languages: {@code `containerPort` must equal 8080}. */
    List<LocalizedText> sentences(String kind, String pathText) {
        List<LocalizedText> out = new ArrayList<>();
        if (present) {
            out.add(CustomTexts.of(kind + ".present", Map.of("path", pathText)));
        }
        if (absent) {
            out.add(CustomTexts.of(kind + ".absent", Map.of("path", pathText)));
        }
        out.addAll(conditionSentences(kind, pathText));
        return out;
    }

    /**
     * The sentences that say the most: the conditions' when there are any ("must match `^lab3-`" implies
     * "must be present"), else the presence test's.
     */
    List<LocalizedText> essentialSentences(String kind, String pathText) {
        return conditions.isEmpty() ? sentences(kind, pathText) : conditionSentences(kind, pathText);
    }

    private List<LocalizedText> conditionSentences(String kind, String pathText) {
        List<LocalizedText> out = new ArrayList<>();
        for (Condition c : conditions) {
            out.add(CustomTexts.of(kind + "." + c.operator().key, Map.of("path", pathText, "value", c.operandText())));
        }
        return out;
    }
}
