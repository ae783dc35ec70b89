package dev.ecslint.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates located trees against the JSON Schemas shipped as class-path resources
 * {@code schemas/<name>.schema.json} and turns each error into a violation a student can act on,
 * located at the offending value. Schemas are compiled once per class loader and process, lazily: a
 * run that sees no JSON document never loads databind or the validator.
 */
public final class SchemaValidation {

    /** One schema violation: where, and what to change. */
    public record Violation(Span span, String pointer, String message) { }

    private static final Map<ClassLoader, Map<String, Optional<Schema>>> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_VIOLATIONS_PER_CHECK = 50;

    private final ClassLoader loader;

    public SchemaValidation(ClassLoader loader) {
        this.loader = loader;
    }

    /** True when a schema of that name is on the class path. */
    public boolean hasSchema(String name) {
        return schema(name).isPresent();
    }

    public List<Violation> validate(String schemaName, JsonValue node) {
        Optional<Schema> schema = schema(schemaName);
        if (schema.isEmpty()) {
            return List.of();
        }
        List<Error> errors = schema.get().validate(JacksonTree.of(node));
        List<Violation> violations = new ArrayList<>();
        for (Error error : errors) {
            if (isAboutPlaceholder(error, node)) {
                continue;
            }
            violations.add(describe(error, node));
            if (violations.size() == MAX_VIOLATIONS_PER_CHECK) {
                break;
            }
        }
        violations.sort(Comparator.comparingInt((Violation v) -> v.span().line())
                .thenComparingInt(v -> v.span().column()).thenComparing(Violation::message));
        return violations.stream().distinct().collect(Collectors.toList());
    }

    private Optional<Schema> schema(String name) {
        return CACHE.computeIfAbsent(loader, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, this::compile);
    }

    private Optional<Schema> compile(String name) {
        String resource = "schemas/" + name + ".schema.json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return Optional.of(registry.getSchema(text, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema " + resource, e);
        }
    }

    /**
     * A template placeholder ({@code "${PORT}"}, {@code "{{networkmode}}"}) stands for a value chosen at deploy
     * time: a type or enum error about it says nothing about the real value (DESIGN.md, "unknown, never a
     * violation").
     */
    private static boolean isAboutPlaceholder(Error error, JsonValue root) {
        JsonValue at = root;
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount() && at != null; i++) {
            at = child(at, location.getElement(i));
        }
        return at instanceof JsonString s && Placeholders.isTemplated(s.value())
                && !"required".equals(error.getKeyword()) && !"additionalProperties".equals(error.getKeyword());
    }

    private static Violation describe(Error error, JsonValue root) {
        List<Object> path = new ArrayList<>();
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        JsonValue at = root;
        String pointer = root.pointer();
        for (Object step : path) {
            JsonValue next = child(at, step);
            if (next == null) {
                break;
            }
            at = next;
            pointer = next.pointer();
        }
        String where = readable(path);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        Span span = at.span();
        String message;
        switch (keyword) {
            case "type":
                message = where + " must be " + expectedType(error.getSchemaNode()) + ", found " + found(at);
                break;
            case "required":
                message = where + " is missing the required property `" + error.getProperty() + "`";
                break;
            case "additionalProperties":
            case "unevaluatedProperties": {
                String property = error.getProperty();
                if (at instanceof JsonObject object && property != null && object.has(property)) {
                    span = object.keySpan(property);
                    pointer = JsonPointer.child(object.pointer(), property);
                }
                message = where + " has an unknown property `" + property + "`"
                        + suggestion(property, error.getSchemaNode()) + "; AWS rejects properties it does not know";
                break;
            }
            case "enum":
                message = where + " must be one of " + enumValues(error.getSchemaNode()) + ", found " + found(at);
                break;
            case "const":
                message = where + " must be " + error.getSchemaNode().toString() + ", found " + found(at);
                break;
            default:
                message = where + ": " + error.getMessage().replaceFirst("^\\$[^:]*: ", "");
        }
        return new Violation(span, pointer, message);
    }

    private static JsonValue child(JsonValue parent, Object step) {
        if (parent instanceof JsonObject object) {
            return object.get(String.valueOf(step)).orElse(null);
        }
        if (parent instanceof JsonArray array && step instanceof Integer index && index < array.items().size()) {
            return array.items().get(index);
        }
        return null;
    }

    /** {@code containerDefinitions[0].portMappings[0].containerPort}, in backticks; "the document" at the root. */
    static String readable(List<Object> path) {
        if (path.isEmpty()) {
            return "the document";
        }
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(step);
            }
        }
        return "`" + text + "`";
    }

    private static String expectedType(JsonNode schemaNode) {
        if (schemaNode == null) {
            return "of another type";
        }
        List<String> names = new ArrayList<>();
        if (schemaNode.isArray()) {
            schemaNode.forEach(t -> names.add(article(t.asText())));
        } else {
            names.add(article(schemaNode.asText()));
        }
        return String.join(" or ", names);
    }

    private static String article(String type) {
        switch (type) {
            case "integer":
                return "a whole number";
            case "number":
                return "a number";
            case "string":
                return "a string";
            case "boolean":
                return "true or false";
            case "object":
                return "an object";
            case "array":
                return "an array";
            default:
                return type;
        }
    }

    private static String found(JsonValue value) {
        if (value instanceof JsonString s) {
            return "the string \"" + abbreviate(s.value()) + "\"";
        }
        if (value instanceof JsonObject || value instanceof JsonArray || value instanceof JsonValue.JsonNull) {
            return value.typeName();
        }
        return value.typeName() + " " + value.text();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    private static String enumValues(JsonNode schemaNode) {
        if (schemaNode == null || !schemaNode.isArray()) {
            return "the allowed values";
        }
        List<String> values = new ArrayList<>();
        schemaNode.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        return String.join(", ", values);
    }

    /** "; did you mean `portMappings`?" when a known property is a small typo away. */
    private static String suggestion(String property, JsonNode schemaNode) {
        if (property == null || schemaNode == null) {
            return "";
        }
        List<String> known = new ArrayList<>();
        collectPropertyNames(schemaNode, known);
        return Levenshtein.closest(property, known, Math.max(2, property.length() / 4))
                .map(best -> "; did you mean `" + best + "`?").orElse("");
    }

    private static void collectPropertyNames(JsonNode node, List<String> out) {
        if (node != null && node.isObject() && node.has("properties")) {
            Iterator<String> names = node.get("properties").fieldNames();
            names.forEachRemaining(out::add);
        }
    }
}
