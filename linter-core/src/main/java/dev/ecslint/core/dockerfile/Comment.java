package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * A comment line (also one inside a continued instruction).
 *
 * @param text the text after {@code #}, trimmed
 * @param span the whole line from {@code #}
 */
public record Comment(String text, Span span) implements Located {

    public int line() {
        return span.line();
    }
}
