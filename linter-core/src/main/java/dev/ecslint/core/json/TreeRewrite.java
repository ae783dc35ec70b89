package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Rewrites a located tree copy-on-write: what does not change is the same instance, with its place. */
public final class TreeRewrite {

    private TreeRewrite() {
    }

    /**
     * The tree without the object members whose value {@code dropMember} accepts, and with every value that is
     * no object or array replaced by {@code leaf}'s (array items are never dropped).
     */
    public static JsonValue apply(JsonValue value, Predicate<JsonValue> dropMember, UnaryOperator<JsonValue> leaf) {
        if (value instanceof JsonObject object) {
            Map<String, Member> members = new LinkedHashMap<>();
            boolean changed = false;
            for (Member m : object.members().values()) {
                if (dropMember.test(m.value())) {
                    changed = true;
                    continue;
                }
                JsonValue kept = apply(m.value(), dropMember, leaf);
                changed |= kept != m.value();
                members.put(m.key(), kept == m.value() ? m : new Member(m.key(), m.keySpan(), kept));
            }
            return changed ? new JsonObject(object.span(), object.pointer(), members) : object;
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> items = new ArrayList<>(array.items().size());
            boolean changed = false;
            for (JsonValue item : array.items()) {
                JsonValue kept = apply(item, dropMember, leaf);
                changed |= kept != item;
                items.add(kept);
            }
            return changed ? new JsonArray(array.span(), array.pointer(), items) : array;
        }
        return leaf.apply(value);
    }
}
