package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import java.util.List;
import java.util.Map;

/**
 * The task a container declared outside any task definition (a compose service) runs in, as a task
 * definition document with that one container: {@code {"containerDefinitions": [container]}}. The
 * task-level settings ({@code family}, {@code requiresCompatibilities}) are decided elsewhere, so the
 * document is incomplete: a custom rule finds them unknown, never missing. No built-in rule inspects it;
 * the built-in container rules inspect the {@link ContainerSpec} read from the same definition.
 */
public record ContainerTask(JsonValue awsTree) implements TaskDefinitionDocument {

    /** The document of the task that runs {@code containerDefinition}, located where the container is. */
    public static ContainerTask of(JsonObject containerDefinition) {
        JsonArray containers = new JsonArray(containerDefinition.span(), containerDefinition.pointer(),
                List.of(containerDefinition));
        Member member = new Member("containerDefinitions", containerDefinition.span(), containers);
        return new ContainerTask(new JsonObject(containerDefinition.span(), containerDefinition.pointer(),
                Map.of(member.key(), member)));
    }

    @Override
    public boolean complete() {
        return false;
    }
}
