package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.Span;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A model object backed by one object of a located tree, read leniently: a value of the wrong type or a
 * template placeholder reads as absent (the schema check reports wrong types; placeholders are unknown,
 * never violations), so rules only judge what they can know, and report on the nodes themselves.
 */
public interface JsonModel extends Located {

    JsonObject node();

    @Override
    default Span span() {
        return node().span();
    }

    @Override
    default String pointer() {
        return node().pointer();
    }

    /** The value at a relative path ({@code "selection/countNumber"}), whatever its type. */
    default Optional<JsonValue> value(String path) {
        return JsonPath.find(node(), path);
    }

    /** The value at a path, or the nearest enclosing value that exists (for "missing X" findings). */
    default Located at(String path) {
        return JsonPath.nearest(node(), path);
    }

    /** A string member as written, unless it holds a template placeholder. */
    default Optional<String> text(String path) {
        return value(path).filter(JsonString.class::isInstance).map(JsonValue::text)
                .filter(t -> !Placeholders.isTemplated(t));
    }

    /** An integer member (a JSON number without fraction). */
    default OptionalLong integer(String path) {
        Optional<JsonValue> v = value(path);
        if (v.isPresent() && v.get() instanceof JsonNumber n) {
            Optional<BigDecimal> d = n.decimal();
            if (d.isPresent()) {
                try {
                    return OptionalLong.of(d.get().longValueExact());
                } catch (ArithmeticException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** A boolean member. */
    default Optional<Boolean> bool(String path) {
        return value(path).filter(JsonBoolean.class::isInstance).map(v -> ((JsonBoolean) v).value());
    }

    /** True when the member is present, whatever its value. */
    default boolean has(String path) {
        return value(path).isPresent();
    }
}
