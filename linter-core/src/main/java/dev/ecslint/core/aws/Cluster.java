package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import java.util.List;
import java.util.Optional;

/**
 * An ECS cluster as create-cluster input, put-cluster-capacity-providers input (also without
 * {@code cluster}: the {@code capacityProviders} + {@code defaultCapacityProviderStrategy} JSON courses
 * hand out), or as described by describe-clusters / create-cluster output.
 */
public record Cluster(JsonObject node, Form form) implements JsonModel, AwsShaped {

    public enum Form {
        CREATE_INPUT, CAPACITY_PROVIDERS_INPUT, DESCRIPTION
    }

    public Optional<String> name() {
        return text("clusterName").or(() -> text("cluster"));
    }

    /** Where "missing X" findings go: {@code settings}, else the cluster's name, else the cluster object. */
    public Located anchor() {
        Optional<JsonValue> at = value("settings").or(() -> value("clusterName")).or(() -> value("cluster"));
        return at.map(v -> (Located) v).orElse(node);
    }

    public Message label() {
        return name().map(n -> Message.of("cluster.named").code("name", n)).orElse(Message.of("cluster.unnamed"));
    }

    /** True when the document sets cluster settings (put-cluster-capacity-providers input cannot). */
    public boolean carriesSettings() {
        return form != Form.CAPACITY_PROVIDERS_INPUT;
    }

    public List<JsonValue> settings() {
        return value("settings").map(JsonValue::elements).orElse(List.of());
    }

    public Optional<CapacityProviderStrategy> defaultCapacityProviderStrategy() {
        return CapacityProviderStrategy.of(value("defaultCapacityProviderStrategy"),
                Message.of("strategy.clusterDefault").phrase("cluster", label()));
    }

    @Override
    public JsonValue awsTree() {
        return node;
    }

    @Override
    public Located awsAnchor() {
        return anchor();
    }
}
