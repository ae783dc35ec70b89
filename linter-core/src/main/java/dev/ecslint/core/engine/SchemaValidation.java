package dev.ecslint.core.engine;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Validates located trees against the JSON Schemas shipped as class-path resources
 * {@code schemas/<name>.schema.json} and turns each error into a violation a student can act on,
 * located at the offending value. Schemas are read once per class loader and process, lazily, and applied by
 * {@link DocumentSchema}.
 */
public final class SchemaValidation {

    /**
     * One schema violation: where, and what to change.
     *
     * @param fix the advice when E002's general fix does not fit (a missing or unknown property), else null
     */
    public record Violation(Span span, String pointer, Message message, Message fix) { }

    private static final Map<ClassLoader, Map<String, Optional<Compiled>>> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_VIOLATIONS_PER_CHECK = 50;

    /** A schema's checker and every property name the schema defines anywhere. */
    private record Compiled(SchemaChecker checker, Set<String> propertyNames) { }

    private final ClassLoader loader;
    private final SchemaChecker.Compiler compiler;
    private final Map<String, Optional<Compiled>> compiled;

    public SchemaValidation(ClassLoader loader) {
        this.loader = loader;
        this.compiler = (name, text, schema) -> new DocumentSchema(schema);
        this.compiled = CACHE.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
    }

    /** Validation whose errors come from {@code compiler}'s checkers (the tests' oracle). */
    public SchemaValidation(ClassLoader loader, SchemaChecker.Compiler compiler) {
        this.loader = loader;
        this.compiler = compiler;
        this.compiled = new ConcurrentHashMap<>();
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
        List<SchemaError> errors = compiled.get().checker().errors(node);
        List<Violation> violations = new ArrayList<>();
        for (SchemaError error : errors) {
            if (isAboutPlaceholder(error, node) || isAboutExpression(error, node)
                    || check.declared() && (isCoercible(error, node) || isFilledByTheDeployment(error))
                    || check.dropsUnknownProperties() && isCaseVariant(error, compiled.get().propertyNames())) {
                continue;
            }
            violations.add(describe(error, node, naming, check.dropsUnknownProperties()));
            if (violations.size() == MAX_VIOLATIONS_PER_CHECK) {
                break;
            }
        }
        violations.sort(Comparator.comparingInt((Violation v) -> v.span().line())
                .thenComparingInt(v -> v.span().column()).thenComparing(Violation::message, Message.ORDER));
        return violations.stream().distinct().collect(Collectors.toList());
    }

