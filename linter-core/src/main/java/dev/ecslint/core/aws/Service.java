package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import java.util.List;
import java.util.Optional;

/**
 * An ECS service as create-service input (also ecspresso-style files without {@code serviceName}),
 * update-service input (only the keys being changed; {@code service} names it), or a service described
 * by describe-services / create-service / update-service output.
 *
 * @param zones what the document says about the zones of the subnets it names
 */
public record Service(JsonObject node, Form form, SubnetZones zones) implements JsonModel, AwsShaped {

    public enum Form {
        CREATE_INPUT, UPDATE_INPUT, DESCRIPTION
    }

    /** A service whose document declares no subnets (AWS JSON). */
    public Service(JsonObject node, Form form) {
        this(node, form, SubnetZones.NONE);
    }

    /** The zone of one of {@link #subnets()}, when the document declares that subnet. */
    public Optional<String> zoneOf(JsonValue subnet) {
        return zones.zoneOf(subnet);
    }

    /** The service's name: {@code serviceName}, or update-service's {@code service}. */
    /** The service's name; an empty one (a template's {@code "service": ""}) names nothing. */
    public Optional<String> name() {
        return text("serviceName").or(() -> form == Form.UPDATE_INPUT ? text("service") : Optional.empty())
                .filter(n -> !n.isBlank());
    }

    /** Where "missing X" findings go: the service's name, else the service object. */
    public Located anchor() {
        Optional<JsonValue> name = value("serviceName").or(() -> value("service"));
        return name.map(v -> (Located) v).orElse(node);
    }

    /** How messages name the service: {@code service `web`} or {@code the service}. */
    public Message label() {
        return name().map(n -> Message.of("service.named").code("name", n)).orElse(Message.of("service.unnamed"));
    }

    /** An update changes only what it lists: an absent key keeps the service's current setting. */
    public boolean isPartial() {
        return form == Form.UPDATE_INPUT;
    }

    public List<JsonValue> subnets() {
        return value("networkConfiguration/awsvpcConfiguration/subnets").map(JsonValue::elements).orElse(List.of());
    }

    public List<JsonValue> loadBalancers() {
        return value("loadBalancers").map(JsonValue::elements).orElse(List.of());
    }

    public List<JsonValue> placementConstraints() {
        return value("placementConstraints").map(JsonValue::elements).orElse(List.of());
    }

    public Optional<CapacityProviderStrategy> capacityProviderStrategy() {
        return CapacityProviderStrategy.of(value("capacityProviderStrategy"),
                Message.of("strategy.service").phrase("service", label()));
    }

    /** {@code deploymentController.type}; ECS (rolling update) when absent. */
    public Optional<String> deploymentControllerType() {
        return has("deploymentController/type") ? text("deploymentController/type") : Optional.of("ECS");
    }

    /** True for a DAEMON service: one task per instance, so task counts do not apply. */
    public boolean isDaemon() {
        return text("schedulingStrategy").filter("DAEMON"::equals).isPresent();
    }

    @Override
    public JsonValue awsTree() {
        return node;
    }

    @Override
    public Located awsAnchor() {
        return anchor();
    }

    @Override
    public boolean complete() {
        return !isPartial();
    }
}
