package dev.ecslint.core.model;

import dev.ecslint.core.i18n.Message;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one file. Its message and fix are {@link Message}s: every report writes them in
 * the run's language with a {@code Localizer}; nothing that identifies a finding (order, fingerprints,
 * baselines) depends on the language.
 *
 * @param fix         what to do about it: the rule's own words about this finding, or the rule's general
 *                    fix ({@link RuleMeta#fixMessage()}); {@code null} when there is none
 * @param suppression how the finding was silenced (inline comment, config ignore, baseline), or
 *                    {@code null} when it is active. Suppressed findings are kept so that SARIF can
 *                    carry them as {@code suppressions}; they never count towards the exit code.
 */
public record Finding(String ruleId, String ruleName, Severity severity, Message message, Location location,
                      Message fix, Suppression suppression) {

    /** Deterministic report order: path, line, column, rule id, message (by key and arguments). */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message, Message.ORDER);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** A finding whose message and fix are plain text, the same in every language (tests, legacy callers). */
    public Finding(String ruleId, String ruleName, Severity severity, String message, Location location,
                   String fix, Suppression suppression) {
        this(ruleId, ruleName, severity, Message.literal(message), location,
                fix == null ? null : Message.literal(fix), suppression);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** True when the message shows a masked secret: its region is masked in code frames and fingerprints too. */
    public boolean showsSecret() {
        return message.showsSecret();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, ruleName, newSeverity, message, location, fix, suppression);
    }

    public Finding suppressedBy(Suppression by) {
        return new Finding(ruleId, ruleName, severity, message, location, fix, by);
    }

    /**
     * Why a finding is not active: SARIF's {@code suppression.kind} is {@code inSource} or {@code external}; the
     * justification is the reason its author wrote, or ecslint's own words in the report's language.
     */
    public record Suppression(boolean inSource, Message justification) {

        /** Silenced with a reason a person wrote (a comment, a metadata entry): shown as written. */
        public static Suppression because(boolean inSource, String reason) {
            return new Suppression(inSource, Message.of("suppression.reason").verbatim("reason", reason));
        }
    }
}
