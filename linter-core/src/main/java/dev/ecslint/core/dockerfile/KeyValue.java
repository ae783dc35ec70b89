package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * One pair of an {@code ENV}, {@code LABEL} or {@code ARG}: {@code KEY=value}, {@code KEY value}
 * (legacy {@code ENV} form) or, for {@code ARG}, a bare {@code NAME}.
 *
 * @param key       the name, quotes removed
 * @param value     the value, quotes and escapes removed (variables not substituted), or {@code null}
 *                  for an {@code ARG} without default
 * @param span      the whole pair as written
 * @param keySpan   the name as written
 * @param valueSpan the value as written, or {@code null} when there is no value
 */
public record KeyValue(String key, String value, Span span, Span keySpan, Span valueSpan) implements Located {

    public boolean hasValue() {
        return value != null;
    }

    /** A span worth pointing at for a problem with the value: the value, or the key when it has none. */
    public Span valueOrKeySpan() {
        return valueSpan != null ? valueSpan : keySpan;
    }
}
