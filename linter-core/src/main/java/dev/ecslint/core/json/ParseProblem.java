package dev.ecslint.core.json;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.LocatedProblem;
import dev.ecslint.core.model.Span;

/**
 * A file that cannot be parsed, with where the parser stopped; becomes an {@code E001} finding whose
 * message is {@link #message()}, written in the run's language.
 */
public final class ParseProblem extends LocatedProblem {

    private static final long serialVersionUID = 1L;

    public ParseProblem(Span span, Message message) {
        super(span, message);
    }

    /** A problem told in one English sentence (parsers whose messages have no keys yet). */
    public ParseProblem(Span span, String message) {
        this(span, Message.literal(message));
    }
}
