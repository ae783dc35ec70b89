package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * Reads an ECR lifecycle policy in either of the shapes AWS uses: the policy itself ({@code {"rules": …}},
 * as given to {@code --lifecycle-policy-text file://…}), or a wrapper holding it as an escaped JSON string
 * in {@code lifecyclePolicyText} (put-lifecycle-policy {@code --cli-input-json}, get-lifecycle-policy and
 * start-lifecycle-policy-preview output). The embedded policy is parsed and located inside the string.
 */
public final class LifecyclePolicyReader implements SubjectReader {

    public static final String SCHEMA = "lifecycle-policy";
    static final String TEXT_KEY = "lifecyclePolicyText";

    /** True when the document is a lifecycle policy or a wrapper holding one. */
    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.get(TEXT_KEY).filter(JsonString.class::isInstance).isPresent()) {
            return true;
        }
        List<JsonValue> rules = o.array("rules");
        return !rules.isEmpty() && rules.stream().allMatch(r -> r.asObject()
                .filter(x -> x.has("rulePriority") || x.has("selection") || x.has("action")).isPresent());
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
