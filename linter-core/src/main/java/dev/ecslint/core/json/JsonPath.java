package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import java.util.Optional;

/**
 * Walks a located tree along a short relative path of keys and array indexes separated by {@code /}
 * ({@code "selection/countNumber"}, {@code "settings/0/value"}), so models can hand rules the node to
 * report on without each model re-implementing the walk.
 */
public final class JsonPath {

    private JsonPath() {
    }

    /** The value at {@code path} below {@code from}; empty when any step is missing or of the wrong type. */
    public static Optional<JsonValue> find(JsonValue from, String path) {
        JsonValue current = from;
        if (path.isEmpty()) {
            return Optional.of(current);
        }
        for (String step : path.split("/", -1)) {
            JsonValue next = child(current, step);
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    /** The value at {@code path}, or the deepest value that exists on the way to it. */
    public static JsonValue nearest(JsonValue from, String path) {
        JsonValue current = from;
        if (path.isEmpty()) {
            return current;
        }
        for (String step : path.split("/", -1)) {
            JsonValue next = child(current, step);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static JsonValue child(JsonValue parent, String step) {
        if (parent instanceof JsonObject o) {
            return o.get(step).orElse(null);
        }
        if (parent instanceof JsonArray a && !step.isEmpty() && step.chars().allMatch(Character::isDigit)
                && step.length() < 10) {
            int index = Integer.parseInt(step);
            return index < a.items().size() ? a.items().get(index) : null;
        }
        return null;
    }
}
