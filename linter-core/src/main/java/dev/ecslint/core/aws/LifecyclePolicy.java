package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ECR lifecycle policy: {@code {"rules": [ {rulePriority, description, selection, action}, … ]}}, read
 * from a standalone file or from the {@code lifecyclePolicyText} string of put-lifecycle-policy input and
 * get-lifecycle-policy output (then every node is located inside that string).
 *
 * @param node the policy object
 */
public record LifecyclePolicy(JsonObject node, List<LifecyclePolicyRule> rules) implements Located, AwsShaped {

    public LifecyclePolicy {
        rules = List.copyOf(rules);
    }

    /** Reads the rules of a policy object; entries that are not objects are left to the schema check. */
    public static LifecyclePolicy of(JsonObject node) {
        List<LifecyclePolicyRule> rules = new ArrayList<>();
        List<JsonValue> items = node.array("rules");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonObject rule) {
                rules.add(new LifecyclePolicyRule(i, rule));
            }
        }
        return new LifecyclePolicy(node, rules);
    }

    @Override
    public Span span() {
        return node.span();
    }

    @Override
    public String pointer() {
        return node.pointer();
    }

    /** Where findings about the policy as a whole go: its {@code rules} array, else the policy object. */
    public Located rulesAt() {
        return node.get("rules").map(v -> (Located) v).orElse(node);
    }

    /** The rules with a readable integer priority, in evaluation order (ascending rulePriority). */
    public List<LifecyclePolicyRule> inEvaluationOrder() {
        return rules.stream().filter(r -> r.priority().isPresent())
                .sorted(Comparator.comparingLong(r -> r.priority().getAsLong())).toList();
    }

    @Override
    public JsonValue awsTree() {
        return node;
    }

    @Override
    public Located awsAnchor() {
        return rulesAt();
    }
}
