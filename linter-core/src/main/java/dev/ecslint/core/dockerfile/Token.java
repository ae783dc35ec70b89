package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * A word of a Dockerfile or of a shell command.
 *
 * @param value the word as the program receives it: quotes removed, escapes resolved (variables are not
 *              substituted; use {@link Dockerfile#resolve(String, Stage)})
 * @param raw   the word as written
 * @param span  where the raw word is; a word split by a line continuation spans both lines
 */
public record Token(String value, String raw, Span span) implements Located {

    /** True when the value equals {@code text}, ignoring case. */
    public boolean is(String text) {
        return value.equalsIgnoreCase(text);
    }

    /** True when the word contains a {@code $} variable reference. */
    public boolean hasVariable() {
        return raw.indexOf('$') >= 0;
    }

    @Override
    public String toString() {
        return raw;
    }
}
