package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;

/**
 * A rubric that cannot be used, with {@code file:line:column:} in front of the reason. The grader prints
 * {@link #message()} in the run's language; {@link #getMessage()} is English.
 */
public final class RubricException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    public RubricException(Message message) {
        super(message.key(), null, false, false);
        this.message = message;
    }

    public Message message() {
        return message;
    }

    @Override
    public String getMessage() {
        return Localizer.english().render(message);
    }
}
