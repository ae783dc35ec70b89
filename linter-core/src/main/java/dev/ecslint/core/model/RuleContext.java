package dev.ecslint.core.model;

/** What a rule may see of the file being linted, and where it reports. */
public interface RuleContext {

    SourceFile source();

    LintSettings settings();

    /** Reports a finding at a parsed node; the message names the problem in this input and its fix. */
    void report(Located at, String message);

    /**
     * Reports with a severity other than the rule's default, for a rule whose severity depends on the
     * configuration (CT013 is a warning once {@code trustedRegistries} is set). A severity the user set for
     * the rule in the configuration still wins.
     */
    default void report(Located at, String message, Severity severity) {
        report(at, message);
    }

    /** Reports at an explicit region of the current file. */
    void report(Span span, String pointer, String message);

    /**
     * True when a file of that name exists in the linted file's directory. Always false for
     * standard input and for files that are not on disk (zip entries).
     */
    boolean siblingExists(String fileName);
}
