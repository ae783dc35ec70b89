package dev.ecslint.core.cloudformation;

import dev.ecslint.core.engine.SubjectReader.Suppression;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suppressions a resource declares in its {@code Metadata}, the way cfn-lint and cfn-nag users already
 * write them (JSON templates and CDK output have no comments):
 * <pre>
 * Metadata:
 *   ecslint:
 *     ignore:
 *       - {id: CT004, reason: "a test key, rotated daily"}
 *       - CT003
 *   checkov:                      # honoured through the rules' equivalents
 *     skip:
 *       - {id: CKV_AWS_97, comment: "…"}
 * </pre>
 * Each covers every finding inside the resource.
 */
final class ResourceMetadata {

    private ResourceMetadata() {
    }

    static List<Suppression> suppressions(Template.Resource resource) {
        List<Suppression> found = new ArrayList<>();
        Optional<JsonObject> metadata = resource.metadata();
        if (metadata.isEmpty()) {
            return found;
        }
        metadata.get().object("ecslint").map(e -> e.get("ignore").orElse(null))
                .ifPresent(list -> entries(list, "reason", resource, found));
        metadata.get().object("checkov").map(c -> c.get("skip").orElse(null))
                .ifPresent(list -> entries(list, "comment", resource, found));
        return found;
    }

    private static void entries(JsonValue list, String reasonKey, Template.Resource resource, List<Suppression> out) {
        List<JsonValue> items = list instanceof JsonValue.JsonArray ? list.elements() : List.of(list);
        for (JsonValue item : items) {
            if (item instanceof JsonString id) {
                out.add(new Suppression(resource.pointer(), Set.of(id.value()), ""));
            } else if (item instanceof JsonObject entry) {
                entry.string("id").ifPresent(id -> out.add(new Suppression(resource.pointer(), Set.of(id),
                        entry.string(reasonKey).orElse(""))));
            }
        }
    }
}
