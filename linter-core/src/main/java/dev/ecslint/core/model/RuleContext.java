package dev.ecslint.core.model;

import dev.ecslint.core.i18n.Message;

/**
 * What a rule may see of the file being linted, and where it reports. A rule reports a {@link Message}
 * (a key of its metadata, {@code META.message("privileged")}, with typed arguments), never a finished
 * sentence: the report writes it in the run's language.
 */
public interface RuleContext {

    SourceFile source();

    LintSettings settings();

    /**
     * Reports a finding at an explicit region of the current file: the general form the others call.
     *
     * @param pointer  the RFC 6901 pointer of the value, or {@code null} for Dockerfiles
     * @param fix      what to do about this finding in the user's own names; {@code null}: the rule's general fix
     * @param severity a severity other than the rule's default, for a rule whose severity depends on the
     *                 configuration (CT013 is a warning once {@code trustedRegistries} is set); {@code null}:
     *                 the rule's. A severity the user set for the rule in the configuration still wins.
     */
    void report(Span span, String pointer, Message message, Message fix, Severity severity);

    /** Reports a finding at a parsed node; the message names the problem in this input and its fix. */
    default void report(Located at, Message message) {
        report(at.span(), at.pointer(), message, null, null);
    }

    /** Reports with a fix of its own, about the user's names ("move `DB_PASSWORD` to `secrets`"). */
    default void report(Located at, Message message, Message fix) {
        report(at.span(), at.pointer(), message, fix, null);
    }

    /** Reports with a severity other than the rule's default (see {@link #report(Span, String, Message, Message, Severity)}). */
    default void report(Located at, Message message, Severity severity) {
        report(at.span(), at.pointer(), message, null, severity);
    }

    /** Reports at an explicit region of the current file. */
    default void report(Span span, String pointer, Message message) {
        report(span, pointer, message, null, null);
    }

    /**
     * True when a file of that name exists in the linted file's directory. Always false for
     * standard input and for files that are not on disk (zip entries).
     */
    boolean siblingExists(String fileName);
}
