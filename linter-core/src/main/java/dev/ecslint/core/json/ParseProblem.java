package dev.ecslint.core.json;

import dev.ecslint.core.model.Span;

/**
 * A file that cannot be parsed, with where the parser stopped; becomes an {@code E001} finding.
 */
public final class ParseProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public ParseProblem(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
    }

    public Span span() {
        return span;
    }
}
