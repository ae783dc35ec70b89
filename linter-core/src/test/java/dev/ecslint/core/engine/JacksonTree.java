package dev.ecslint.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import java.math.BigDecimal;

/**
 * Our located tree as a Jackson tree, for the schema validator. A class of its own so that loading
 * {@link SchemaValidation} (every run creates one) does not make the verifier load jackson-databind's
 * node classes: a run without JSON documents never touches databind (DESIGN.md "Budgets").
 */
public final class JacksonTree {

    private JacksonTree() {
    }

    /** The tree for the validator (no ObjectMapper needed). */
    public static JsonNode of(JsonValue value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof JsonObject object) {
            ObjectNode node = f.objectNode();
            for (Member m : object.members().values()) {
                if (!(m.value() instanceof JsonValue.JsonTagged)) {
                    node.set(m.key(), of(m.value())); // an expression may be any value: left out
                }
            }
            return node;
        }
        if (value instanceof JsonArray array) {
            ArrayNode node = f.arrayNode();
            array.items().forEach(item -> node.add(of(item)));
            return node;
        }
        if (value instanceof JsonString s) {
            return f.textNode(s.value());
        }
        if (value instanceof JsonNumber n) {
            return n.decimal().<JsonNode>map(d -> number(f, d)).orElse(f.textNode(n.literal()));
        }
        if (value instanceof JsonBoolean b) {
            return f.booleanNode(b.value());
        }
        return f.nullNode(); // null, or an expression in a list: errors about it are dropped
    }

    private static JsonNode number(JsonNodeFactory f, BigDecimal d) {
        if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
            try {
                return f.numberNode(d.toBigIntegerExact().longValueExact());
            } catch (ArithmeticException e) {
                return f.numberNode(d.toBigInteger());
            }
        }
        return f.numberNode(d);
    }
}
