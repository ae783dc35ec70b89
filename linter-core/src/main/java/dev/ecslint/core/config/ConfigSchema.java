package dev.ecslint.core.config;

import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of ecslint's own YAML files — {@code schemas/ecslint-config.schema.json} for
 * {@code .ecslint.yaml} and {@code schemas/ecslint-rubric.schema.json} for rubrics, both referring to
 * {@code schemas/ecslint-custom-rules.schema.json} for {@code customRules} — applied by the loaders
 * themselves, so that what an editor with yaml-language-server checks and what ecslint accepts are one
 * definition. Each problem is located at the key or value in the user's file, in the words the loaders
 * always used ("unknown key `ignore[].pathz`; did you mean `ignore[].paths`?").
 *
 * <p>This is a small interpreter of the keywords those schemas use — {@code type}, {@code properties},
 * {@code additionalProperties}, {@code required}, {@code enum}, {@code const}, {@code items},
 * {@code minItems}, {@code minProperties}, {@code minLength}, {@code pattern} (with the editors'
 * {@code patternErrorMessage}), {@code minimum}, {@code exclusiveMinimum}, {@code anyOf}, {@code oneOf} and
 * {@code $ref} (also into a sibling schema file) — not a general validator: a plain lint run must not pay
 * for loading one (DESIGN.md, budgets). A test proves that every keyword the schemas use is one of these,
 * and that the schemas accept and reject what the loaders do under a conforming validator.
 */
public final class ConfigSchema {

    /** The schema of {@code .ecslint.yaml}. */
    public static final String CONFIG = "ecslint-config";
    /** The schema of grading rubrics. */
    public static final String RUBRIC = "ecslint-rubric";
    /** The schema of {@code customRules}, which both refer to. */
    public static final String CUSTOM_RULES = "ecslint-custom-rules";

