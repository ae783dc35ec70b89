package dev.ecslint.core.cloudformation;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A CloudFormation template (hand-written or {@code cdk synth} output), its intrinsic functions in one
 * representation ({@link Intrinsics}): the resources by logical id, in document order.
 */
record Template(JsonObject root, Map<String, Resource> resources) {

    /**
     * One resource.
     *
     * @param idSpan  where its logical id is written
     * @param cdkPath the construct path CDK records in {@code Metadata."aws:cdk:path"}, without the trailing
     *                {@code /Resource} of L1 constructs ({@code ApiStack/Service/TaskDef})
     */
    record Resource(String logicalId, Span idSpan, String type, JsonObject node, Optional<String> cdkPath) {

        String pointer() {
            return node.pointer();
        }

        Optional<JsonValue> properties() {
            return node.get("Properties");
        }

        Optional<JsonObject> metadata() {
            return node.object("Metadata");
        }
    }

    static Template of(JsonValue document) {
        JsonValue normalized = Intrinsics.normalize(document);
        JsonObject root = normalized instanceof JsonObject o ? o : new JsonObject(normalized.span(), "", Map.of());
        Map<String, Resource> resources = new LinkedHashMap<>();
        root.object("Resources").ifPresent(all -> {
            for (Member m : all.members().values()) {
                if (m.value() instanceof JsonObject node) {
                    node.string("Type").ifPresent(type -> resources.put(m.key(),
                            new Resource(m.key(), m.keySpan(), type, node, cdkPath(node))));
                }
            }
        });
        return new Template(root, resources);
    }

    private static Optional<String> cdkPath(JsonObject resource) {
        return resource.object("Metadata").flatMap(m -> m.string("aws:cdk:path"))
                .map(p -> p.endsWith("/Resource") ? p.substring(0, p.length() - "/Resource".length()) : p);
    }

    Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    /** The resource a {@code Ref} names, when the value is a {@code Ref} to a resource of this template. */
    Optional<Resource> referenced(JsonValue value) {
        if (value instanceof JsonValue.JsonTagged t && t.tag().equals(Intrinsics.REF)
                && t.argument() instanceof JsonValue.JsonString name) {
            return resource(name.value());
        }
        return Optional.empty();
    }
}
