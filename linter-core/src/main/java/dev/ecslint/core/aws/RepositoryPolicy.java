package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.List;

/**
 * A repository policy (an IAM resource policy) held as an escaped JSON string in {@code policyText}
 * (set-repository-policy input, get-repository-policy output); every node is located inside the string.
 *
 * @param document   the parsed policy document
 * @param repository how messages name the repository: {@code repository `web`}
 */
public record RepositoryPolicy(JsonValue document, Message repository) implements Located {

    @Override
    public Span span() {
        return document.span();
    }

    @Override
    public String pointer() {
        return document.pointer();
    }

    /** The policy's statements; IAM accepts a single statement object as well as an array. */
    public List<JsonObject> statements() {
        if (!(document instanceof JsonObject o)) {
            return List.of();
        }
        JsonValue statement = o.get("Statement").orElse(null);
        if (statement instanceof JsonObject single) {
            return List.of(single);
        }
        return o.array("Statement").stream().filter(JsonObject.class::isInstance).map(s -> (JsonObject) s).toList();
    }
}
