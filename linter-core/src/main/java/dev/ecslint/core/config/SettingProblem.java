package dev.ecslint.core.config;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.LocatedProblem;
import dev.ecslint.core.model.Span;

/**
 * A value of {@code .ecslint.yaml} or of a rubric that cannot be used, at its place; the loader of the file
 * puts the file name in front and reports it as a configuration (or rubric) error, exit code 2.
 */
public final class SettingProblem extends LocatedProblem {

    private static final long serialVersionUID = 1L;

    public SettingProblem(Span span, Message message) {
        super(span, message);
    }

    /** A problem told in one English sentence. */
    public SettingProblem(Span span, String message) {
        this(span, Message.literal(message));
    }

    /** The problem as a configuration error of {@code file}, at its place. */
    public ConfigException in(Object file) {
        return ConfigException.at(file, span().line(), span().column(), message());
    }
}