    private Optional<Compiled> schema(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    private Optional<Compiled> compile(String name) {
        String resource = "schemas/" + name + ".schema.json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonObject schema = LocatedJsonReader.read(text).asObject()
                    .orElseThrow(() -> new IllegalStateException("the bundled schema " + resource + " is no object"));
            return Optional.of(new Compiled(compiler.compile(name, text, schema), allPropertyNames(schema)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema " + resource, e);
        } catch (ParseProblem e) {
            throw new IllegalStateException("the bundled schema " + resource + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** Every property name some {@code properties} of a schema declares, wherever it is. */
    static Set<String> allPropertyNames(JsonValue schema) {
        Set<String> names = new HashSet<>();
        collectAllPropertyNames(schema, names);
        return names;
    }

    private static void collectAllPropertyNames(JsonValue node, Set<String> out) {
        if (node instanceof JsonObject object) {
            object.object("properties").ifPresent(p -> out.addAll(p.members().keySet()));
            object.members().values().forEach(m -> collectAllPropertyNames(m.value(), out));
        } else if (node instanceof JsonArray array) {
            array.items().forEach(item -> collectAllPropertyNames(item, out));
        }
    }

    /**
     * A template placeholder ({@code "${PORT}"}, {@code "{{networkmode}}"}) stands for a value chosen at deploy
     * time: a type or enum error about it says nothing about the real value (DESIGN.md, "unknown, never a
     * violation").
     */
    private static boolean isAboutPlaceholder(SchemaError error, JsonValue root) {
        JsonValue at = root;
        for (Object step : error.location()) {
            if (at == null) {
                break;
            }
            at = child(at, step);
        }
        return at instanceof JsonString s && Placeholders.isTemplated(s.value())
                && !"required".equals(error.keyword()) && !"additionalProperties".equals(error.keyword());
    }

    /** The value an error is about, or {@code null}; {@code expressions[0]} is set when the way passes one. */
    private static JsonValue target(SchemaError error, JsonValue root, boolean[] expressions) {
        JsonValue at = root;
        for (Object step : error.location()) {
            if (at == null) {
                break;
            }
            if (at instanceof JsonValue.JsonTagged) {
                expressions[0] = true;
                return at;
            }
            at = child(at, step);
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
    private static boolean isAboutExpression(SchemaError error, JsonValue root) {
        boolean[] expressions = {false};
        JsonValue at = target(error, root, expressions);
        if (expressions[0]) {
            return true;
        }
        String keyword = error.keyword();
        if ("required".equals(keyword)) {
            // an expression's member is left out of the validated tree (no value satisfies every type)
            return at instanceof JsonObject o && o.get(String.valueOf(error.property())).orElse(null)
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
    private static boolean isFilledByTheDeployment(SchemaError error) {
        return "required".equals(error.keyword()) && error.location().isEmpty();
    }

    /**
     * CloudFormation converts scalars to the type a property needs ({@code "80"} is the number 80, {@code 80}
     * and {@code true} are strings where a string is expected), so such a type error is not a violation.
     */
    private static boolean isCoercible(SchemaError error, JsonValue root) {
        if (!"type".equals(error.keyword())) {
            return false;
        }
        JsonValue at = target(error, root, new boolean[1]);
        if (at == null) {
            return false;
        }
        List<String> types = typeNames(error.schemaNode());
        if (at instanceof JsonString s) {
            String v = s.value().trim();
            return types.contains("integer") && v.matches("-?\\d+")
                    || types.contains("number") && v.matches("-?\\d+(\\.\\d+)?")
                    || types.contains("boolean") && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
        }
        return types.contains("string") && (at instanceof JsonNumber || at instanceof JsonBoolean);
    }

    private static Violation describe(SchemaError error, JsonValue root, SubjectReader.Naming naming,
                                      boolean dropsUnknownProperties) {
        List<Object> path = error.location();
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
        String keyword = error.keyword();
        Span span = at.span();
        Message message;
        Message fix = null;
        switch (keyword) {
            case "type":
                message = Message.of("schema.type").phrase("expected", expectedType(error.schemaNode()));
                break;
            case "required":
                message = Message.of("schema.required").code("property", error.property());
                fix = Message.of("schema.fix.required").code("property", spelling(at).apply(error.property()));
                break;
            case "additionalProperties":
            case "unevaluatedProperties": {
                String property = error.property();
                if (at instanceof JsonObject object && object.has(property)) {
                    span = object.keySpan(property);
                    pointer = JsonPointer.child(object.pointer(), property);
                }
                Optional<String> suggestion = Levenshtein.closest(property, error.knownProperties(),
                        Math.max(2, property.length() / 4));
                String key = dropsUnknownProperties ? "schema.droppedProperty" : "schema.unknownProperty";
                message = suggestion.map(best -> Message.of(key + "Suggested").code("suggestion", best))
                        .orElse(Message.of(key)).code("property", property);
                // the fix names the keys as the file writes them (CloudFormation capitalises the API's)
                UnaryOperator<String> spelled = spelling(at);
                String written = at instanceof JsonObject object ? object.get(property)
                        .map(v -> JsonPointer.lastKey(v.pointer())).filter(property::equalsIgnoreCase).orElse(property)
                        : property;
                fix = suggestion.map(best -> Message.of("schema.fix.rename").code("suggestion", spelled.apply(best)))
                        .orElse(Message.of("schema.fix.unknownProperty")).code("property", written);
                break;
            }
            case "enum":
                message = enumValues(error.schemaNode()).map(values -> Message.of("schema.enum").codes("values", values))
                        .orElse(Message.of("schema.enumUnknown"));
                break;
            default:
                message = Message.of("schema.other").verbatim("detail", error.detail());
        }
        return new Violation(span, pointer, message.phrase("where", where).phrase("found", found(at)), fix);
    }

    /**
     * How the document spells the API's keys in an object: as they are (AWS JSON, container definitions in
     * Terraform), or capitalised (CloudFormation), as its members' own keys show.
     */
    private static UnaryOperator<String> spelling(JsonValue at) {
        if (at instanceof JsonObject object) {
            for (Member m : object.members().values()) {
                String written = JsonPointer.lastKey(m.value().pointer());
                if (written.equals(m.key())) {
                    return UnaryOperator.identity();
                }
                if (!m.key().isEmpty() && written.equals(Character.toUpperCase(m.key().charAt(0)) + m.key().substring(1))) {
                    return key -> key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
                }
            }
        }
        return UnaryOperator.identity();
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
    private static Message expectedType(JsonValue schemaNode) {
        List<String> names = typeNames(schemaNode);
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

    /** A {@code type} keyword's types: {@code "integer"} or {@code ["number", "null"]}. */
    private static List<String> typeNames(JsonValue type) {
        List<String> names = new ArrayList<>();
        if (type instanceof JsonArray list) {
            list.items().forEach(t -> names.add(t.text()));
        } else {
            names.add(type.text());
        }
        return names;
    }

    private static Optional<List<String>> enumValues(JsonValue schemaNode) {
        if (!(schemaNode instanceof JsonArray array)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        array.items().forEach(v -> values.add(v.text()));
        return Optional.of(values);
    }

    /** A property the schema knows in another case: Go's JSON decoding, as Terraform's provider uses it, takes it. */
    private static boolean isCaseVariant(SchemaError error, Set<String> propertyNames) {
        String keyword = error.keyword();
        String property = String.valueOf(error.property());
        return (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties"))
                && propertyNames.stream().anyMatch(known -> known.equalsIgnoreCase(property));
    }
}
