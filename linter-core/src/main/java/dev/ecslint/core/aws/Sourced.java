package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.Span;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model value together with the place in the file it was read from, so a rule can report on it.
 *
 * @param value      the value, or {@code null} when the source does not give a usable one: an unresolved
 *                   expression (CloudFormation intrinsic, template placeholder) or a value of the wrong
 *                   type, which schema validation reports
 * @param text       the value as written ({@code "80"} for both {@code 80} and {@code "80"})
 * @param unresolved true when the value is chosen at deploy time (a placeholder or an intrinsic function):
 *                   unknown, never a violation
 */
public record Sourced<T>(T value, String text, boolean unresolved, Span span, String pointer) implements Located {

    /** A value read from a node of the located tree. */
    public static <T> Sourced<T> of(T value, JsonValue node) {
        boolean unresolved = !node.isScalar() || Placeholders.isTemplated(node.text());
        return new Sourced<>(value, node.text(), unresolved, node.span(), node.pointer());
    }

    /** A value whose content is not known (an intrinsic function or placeholder in place of a scalar). */
    public static <T> Sourced<T> unknown(JsonValue node) {
        return new Sourced<>(null, node.text(), true, node.span(), node.pointer());
    }

    /** The value when it is known. */
    public Optional<T> known() {
        return Optional.ofNullable(value);
    }

    public boolean is(T expected) {
        return expected.equals(value);
    }

    public <R> Sourced<R> map(Function<T, R> mapper) {
        return new Sourced<>(value == null ? null : mapper.apply(value), text, unresolved, span, pointer);
    }
}
