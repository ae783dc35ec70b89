package dev.ecslint.core.config;

import dev.ecslint.core.model.Span;

/**
 * A value of {@code .ecslint.yaml} or of a rubric that cannot be used, at its place; the loader of the file
 * puts the file name in front and reports it as a configuration (or rubric) error, exit code 2.
 */
public final class SettingProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public SettingProblem(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    public Span span() {
        return span;
    }

    /** {@code file:line:column: message}. */
    public String located(String file) {
        return file + ":" + span.line() + ":" + span.column() + ": " + getMessage();
    }
}
