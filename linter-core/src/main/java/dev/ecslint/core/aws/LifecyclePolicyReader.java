package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an ECR lifecycle policy in either of the shapes AWS uses: the policy itself ({@code {"rules": …}},
 * as given to {@code --lifecycle-policy-text file://…}), or a wrapper holding it as an escaped JSON string
 * in {@code lifecyclePolicyText} (put-lifecycle-policy {@code --cli-input-json}, get-lifecycle-policy and
 * start-lifecycle-policy-preview output). The embedded policy is parsed and located inside the string.
 */
public final class LifecyclePolicyReader implements SubjectReader {

    public static final String SCHEMA = "lifecycle-policy";
    static final String TEXT_KEY = "lifecyclePolicyText";

    /** A rule of a lifecycle policy: a priority, a selection of images and what to do with them. */
    private static final Shape RULE = Shape.builder()
            .identifying(Shape.OBJECT, "selection")
            .identifying(Shape.objectWith("type"), "action")
            .weak(Shape.INTEGER, "rulePriority")
            .weak(Shape.STRING, "description")
            .build();

    /** The wrappers of put-lifecycle-policy input and get-lifecycle-policy / preview output. */
    private static final Set<String> WRAPPER_KEYS = Set.of(TEXT_KEY, "repositoryName", "registryId",
            "lastEvaluatedAt", "status", "previewResults", "summary", "nextToken");

    /**
     * True when the document is a lifecycle policy (nothing but {@code rules}, each with the keys of a rule,
     * one at least with a selection or action) or a wrapper holding one as a string.
     */
    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.get(TEXT_KEY).filter(JsonString.class::isInstance).isPresent()) {
            return Shape.onlyKeys(o, WRAPPER_KEYS);
        }
        if (!(o.get("rules").orElse(null) instanceof JsonArray rules) || !Shape.onlyKeys(o, Set.of("rules"))) {
            return false;
        }
        List<Shape.Evidence> evidence = rules.items().stream().map(RULE::weigh).toList();
        return !evidence.isEmpty() && evidence.stream().allMatch(Shape.Evidence::consistent)
                && evidence.stream().anyMatch(Shape.Evidence::conclusive);
    }

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(LifecyclePolicy.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) throws ParseProblem {
        Optional<JsonValue> policy = policyNode(root, source);
        if (policy.isEmpty()) {
            return new Read(List.of(), List.of());
        }
        List<SchemaCheck> checks = List.of(new SchemaCheck(SCHEMA, policy.get()));
        if (policy.get() instanceof JsonObject o) {
            return new Read(List.of(LifecyclePolicy.of(o)), checks);
        }
        return new Read(List.of(), checks); // not an object: the schema check says so
    }

    private static Optional<JsonValue> policyNode(JsonValue root, SourceFile source) throws ParseProblem {
        if (root instanceof JsonObject o && o.get(TEXT_KEY).orElse(null) instanceof JsonString s) {
            if (Placeholders.isWholeReference(s.value())) {
                return Optional.empty(); // filled in at deploy time: unknown
            }
            return Optional.of(EmbeddedJson.read(s, source));
        }
        return Optional.of(root);
    }
}
