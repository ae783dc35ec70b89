package dev.ecslint.core.json;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Span;

/**
 * A file that cannot be parsed, with where the parser stopped; becomes an {@code E001} finding whose
 * message is {@link #message()}, written in the run's language.
 */
public final class ParseProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Span span;
    private final transient Message message;

    public ParseProblem(Span span, Message message) {
        super(message.toString(), null, false, false);
        this.span = span;
        this.message = message;
    }

    /** A problem told in one English sentence (parsers whose messages have no keys yet). */
    public ParseProblem(Span span, String message) {
        this(span, Message.literal(message));
    }

    public Span span() {
        return span;
    }

    public Message message() {
        return message;
    }

    /** The problem in English, for logs and callers that print no language. */
    @Override
    public String getMessage() {
        return Localizer.english().render(message);
    }
}