    /** The keywords this interpreter applies; anything else in the schemas must be an annotation. */
    public static final Set<String> KEYWORDS = Set.of("type", "properties", "additionalProperties", "required",
            "enum", "const", "items", "minItems", "minProperties", "minLength", "pattern", "minimum",
            "exclusiveMinimum", "anyOf", "oneOf", "$ref");
    /** Keywords that only describe (editors show them); they never reject a value. */
    public static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "default", "examples", "definitions", "patternErrorMessage");

    private static final Map<String, JsonObject> DOCUMENTS = new ConcurrentHashMap<>();

    private final String name;
    private final String documentName;

    private ConfigSchema(String name, String documentName) {
        this.name = name;
        this.documentName = documentName;
    }

    /** @param documentName how messages name the whole file: "the configuration", "the rubric" */
    public static ConfigSchema of(String name, String documentName) {
        return new ConfigSchema(name, documentName);
    }

    /**
     * The schema document as a located tree, read once per process from the class path, when a check first
     * needs it: the custom rules' schema ({@link #CUSTOM_RULES}) only for a file that has {@code customRules}.
     */
    public static JsonObject document(String name) {
        return DOCUMENTS.computeIfAbsent(name, ConfigSchema::read);
    }

    private static JsonObject read(String name) {
        String resource = "/schemas/" + name + ".schema.json";
        try (InputStream in = ConfigSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from ecslint-core");
            }
            return LocatedJsonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).asObject()
                    .orElseThrow(() -> new IllegalStateException(resource + " is not a JSON object"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseProblem e) {
            throw new IllegalStateException(resource + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** Checks a whole file. */
    public void check(JsonValue document) throws SettingProblem {
        check(document, document(name), name, "");
    }

    private void check(JsonValue value, JsonObject schema, String file, String path) throws SettingProblem {
        Optional<String> ref = schema.string("$ref");
        if (ref.isPresent()) {
            Target target = resolve(file, ref.get());
            check(value, target.schema(), target.file(), path);
        }
        List<JsonValue> alternatives = schema.array("anyOf").isEmpty() ? schema.array("oneOf") : schema.array("anyOf");
        if (!alternatives.isEmpty()) {
            alternative(value, alternatives, file, path);
        }
        if (schema.has("type")) {
            type(value, schema, path);
        }
        if (schema.has("const") && !same(value, schema.get("const").get())) {
            throw new SettingProblem(value.span(), label(path) + " must be " + schema.get("const").get().text()
                    + ", found " + found(value));
        }
        if (schema.has("enum")) {
            enumeration(value, schema.array("enum"), path);
        }
        if (value instanceof JsonObject object) {
            object(object, schema, file, path);
        } else if (value instanceof JsonArray array) {
            array(array, schema, file, path);
        } else if (value instanceof JsonString s) {
            string(s, schema, path);
        } else if (value instanceof JsonNumber n) {
            number(n, schema, path);
        }
    }

    private void object(JsonObject object, JsonObject schema, String file, String path) throws SettingProblem {
        Optional<JsonObject> properties = schema.object("properties");
        Optional<JsonValue> additional = schema.get("additionalProperties");
        for (Member m : object.members().values()) {
            Optional<JsonObject> property = properties.flatMap(p -> p.object(m.key()));
            String child = path.isEmpty() ? m.key() : path + "." + m.key();
            if (property.isPresent()) {
                check(m.value(), property.get(), file, child);
            } else if (additional.isPresent() && additional.get() instanceof JsonObject each) {
                check(m.value(), each, file, child);
            } else if (additional.isPresent() && additional.get() instanceof JsonBoolean b && !b.value()) {
                Set<String> known = new TreeSet<>(properties.map(p -> p.members().keySet()).orElse(Set.of()));
                String prefix = path.isEmpty() ? "" : path + ".";
                String hint = Levenshtein.closest(m.key(), known, Math.max(1, m.key().length() / 3))
                        .map(best -> "; did you mean `" + prefix + best + "`?").orElse("");
                throw new SettingProblem(m.keySpan(), "unknown key `" + prefix + m.key() + "`" + hint
                        + " (known keys: " + String.join(", ", known) + ")");
            }
        }
        for (JsonValue required : schema.array("required")) {
            if (!object.has(required.text())) {
                throw new SettingProblem(object.span(), (path.isEmpty() ? documentName : label(path)) + " needs `"
                        + required.text() + "`");
            }
        }
        if (schema.has("minProperties") && object.members().size() < intOf(schema, "minProperties")) {
            throw new SettingProblem(object.span(), label(path) + " must not be empty");
        }
    }

    private void array(JsonArray array, JsonObject schema, String file, String path) throws SettingProblem {
        if (schema.has("minItems") && array.items().size() < intOf(schema, "minItems")) {
            throw new SettingProblem(array.span(), label(path) + " must not be empty");
        }
        Optional<JsonObject> items = schema.object("items");
        if (items.isPresent()) {
            for (JsonValue item : array.items()) {
                check(item, items.get(), file, path + "[]");
            }
        }
    }

    private void string(JsonString s, JsonObject schema, String path) throws SettingProblem {
        if (schema.has("minLength") && s.value().length() < intOf(schema, "minLength")) {
            throw new SettingProblem(s.span(), label(path) + " must not be empty");
        }
        Optional<String> pattern = schema.string("pattern");
        if (pattern.isPresent() && !Pattern.compile(pattern.get()).matcher(s.value()).find()) {
            String why = schema.string("patternErrorMessage").orElse("it must match " + pattern.get());
            throw new SettingProblem(s.span(), label(path) + ": " + why + "; found `" + s.value() + "`");
        }
    }

    private void number(JsonNumber n, JsonObject schema, String path) throws SettingProblem {
        Optional<BigDecimal> value = n.decimal();
        if (value.isEmpty()) {
            return;
        }
        Optional<BigDecimal> minimum = schema.get("minimum").filter(JsonNumber.class::isInstance)
                .flatMap(m -> ((JsonNumber) m).decimal());
        if (minimum.isPresent() && value.get().compareTo(minimum.get()) < 0) {
            throw new SettingProblem(n.span(), label(path) + (minimum.get().signum() == 0 ? " must not be negative"
                    : " must be at least " + minimum.get().toPlainString()) + "; found " + n.literal());
        }
        Optional<BigDecimal> above = schema.get("exclusiveMinimum").filter(JsonNumber.class::isInstance)
                .flatMap(m -> ((JsonNumber) m).decimal());
        if (above.isPresent() && value.get().compareTo(above.get()) <= 0) {
            String integer = schema.string("type").filter("integer"::equals).isPresent() ? " a whole number" : "";
            throw new SettingProblem(n.span(), label(path) + " must be" + integer + " above "
                    + above.get().toPlainString() + "; found " + n.literal());
        }
    }

    private void type(JsonValue value, JsonObject schema, String path) throws SettingProblem {
        List<String> types = new ArrayList<>();
        JsonValue declared = schema.get("type").get();
        if (declared instanceof JsonArray list) {
            list.items().forEach(t -> types.add(t.text()));
        } else {
            types.add(declared.text());
        }
        if (types.stream().noneMatch(t -> hasType(value, t))) {
            List<String> names = new ArrayList<>();
            types.forEach(t -> names.add(typeName(t)));
            throw new SettingProblem(value.span(), label(path) + " must be " + String.join(" or ", names) + ", found "
                    + found(value));
        }
    }

    private void enumeration(JsonValue value, List<JsonValue> allowed, String path) throws SettingProblem {
        for (JsonValue a : allowed) {
            if (same(value, a)) {
                return;
            }
        }
        List<String> words = new ArrayList<>();
        allowed.stream().filter(JsonString.class::isInstance).forEach(a -> words.add(a.text()));
        String text = value instanceof JsonBoolean b ? (b.value() ? "on" : "off") : value.text();
        String hint = suggestion(text, words).map(best -> "; did you mean `" + best + "`?").orElse("");
        throw new SettingProblem(value.span(), label(path) + " must be one of " + String.join(", ", words)
                + "; found `" + text + "`" + hint);
    }

    /** A near value, or the only one an abbreviation starts ({@code warn} → {@code warning}, {@code taskdef}). */
    private static Optional<String> suggestion(String text, List<String> words) {
        Optional<String> near = Levenshtein.closest(text, words, Math.max(1, text.length() / 3));
        if (near.isPresent() || text.length() < 3) {
            return near;
        }
        String bare = text.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        List<String> started = words.stream()
                .filter(w -> w.toLowerCase(java.util.Locale.ROOT).replace("-", "").startsWith(bare)).toList();
        return started.size() == 1 ? Optional.of(started.get(0)) : Optional.empty();
    }

    /**
     * {@code anyOf}/{@code oneOf}: the first alternative whose type fits the value decides (the schemas never
     * offer two alternatives of one type); when none fits, the message names every type allowed.
     */
    private void alternative(JsonValue value, List<JsonValue> alternatives, String file, String path)
            throws SettingProblem {
        List<String> names = new ArrayList<>();
        for (JsonValue a : alternatives) {
            JsonObject schema = a.asObject().orElseThrow();
            Target target = schema.string("$ref").map(ref -> resolve(file, ref)).orElse(new Target(file, schema));
            Set<String> types = declaredTypes(target.schema());
            if (types.isEmpty() || types.stream().anyMatch(t -> hasType(value, t))) {
                check(value, target.schema(), target.file(), path);
                return;
            }
            types.forEach(t -> names.add(typeName(t)));
        }
        throw new SettingProblem(value.span(), label(path) + " must be " + String.join(" or ", names) + ", found "
                + found(value));
    }

    /** The types a schema admits, from {@code type} or, for an enumeration, from its values. */
    private static Set<String> declaredTypes(JsonObject schema) {
        Set<String> types = new TreeSet<>();
        schema.get("type").ifPresent(t -> {
            if (t instanceof JsonArray list) {
                list.items().forEach(i -> types.add(i.text()));
            } else {
                types.add(t.text());
            }
        });
        if (types.isEmpty()) {
            for (JsonValue v : schema.array("enum")) {
                types.add(v instanceof JsonString ? "string" : v instanceof JsonBoolean ? "boolean"
                        : v instanceof JsonNumber ? "number" : "null");
            }
        }
        return types;
    }

    private static boolean hasType(JsonValue value, String type) {
        switch (type) {
            case "object":
                return value instanceof JsonObject;
            case "array":
                return value instanceof JsonArray;
            case "string":
                return value instanceof JsonString;
            case "boolean":
                return value instanceof JsonBoolean;
            case "null":
                return value instanceof JsonNull;
            case "number":
                return value instanceof JsonNumber;
            case "integer":
                return value instanceof JsonNumber n && n.decimal().map(d -> d.stripTrailingZeros().scale() <= 0)
                        .orElse(false);
            default:
                throw new IllegalStateException("unknown type in schema: " + type);
        }
    }

    private static String typeName(String type) {
        switch (type) {
            case "object":
                return "a mapping";
            case "array":
                return "a list";
            case "integer":
                return "a whole number";
            case "boolean":
                return "true or false";
            default:
                return "a " + type;
        }
    }

    /** JSON equality of scalars, as {@code enum} and {@code const} compare. */
    private static boolean same(JsonValue value, JsonValue allowed) {
        if (value instanceof JsonNumber a && allowed instanceof JsonNumber b) {
            return a.decimal().isPresent() && b.decimal().isPresent() && a.decimal().get().compareTo(b.decimal().get()) == 0;
        }
        return value.getClass() == allowed.getClass() && !(value instanceof JsonObject) && !(value instanceof JsonArray)
                && value.text().equals(allowed.text());
    }

    private static String found(JsonValue value) {
        if (value instanceof JsonObject) {
            return "a mapping";
        }
        if (value instanceof JsonArray) {
            return "a list";
        }
        return value.typeName() + (value instanceof JsonNull ? "" : " `" + value.text() + "`");
    }

    private static int intOf(JsonObject schema, String keyword) {
        return schema.get(keyword).filter(JsonNumber.class::isInstance)
                .flatMap(n -> ((JsonNumber) n).decimal()).map(BigDecimal::intValue).orElse(0);
    }

    private String label(String path) {
        return path.isEmpty() ? documentName : path;
    }

    /** A schema and the file it is in (references are resolved against that file). */
    private record Target(String file, JsonObject schema) { }

    /** {@code #/definitions/x} in the same file, or {@code other.schema.json#/definitions/x} beside it. */
    private static Target resolve(String file, String ref) {
        int hash = ref.indexOf('#');
        String target = file;
        if (hash != 0) {
            String name = hash < 0 ? ref : ref.substring(0, hash);
            target = name.endsWith(".schema.json") ? name.substring(0, name.length() - ".schema.json".length()) : name;
        }
        JsonValue at = document(target);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        for (String part : pointer.split("/")) {
            if (!part.isEmpty()) {
                at = at.asObject().flatMap(o -> o.get(part))
                        .orElseThrow(() -> new IllegalStateException("unresolved $ref " + ref + " in " + file));
            }
        }
        return new Target(target, at.asObject().orElseThrow(() -> new IllegalStateException(ref + " is no schema")));
    }
}
