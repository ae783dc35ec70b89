package dev.ecslint.core.config;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;

/**
 * A configuration file that cannot be used; the message names the file, line and key. Exit code 2. Front ends
 * print {@link #message()} in the run's language.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Message message;

    public ConfigException(Message message) {
        super(message.key(), null, false, false);
        this.message = message;
    }

    /** A problem told in one English sentence (callers without message keys yet). */
    public ConfigException(String message) {
        this(Message.literal(message));
    }

    /** {@code file:line:column: problem}. */
    public static ConfigException at(Object file, int line, int column, Message problem) {
        return new ConfigException(Message.of("config.at").verbatim("file", String.valueOf(file))
                .number("line", line).number("column", column).phrase("problem", problem));
    }

    /** {@code file: problem}. */
    public static ConfigException in(Object file, Message problem) {
        return new ConfigException(Message.of("config.in").verbatim("file", String.valueOf(file))
                .phrase("problem", problem));
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
