package dev.ecslint.core.json;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON (or YAML) value that remembers where it was read: its span in the file and its RFC 6901
 * pointer. YAML documents are read into the same tree, so rules see one shape for both. An expression the
 * document leaves for a deployment tool to evaluate (a YAML tag such as {@code !Ref Subnet}, a
 * CloudFormation intrinsic function, a Terraform expression) is a {@link JsonTagged}: unknown, never a
 * violation.
 */
public sealed interface JsonValue extends Located
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
        JsonValue.JsonBoolean, JsonValue.JsonNull, JsonValue.JsonTagged {

    /** The value's text as a user would read it ({@code "80"} for both {@code 80} and {@code "80"}). */
    default String text() {
        if (this instanceof JsonString s) {
            return s.value();
        } else if (this instanceof JsonNumber n) {
            return n.literal();
        } else if (this instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        } else if (this instanceof JsonNull) {
            return "null";
        } else if (this instanceof JsonTagged t) {
            return t.shortTag() + (t.argument().isScalar() ? " " + t.argument().text() : " …");
        }
        return this instanceof JsonObject ? "{…}" : "[…]";
    }

    /** A short name of the value's JSON type for messages: "a string", "a number", … */
    default String typeName() {
        if (this instanceof JsonString) {
            return "a string";
        } else if (this instanceof JsonNumber) {
            return "a number";
        } else if (this instanceof JsonBoolean) {
            return "a boolean";
        } else if (this instanceof JsonNull) {
            return "null";
        } else if (this instanceof JsonTagged) {
            return "an expression";
        }
        return this instanceof JsonObject ? "an object" : "an array";
    }

    /** The value's JSON type as a phrase of the run's language ({@code json.type.string}: "a string", "문자열"). */
    default Message typePhrase() {
        String type = this instanceof JsonString ? "string" : this instanceof JsonNumber ? "number"
                : this instanceof JsonBoolean ? "boolean" : this instanceof JsonNull ? "null"
                : this instanceof JsonObject ? "object" : "array";
        return Message.of("json.type." + type);
    }

    /** This value as an object, when it is one. */
    default Optional<JsonObject> asObject() {
        return this instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    }

    /** This value's elements when it is an array, otherwise an empty list. */
    default List<JsonValue> elements() {
        return this instanceof JsonArray a ? a.items() : List.of();
    }

    /** An object member: the key with its own span, and the value. */
    record Member(String key, Span keySpan, JsonValue value) { }

    record JsonObject(Span span, String pointer, Map<String, Member> members)
            implements JsonValue {

        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public Optional<JsonValue> get(String key) {
            Member m = members.get(key);
            return m == null ? Optional.empty() : Optional.of(m.value());
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }

        /** The member's value when it is a string. */
        public Optional<String> string(String key) {
            return get(key).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
        }

        public Optional<JsonObject> object(String key) {
            return get(key).flatMap(JsonValue::asObject);
        }

        public List<JsonValue> array(String key) {
            return get(key).map(JsonValue::elements).orElse(List.of());
        }

        /** The span of a key, for "this key should not be here" findings; the object's span if absent. */
        public Span keySpan(String key) {
            Member m = members.get(key);
            return m == null ? span : m.keySpan();
        }
    }

    record JsonArray(Span span, String pointer, List<JsonValue> items) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }
    }

    record JsonString(Span span, String pointer, String value) implements JsonValue { }

    /** A number kept as its literal, so {@code 1.0} and {@code 1e3} are shown as written. */
    record JsonNumber(Span span, String pointer, String literal) implements JsonValue {
        public Optional<BigDecimal> decimal() {
            try {
                return Optional.of(new BigDecimal(literal));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    record JsonBoolean(Span span, String pointer, boolean value) implements JsonValue { }

    record JsonNull(Span span, String pointer) implements JsonValue { }

    /**
     * A value written as an expression: {@code tag} names it as the source spells its long form
     * ({@code Ref}, {@code Fn::Sub}, a YAML tag {@code !reset}), {@code argument} is what it was given.
     * Its span covers the whole expression.
     */
    record JsonTagged(Span span, String pointer, String tag, JsonValue argument) implements JsonValue {

        /**
         * The tag as people write it: a CloudFormation function in its YAML short form ({@code !Ref},
         * {@code !Sub} for {@code Fn::Sub}), any other tag as it is.
         */
        public String shortTag() {
            if (tag.startsWith("Fn::")) {
                return "!" + tag.substring(4);
            }
            return tag.equals("Ref") || tag.equals("Condition") ? "!" + tag : tag;
        }
    }

    /** True for a string, number, boolean or null. */
    default boolean isScalar() {
        return this instanceof JsonString || this instanceof JsonNumber || this instanceof JsonBoolean
                || this instanceof JsonNull;
    }

    /** JSON equality of scalars, numbers by value, as a schema's {@code enum} and {@code const} compare. */
    default boolean sameScalarAs(JsonValue other) {
        if (this instanceof JsonNumber a && other instanceof JsonNumber b) {
            return a.decimal().isPresent() && b.decimal().isPresent() && a.decimal().get().compareTo(b.decimal().get()) == 0;
        }
        return getClass() == other.getClass() && isScalar() && text().equals(other.text());
    }
}
