package dev.ecslint.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNumber;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    public record Violation(Span span, String pointer, Message message) { }

    private static final Map<ClassLoader, Map<String, Optional<Compiled>>> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_VIOLATIONS_PER_CHECK = 50;

    /** A compiled schema and every property name it defines anywhere. */
    private record Compiled(Schema schema, Set<String> propertyNames) { }

    private final ClassLoader loader;

    public SchemaValidation(ClassLoader loader) {
        this.loader = loader;
    }

    /** True when a schema of that name is on the class path. */
    public boolean hasSchema(String name) {
        return schema(name).isPresent();
    }

    public List<Violation> validate(String schemaName, JsonValue node) {
        return validate(new SubjectReader.SchemaCheck(schemaName, node), SubjectReader.Naming.NONE);
    }

    /**
     * Validates one part of a document. Errors about an expression ({@link JsonValue.JsonTagged}: unknown) are
     * dropped, and so are type errors the source's scalar conversion fixes; {@code naming} names the place
     * in the source's terms when it can.
     */
    public List<Violation> validate(SubjectReader.SchemaCheck check, SubjectReader.Naming naming) {
        Optional<Compiled> compiled = schema(check.schema());
        if (compiled.isEmpty()) {
            return List.of();
        }
        JsonValue node = check.node();
        List<Error> errors = compiled.get().schema().validate(JacksonTree.of(node));
        List<Error> kept = new ArrayList<>();
        List<String> droppedAt = new ArrayList<>();
        for (Error error : errors) {
            if (isAboutPlaceholder(error, node) || isAboutExpression(error, node)
                    || check.declared() && (isCoercible(error, node) || isFilledByTheDeployment(error))) {
                droppedAt.add(error.getInstanceLocation().toString());
            } else {
                kept.add(error);
            }
        }
        List<Violation> violations = new ArrayList<>();
        for (Error error : kept) {
            if (isCascade(error, droppedAt, compiled.get().propertyNames())) {
                continue;
            }
            violations.add(describe(error, node, naming));
            if (violations.size() == MAX_VIOLATIONS_PER_CHECK) {
                break;
            }
        }
        violations.sort(Comparator.comparingInt((Violation v) -> v.span().line())
                .thenComparingInt(v -> v.span().column()).thenComparing(Violation::message, Message.ORDER));
        return violations.stream().distinct().collect(Collectors.toList());
    }

    /**
     * A property the schema knows, reported as unevaluated only because a subschema that evaluates it failed
     * on a dropped error (an expression below): {@code unevaluatedProperties} counts nothing a failed
     * subschema evaluated, so one unknown value would otherwise report every sibling.
     */
    private static boolean isCascade(Error error, List<String> droppedAt, Set<String> known) {
        if (!"unevaluatedProperties".equals(error.getKeyword()) || !known.contains(error.getProperty())) {
            return false;
        }
        String at = error.getInstanceLocation().toString();
        return droppedAt.stream().anyMatch(d -> d.startsWith(at));
    }

    private Optional<Compiled> schema(String name) {
        return CACHE.computeIfAbsent(loader, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, this::compile);
    }

    private Optional<Compiled> compile(String name) {
        String resource = "schemas/" + name + ".schema.json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            Schema schema = registry.getSchema(text, InputFormat.JSON);
            Set<String> names = new HashSet<>();
            collectAllPropertyNames(schema.getSchemaNode(), names);
            return Optional.of(new Compiled(schema, names));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema " + resource, e);
        }
    }

    private static void collectAllPropertyNames(JsonNode node, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.has("properties") && node.get("properties").isObject()) {
            node.get("properties").fieldNames().forEachRemaining(out::add);
        }
        node.forEach(child -> collectAllPropertyNames(child, out));
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

    /** The value an error is about, or {@code null}; {@code expressions[0]} is set when the way passes one. */
    private static JsonValue target(Error error, JsonValue root, boolean[] expressions) {
        JsonValue at = root;
        var location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount() && at != null; i++) {
            if (at instanceof JsonValue.JsonTagged) {
                expressions[0] = true;
                return at;
            }
            at = child(at, location.getElement(i));
        }
        if (at instanceof JsonValue.JsonTagged) {
            expressions[0] = true;
        }
        return at;
    }

    /**
     * An error at or below an expression, or about a value that holds one (a {@code oneOf} that an
     * unknown member may satisfy): unknown, never a violation. A missing or unknown property is not about
     * the expressions beside it.
     */
    private static boolean isAboutExpression(Error error, JsonValue root) {
        boolean[] expressions = {false};
        JsonValue at = target(error, root, expressions);
        if (expressions[0]) {
            return true;
        }
        String keyword = error.getKeyword();
        if ("required".equals(keyword)) {
            // an expression's member is left out of the validated tree (no value satisfies every type)
            return at instanceof JsonObject o && o.get(String.valueOf(error.getProperty())).orElse(null)
                    instanceof JsonValue.JsonTagged;
        }
        return at != null && !"additionalProperties".equals(keyword) && !"unevaluatedProperties".equals(keyword)
                && holdsExpression(at);
    }

    private static boolean holdsExpression(JsonValue value) {
        if (value instanceof JsonValue.JsonTagged) {
            return true;
        }
        if (value instanceof JsonObject o) {
            return o.members().values().stream().anyMatch(m -> holdsExpression(m.value()));
        }
        return value instanceof JsonArray a && a.items().stream().anyMatch(SchemaValidation::holdsExpression);
    }

    /** A property the resource itself lacks, which the deployment names for it (CloudFormation does). */
    private static boolean isFilledByTheDeployment(Error error) {
        return "required".equals(error.getKeyword()) && error.getInstanceLocation().getNameCount() == 0;
    }

    /**
     * CloudFormation converts scalars to the type a property needs ({@code "80"} is the number 80, {@code 80}
     * and {@code true} are strings where a string is expected), so such a type error is not a violation.
     */
    private static boolean isCoercible(Error error, JsonValue root) {
        if (!"type".equals(error.getKeyword())) {
            return false;
        }
        JsonValue at = target(error, root, new boolean[1]);
        JsonNode expected = error.getSchemaNode();
        if (at == null || expected == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(t -> types.add(t.asText()));
        } else {
            types.add(expected.asText());
        }
        if (at instanceof JsonString s) {
            String v = s.value().trim();
            return types.contains("integer") && v.matches("-?\\d+")
                    || types.contains("number") && v.matches("-?\\d+(\\.\\d+)?")
                    || types.contains("boolean") && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
        }
        return types.contains("string") && (at instanceof JsonNumber || at instanceof JsonBoolean);
    }

    private static Violation describe(Error error, JsonValue root, SubjectReader.Naming naming) {
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
        String named = naming.nameOf(pointer);
        Message where = named == null ? readable(path) : Message.of("schema.path").code("path", named);
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        Span span = at.span();
        Message message;
        switch (keyword) {
            case "type":
                message = Message.of("schema.type").phrase("expected", expectedType(error.getSchemaNode()));
                break;
            case "required":
                message = Message.of("schema.required").code("property", String.valueOf(error.getProperty()));
                break;
            case "additionalProperties":
            case "unevaluatedProperties": {
                String property = String.valueOf(error.getProperty());
                if (at instanceof JsonObject object && object.has(property)) {
                    span = object.keySpan(property);
                    pointer = JsonPointer.child(object.pointer(), property);
                }
                Optional<String> suggestion = suggestion(property, error.getSchemaNode());
                message = suggestion.map(best -> Message.of("schema.unknownPropertySuggested").code("suggestion", best))
                        .orElse(Message.of("schema.unknownProperty")).code("property", property);
                break;
            }
            case "enum":
                message = enumValues(error.getSchemaNode()).map(values -> Message.of("schema.enum").codes("values", values))
                        .orElse(Message.of("schema.enumUnknown"));
                break;
            case "const":
                message = Message.of("schema.const").code("value", error.getSchemaNode().toString());
                break;
            default:
                message = Message.of("schema.other").verbatim("detail", error.getMessage().replaceFirst("^\\$[^:]*: ", ""));
        }
        return new Violation(span, pointer, message.phrase("where", where).phrase("found", found(at)));
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

    /** {@code containerDefinitions[0].portMappings[0].containerPort} as code; "the document" at the root. */
    static Message readable(List<Object> path) {
        if (path.isEmpty()) {
            return Message.of("schema.document");
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
        return Message.of("schema.path").code("path", text.toString());
    }

    /** "a whole number", "a string or an array", …: the types the schema allows. */
    private static Message expectedType(JsonNode schemaNode) {
        if (schemaNode == null) {
            return Message.of("schema.anotherType");
        }
        List<String> names = new ArrayList<>();
        if (schemaNode.isArray()) {
            schemaNode.forEach(t -> names.add(t.asText()));
        } else {
            names.add(schemaNode.asText());
        }
        Message expected = typeName(names.get(names.size() - 1));
        for (int i = names.size() - 2; i >= 0; i--) {
            expected = Message.of("schema.or").phrase("first", typeName(names.get(i))).phrase("second", expected);
        }
        return expected;
    }

    private static Message typeName(String type) {
        switch (type) {
            case "integer":
            case "number":
            case "string":
            case "boolean":
            case "object":
            case "array":
                return Message.of("schema.type." + type);
            default:
                return Message.of("schema.type.other").code("type", type);
        }
    }

    /** What the document holds instead: "the string "80"", "a number 3", "an object". */
    private static Message found(JsonValue value) {
        if (value instanceof JsonString s) {
            return Message.of("schema.found.string").code("value", abbreviate(s.value()));
        }
        if (value instanceof JsonObject || value instanceof JsonArray || value instanceof JsonValue.JsonNull) {
            return value.typePhrase();
        }
        return Message.of("schema.found.value").phrase("type", value.typePhrase()).code("value", value.text());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    private static Optional<List<String>> enumValues(JsonNode schemaNode) {
        if (schemaNode == null || !schemaNode.isArray()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        schemaNode.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        return Optional.of(values);
    }

    /** A known property a small typo away from {@code property}. */
    private static Optional<String> suggestion(String property, JsonNode schemaNode) {
        if (schemaNode == null) {
            return Optional.empty();
        }
        List<String> known = new ArrayList<>();
        collectPropertyNames(schemaNode, known);
        return Levenshtein.closest(property, known, Math.max(2, property.length() / 4));
    }

    private static void collectPropertyNames(JsonNode node, List<String> out) {
        if (node != null && node.isObject() && node.has("properties")) {
            Iterator<String> names = node.get("properties").fieldNames();
            names.forEachRemaining(out::add);
        }
    }
}
