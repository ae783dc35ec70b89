package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonNull;
import java.util.function.UnaryOperator;

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
        return TreeRewrite.apply(value, JsonNull.class::isInstance, UnaryOperator.identity());
    }
}
