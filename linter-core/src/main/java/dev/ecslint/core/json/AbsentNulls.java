package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member whose value is {@code null} is absent. Task definitions exported from the ECS console (and kept
 * for the amazon-ecs-deploy-task-definition action) hold {@code "secretOptions": null}, {@code "ipcMode": null}
 * for every unset field; the AWS CLI, the SDKs and that action drop them, so AWS accepts the file, and no
 * schema or rule may treat them as values.
 */
public final class AbsentNulls {

    private AbsentNulls() {
    }

    /** The same tree without the object members whose value is {@code null} (array items are kept). */
    public static JsonValue remove(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Member> members = new LinkedHashMap<>();
            boolean changed = false;
            for (Member m : object.members().values()) {
                if (m.value() instanceof JsonNull) {
                    changed = true;
                    continue;
                }
                JsonValue kept = remove(m.value());
                changed |= kept != m.value();
                members.put(m.key(), kept == m.value() ? m : new Member(m.key(), m.keySpan(), kept));
            }
            return changed ? new JsonObject(object.span(), object.pointer(), members) : object;
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> items = new ArrayList<>(array.items().size());
            boolean changed = false;
            for (JsonValue item : array.items()) {
                JsonValue kept = remove(item);
                changed |= kept != item;
                items.add(kept);
            }
            return changed ? new JsonArray(array.span(), array.pointer(), items) : array;
        }
        return value;
    }
}
