package dev.ecslint.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one file.
 *
 * @param suppression how the finding was silenced (inline comment, config ignore, baseline), or
 *                    {@code null} when it is active. Suppressed findings are kept so that SARIF can
 *                    carry them as {@code suppressions}; they never count towards the exit code.
 */
public record Finding(String ruleId, String ruleName, Severity severity, String message, Location location,
                      String fix, Suppression suppression) {

    /** Deterministic report order: path, line, column, rule id, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, ruleName, newSeverity, message, location, fix, suppression);
    }

    public Finding suppressedBy(Suppression by) {
        return new Finding(ruleId, ruleName, severity, message, location, fix, by);
    }

    /** Why a finding is not active: SARIF's {@code suppression.kind} is {@code inSource} or {@code external}. */
    public record Suppression(boolean inSource, String justification) { }
}
