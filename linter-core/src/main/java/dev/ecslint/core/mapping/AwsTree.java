package dev.ecslint.core.mapping;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renames a source's located tree into the AWS API shape the {@code dev.ecslint.core.aws} readers read
 * ({@code ContainerDefinitions[0].User} and {@code container_definitions[0].user} both become
 * {@code containerDefinitions[0].user}). Only keys change: every node keeps the span and the RFC 6901 pointer
 * it has in the user's file, and every key its own span, so a rule reporting on a mapped node points into
 * that file (an object or a list spans from the key that holds it). Expressions ({@link JsonValue.JsonTagged})
 * are kept as they are: unknown.
 */
public final class AwsTree {

    private AwsTree() {
    }

    /** The API-shaped tree of {@code source} (a resource's properties), renamed by {@code keys}. */
    public static JsonValue map(JsonValue source, KeyMapping keys) {
        return map(source, keys, new ArrayList<>());
    }

    /** Like {@link #map(JsonValue, KeyMapping)}, for a value that sits at {@code apiPath} in the shape. */
    public static JsonValue map(JsonValue source, KeyMapping keys, List<String> apiPath) {
        return map(source, keys, new ArrayList<>(apiPath));
    }

    private static JsonValue map(JsonValue source, KeyMapping keys, ArrayList<String> path) {
        JsonValue value = source;
        if (keys.isSingle(path) && value instanceof JsonArray a && a.items().size() == 1
                && a.items().get(0) instanceof JsonObject) {
            value = a.items().get(0);
        }
        JsonValue mapped;
        if (value instanceof JsonObject o) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                String apiKey = keys.apiKey(path, m.key());
                if (apiKey == null || members.containsKey(apiKey)) {
                    continue;
                }
                path.add(apiKey);
                members.put(apiKey, new Member(apiKey, m.keySpan(), fromKey(m.keySpan(), map(m.value(), keys, path))));
                path.remove(path.size() - 1);
            }
            mapped = new JsonObject(o.span(), o.pointer(), members);
        } else if (value instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>(a.items().size());
            path.add("*");
            for (JsonValue item : a.items()) {
                items.add(map(item, keys, path));
            }
            path.remove(path.size() - 1);
            mapped = new JsonArray(a.span(), a.pointer(), items);
        } else {
            mapped = value;
        }
        UnaryOperator<JsonValue> conversion = keys.conversion(path);
        return conversion == null ? mapped : conversion.apply(mapped);
    }

    /**
     * An object or list a key holds, spanning from the key: a finding about the whole value ("has no
     * circuit breaker") then points at the line that names it, not at its first entry (YAML block
     * collections begin on the line after their key).
     */
    private static JsonValue fromKey(Span keySpan, JsonValue value) {
        boolean after = keySpan.line() < value.span().line()
                || keySpan.line() == value.span().line() && keySpan.column() < value.span().column();
        if (!after) {
            return value;
        }
        Span span = keySpan.to(value.span());
        if (value instanceof JsonObject o) {
            return new JsonObject(span, o.pointer(), o.members());
        }
        if (value instanceof JsonArray a) {
            return new JsonArray(span, a.pointer(), a.items());
        }
        return value;
    }
}
