package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A capacity provider strategy: a cluster's {@code defaultCapacityProviderStrategy} or a service's
 * {@code capacityProviderStrategy}. A subject of its own so one rule judges both.
 *
 * @param name how messages name the strategy: {@code the capacity provider strategy of service `web`}
 */
public record CapacityProviderStrategy(JsonArray node, Message name) implements Located {

    /** One {@code {capacityProvider, weight, base}} entry; absent weight and base mean 0 (ECS API Reference). */
    public record Item(JsonObject node) implements JsonModel {

        public Optional<String> provider() {
            return text("capacityProvider");
        }

        public long weight() {
            return integer("weight").orElse(0);
        }

        public long base() {
            return integer("base").orElse(0);
        }

        /** {@code FARGATE_SPOT}, or an EC2 capacity provider whose name says it is backed by Spot. */
        public boolean isSpot() {
            return provider().map(p -> p.toLowerCase(Locale.ROOT).contains("spot")).orElse(false);
        }

        /** True when tasks are placed on this provider: it has a base or a weight. */
        public boolean carriesTasks() {
            return weight() > 0 || base() > 0;
        }
    }

    public static Optional<CapacityProviderStrategy> of(Optional<JsonValue> value, Message name) {
        return value.filter(JsonArray.class::isInstance).map(v -> new CapacityProviderStrategy((JsonArray) v, name));
    }

    @Override
    public Span span() {
        return node.span();
    }

    @Override
    public String pointer() {
        return node.pointer();
    }

    public List<Item> items() {
        return node.items().stream().filter(JsonObject.class::isInstance).map(v -> new Item((JsonObject) v)).toList();
    }
}
