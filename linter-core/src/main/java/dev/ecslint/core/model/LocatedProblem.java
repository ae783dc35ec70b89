package dev.ecslint.core.model;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;

/**
 * Something wrong at a place in a file, told as a message of the run's language: the common shape of a
 * file that cannot be parsed and of a setting that cannot be used. No stack trace is kept: the place and the
 * message are the whole story, and these are thrown per file on hostile input.
 */
public abstract class LocatedProblem extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Span span;
    private final transient Message message;

    protected LocatedProblem(Span span, Message message) {
        super(message.key(), null, false, false);
        this.span = span;
        this.message = message;
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
