package dev.ecslint.core.engine;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.TreeRewrite;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A bundled document schema ({@code schemas/task-definition.schema.json}, …) applied by a small interpreter of
 * the keywords those schemas use, so that a lint run loads neither a general validator nor jackson-databind
 * (≈ 620 classes, a third of a second of a cold JVM: DESIGN.md, budgets). It reports what networknt's
 * json-schema-validator (draft 2020-12), which it replaces, reports, in the same order — the tests hold
 * {@link #asSpecified} to that oracle on every document the project and the shared corpus contain, and on
 * mutations of them — but for one deliberate difference: a property declared by a subschema that fails is
 * not also an unknown property.
 *
 * <p>The value checked is the one a validator would see: an expression's member ({@link JsonValue.JsonTagged})
 * is absent, an expression in a list is {@code null}, a number Java cannot read is its text.
 */
public final class DocumentSchema implements SchemaChecker {

    /** The keywords this interpreter applies; anything else in a document schema must be an annotation. */
    public static final Set<String> KEYWORDS = Set.of("type", "properties", "additionalProperties", "required",
            "enum", "items", "$ref", "minItems", "maxItems", "minimum", "maximum", "minLength", "maxLength",
            "if", "then", "else", "unevaluatedProperties");
    /** Keywords that only describe or hold definitions; they never reject a value. */
    public static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "$defs", "title",
            "description", "default", "examples");

    private final JsonObject root;
    /** JSON Schema's reading of {@code unevaluatedProperties}: a subschema that fails evaluates no property. */
    private final boolean failedSubschemasEvaluateNothing;

    /**
     * A property that a subschema declares is known even where its value fails there: one wrong value is one
     * error. As JSON Schema 2020-12 specifies it (and networknt applies it), a {@code $ref} that fails
     * evaluates nothing, so {@code "desiredCount": "two"} in a service would also make every other field of
     * the service an unknown property.
     */
    public DocumentSchema(JsonObject root) {
        this(root, false);
    }

    private DocumentSchema(JsonObject root, boolean failedSubschemasEvaluateNothing) {
        this.root = root;
        this.failedSubschemasEvaluateNothing = failedSubschemasEvaluateNothing;
    }

    /** The schema read exactly as JSON Schema 2020-12 specifies {@code unevaluatedProperties} (see above). */
    public static DocumentSchema asSpecified(JsonObject root) {
        return new DocumentSchema(root, true);
    }

    @Override
    public List<SchemaError> errors(JsonValue node) {
        List<SchemaError> errors = new ArrayList<>();
        apply(root, validated(node), new ArrayList<>(), errors);
        return errors;
    }

    /**
     * Applies a schema; returns the properties of {@code value} it evaluated (for {@code unevaluatedProperties}).
     * Keywords run in networknt's order: {@code type}, then {@code properties}, then the others as the schema
     * writes them, {@code unevaluatedProperties} last.
     */
    private Set<String> apply(JsonObject schema, JsonValue value, List<Object> path, List<SchemaError> errors) {
        Set<String> evaluated = new HashSet<>();
        schema.get("type").ifPresent(types -> type(types, value, path, errors));
        schema.object("properties").ifPresent(properties -> properties(properties, value, path, errors, evaluated));
        for (Member keyword : schema.members().values()) {
            JsonValue argument = keyword.value();
            switch (keyword.key()) {
                case "type", "properties", "unevaluatedProperties", "then", "else" -> { }
                case "additionalProperties" -> additional(schema, argument, value, path, errors, evaluated);
                case "required" -> required(argument, value, path, errors);
                case "enum" -> enumeration(argument, value, path, errors);
                case "items" -> items(argument, value, path, errors);
                case "$ref" -> {
                    int before = errors.size();
                    Set<String> inner = apply(resolve(((JsonString) argument).value()), value, path, errors);
                    if (errors.size() == before || !failedSubschemasEvaluateNothing) {
                        evaluated.addAll(inner);
                    }
                }
                case "if" -> conditional(schema, asSchema(argument), value, path, errors, evaluated);
                case "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum" ->
                        Bounds.check(keyword.key(), argument, value, path, errors);
                default -> {
                    if (!ANNOTATIONS.contains(keyword.key())) {
                        throw new IllegalStateException("a document schema uses the keyword " + keyword.key()
                                + ", which ecslint does not apply");
                    }
                }
            }
        }
        schema.get("unevaluatedProperties").ifPresent(u -> unevaluated(schema, u, value, path, errors, evaluated));
        return evaluated;
    }

    private void type(JsonValue types, JsonValue value, List<Object> path, List<SchemaError> errors) {
        String actual = typeOf(value);
        boolean matches = types instanceof JsonArray list
                ? list.items().stream().anyMatch(t -> admits(t.text(), actual))
                : admits(types.text(), actual);
        if (!matches) {
            errors.add(new SchemaError("type", path, null, types, null));
        }
    }

    private static boolean admits(String type, String actual) {
        return type.equals(actual) || type.equals("number") && actual.equals("integer");
    }

    private void properties(JsonObject properties, JsonValue value, List<Object> path, List<SchemaError> errors,
                            Set<String> evaluated) {
        if (!(value instanceof JsonObject object)) {
            return;
        }
        for (Member property : properties.members().values()) {
            Optional<JsonValue> member = object.get(property.key());
            if (member.isPresent()) {
                evaluated.add(property.key());
                path.add(property.key());
                apply(asSchema(property.value()), member.get(), path, errors);
                path.remove(path.size() - 1);
            }
        }
    }

    private void additional(JsonObject schema, JsonValue additional, JsonValue value, List<Object> path,
                            List<SchemaError> errors, Set<String> evaluated) {
        if (!(value instanceof JsonObject object)) {
            return;
        }
        Optional<JsonObject> properties = schema.object("properties");
        for (Member member : object.members().values()) {
            if (properties.isPresent() && properties.get().has(member.key())) {
                continue;
            }
            evaluated.add(member.key());
            if (additional instanceof JsonBoolean allowed) {
                if (!allowed.value()) {
                    errors.add(new SchemaError("additionalProperties", path, member.key(), additional, null,
                            knownProperties(schema)));
                }
            } else {
                path.add(member.key());
                apply(asSchema(additional), member.value(), path, errors);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void required(JsonValue names, JsonValue value, List<Object> path, List<SchemaError> errors) {
        if (value instanceof JsonObject object) {
            for (JsonValue name : names.elements()) {
                if (!object.has(name.text())) {
                    errors.add(new SchemaError("required", path, name.text(), names, null));
                }
            }
        }
    }

    private static void enumeration(JsonValue allowed, JsonValue value, List<Object> path, List<SchemaError> errors) {
        if (allowed.elements().stream().noneMatch(value::sameScalarAs)) {
            errors.add(new SchemaError("enum", path, null, allowed, null));
        }
    }

    private void items(JsonValue items, JsonValue value, List<Object> path, List<SchemaError> errors) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.items().size(); i++) {
                path.add(i);
                apply(asSchema(items), array.items().get(i), path, errors);
                path.remove(path.size() - 1);
            }
        }
    }

    /** {@code if}/{@code then}/{@code else}: the errors of the branch taken; those of {@code if} never count. */
    private void conditional(JsonObject schema, JsonObject condition, JsonValue value, List<Object> path,
                             List<SchemaError> errors, Set<String> evaluated) {
        List<SchemaError> conditionErrors = new ArrayList<>();
        Set<String> inCondition = apply(condition, value, path, conditionErrors);
        boolean holds = conditionErrors.isEmpty();
        if (holds) {
            evaluated.addAll(inCondition);
        }
        Optional<JsonObject> branch = schema.object(holds ? "then" : "else");
        if (branch.isPresent()) {
            int before = errors.size();
            Set<String> inBranch = apply(branch.get(), value, path, errors);
            if (errors.size() == before || !failedSubschemasEvaluateNothing) {
                evaluated.addAll(inBranch);
            }
        }
    }

    private void unevaluated(JsonObject schema, JsonValue unevaluated, JsonValue value, List<Object> path,
                             List<SchemaError> errors, Set<String> evaluated) {
        if (!(unevaluated instanceof JsonBoolean allowed)) {
            throw new IllegalStateException("unevaluatedProperties must be false or true in a document schema");
        }
        if (!allowed.value() && value instanceof JsonObject object) {
            for (String name : object.members().keySet()) {
                if (!evaluated.contains(name)) {
                    errors.add(new SchemaError("unevaluatedProperties", path, name, unevaluated, null,
                            knownProperties(schema)));
                }
            }
        }
    }

    /**
     * The properties a schema object declares for the object it applies to: its {@code properties}, and those
     * of the schemas its {@code $ref} and {@code then}/{@code else} apply there — what an unknown property
     * was probably meant to be.
     */
    public List<String> knownProperties(JsonObject schema) {
        Set<String> known = new LinkedHashSet<>();
        knownProperties(schema, known, 0);
        return List.copyOf(known);
    }

    private void knownProperties(JsonObject schema, Set<String> known, int depth) {
        if (depth > 16) {
            return; // a $ref cycle: the schemas bundled have none, and a suggestion needs no more
        }
        schema.object("properties").ifPresent(p -> known.addAll(p.members().keySet()));
        schema.get("$ref").filter(JsonString.class::isInstance)
                .ifPresent(ref -> knownProperties(resolve(((JsonString) ref).value()), known, depth + 1));
        for (String branch : List.of("then", "else")) {
            schema.object(branch).ifPresent(b -> knownProperties(b, known, depth + 1));
        }
    }

    /** {@code #/$defs/name} in this schema. */
    private JsonObject resolve(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("a document schema may only refer into itself: " + ref);
        }
        JsonValue at = root;
        for (String part : ref.substring(1).split("/")) {
            if (!part.isEmpty()) {
                at = at.asObject().flatMap(o -> o.get(part))
                        .orElseThrow(() -> new IllegalStateException("unresolved $ref " + ref));
            }
        }
        return asSchema(at);
    }

    private static JsonObject asSchema(JsonValue value) {
        return value.asObject().orElseThrow(() -> new IllegalStateException("not a schema: " + value.text()));
    }

    /** The value as a validator receives it: expressions' members left out, other expressions {@code null}. */
    private static JsonValue validated(JsonValue value) {
        return TreeRewrite.apply(value, JsonValue.JsonTagged.class::isInstance, leaf -> {
            if (leaf instanceof JsonValue.JsonTagged tagged) {
                return new JsonNull(tagged.span(), tagged.pointer());
            }
            if (leaf instanceof JsonNumber n && n.decimal().isEmpty()) {
                return new JsonString(n.span(), n.pointer(), n.literal());
            }
            return leaf;
        });
    }

    /** JSON Schema's name of the value's type; a number with no fraction is an {@code integer}. */
    static String typeOf(JsonValue value) {
        if (value instanceof JsonObject) {
            return "object";
        } else if (value instanceof JsonArray) {
            return "array";
        } else if (value instanceof JsonString) {
            return "string";
        } else if (value instanceof JsonBoolean) {
            return "boolean";
        } else if (value instanceof JsonNumber n) {
            BigDecimal d = n.decimal().orElseThrow();
            return d.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
        }
        return "null";
    }

    /** The bounds keywords, with networknt's English messages (ecslint quotes them as they are). */
    private static final class Bounds {

        static void check(String keyword, JsonValue argument, JsonValue value, List<Object> path,
                          List<SchemaError> errors) {
            String detail = switch (keyword) {
                case "minItems", "maxItems" -> value instanceof JsonArray array ? items(keyword, argument, array) : null;
                case "minLength", "maxLength" -> value instanceof JsonString s ? length(keyword, argument, s) : null;
                default -> value instanceof JsonNumber n ? number(keyword, argument, n) : null;
            };
            if (detail != null) {
                errors.add(new SchemaError(keyword, path, null, argument, detail));
            }
        }

        private static String items(String keyword, JsonValue argument, JsonArray array) {
            int bound = count(argument);
            int size = array.items().size();
            if (keyword.equals("minItems")) {
                return size < bound ? "must have at least " + grouped(bound) + " items but found " + grouped(size) : null;
            }
            return size > bound ? "must have at most " + grouped(bound) + " items but found " + grouped(size) : null;
        }

        private static String length(String keyword, JsonValue argument, JsonString s) {
            int bound = count(argument);
            int length = s.value().codePointCount(0, s.value().length());
            if (keyword.equals("minLength")) {
                return length < bound ? "must be at least " + grouped(bound) + " characters long" : null;
            }
            return length > bound ? "must be at most " + grouped(bound) + " characters long" : null;
        }

        private static String number(String keyword, JsonValue argument, JsonNumber n) {
            BigDecimal bound = ((JsonNumber) argument).decimal().orElseThrow();
            int order = n.decimal().orElseThrow().compareTo(bound);
            if (keyword.equals("minimum")) {
                return order < 0 ? "must have a minimum value of " + asSchemaText((JsonNumber) argument) : null;
            }
            return order > 0 ? "must have a maximum value of " + asSchemaText((JsonNumber) argument) : null;
        }

        private static int count(JsonValue argument) {
            return ((JsonNumber) argument).decimal().orElseThrow().intValueExact();
        }

        /** A count as networknt's messages format it: {@code 1,200}. */
        private static String grouped(int count) {
            return String.format(Locale.ROOT, "%,d", count);
        }

        /** A bound as networknt quotes the schema's number: an integer as written, any other as a double. */
        private static String asSchemaText(JsonNumber bound) {
            String literal = bound.literal();
            return literal.matches("-?\\d+") ? new BigInteger(literal).toString()
                    : Double.toString(Double.parseDouble(literal));
        }
    }
}
