package dev.ecslint.core.config;

import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Message;
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
import java.util.EnumMap;
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
 * always used ("unknown key `ignore[].pathz`; did you mean `ignore[].paths`?"), as a message written in the
 * run's language ({@code settings.*} in ecslint's bundles; a pattern's hint in Korean is the schema's
 * {@code patternErrorMessageKo}).
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
            "default", "examples", "definitions", "patternErrorMessage", "patternErrorMessageKo");

    private static final Map<String, JsonObject> DOCUMENTS = new ConcurrentHashMap<>();

    private final String name;

    private ConfigSchema(String name) {
        this.name = name;
    }

    /** The schema {@code schemas/<name>.schema.json}; messages name the whole file {@code settings.document.<name>}. */
    public static ConfigSchema of(String name) {
        return new ConfigSchema(name);
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
        if (schema.has("const") && !value.sameScalarAs(schema.get("const").get())) {
            throw new SettingProblem(value.span(), problem("const", path).verbatim("value", schema.get("const").get().text())
                    .phrase("found", found(value)));
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
                Optional<String> best = Levenshtein.closest(m.key(), known, Math.max(1, m.key().length() / 3));
                Message message = best.map(near -> Message.of("settings.unknownKeySuggested")
                        .code("suggestion", prefix + near)).orElse(Message.of("settings.unknownKey"));
                throw new SettingProblem(m.keySpan(), message.code("key", prefix + m.key())
                        .verbatim("known", String.join(", ", known)));
            }
        }
        for (JsonValue required : schema.array("required")) {
            if (!object.has(required.text())) {
                throw new SettingProblem(object.span(), problem("required", path).code("key", required.text()));
            }
        }
        if (schema.has("minProperties") && object.members().size() < intOf(schema, "minProperties")) {
            throw new SettingProblem(object.span(), problem("empty", path));
        }
    }

    private void array(JsonArray array, JsonObject schema, String file, String path) throws SettingProblem {
        if (schema.has("minItems") && array.items().size() < intOf(schema, "minItems")) {
            throw new SettingProblem(array.span(), problem("empty", path));
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
            throw new SettingProblem(s.span(), problem("empty", path));
        }
        Optional<String> pattern = schema.string("pattern");
        if (pattern.isPresent() && !Pattern.compile(pattern.get()).matcher(s.value()).find()) {
            throw new SettingProblem(s.span(), problem("pattern", path).phrase("why", patternHint(schema, pattern.get()))
                    .code("found", s.value()));
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
            throw new SettingProblem(n.span(), problem(minimum.get().signum() == 0 ? "negative" : "atLeast", path)
                    .number("minimum", minimum.get()).verbatim("found", n.literal()));
        }
        Optional<BigDecimal> above = schema.get("exclusiveMinimum").filter(JsonNumber.class::isInstance)
                .flatMap(m -> ((JsonNumber) m).decimal());
        if (above.isPresent() && value.get().compareTo(above.get()) <= 0) {
            boolean integer = schema.string("type").filter("integer"::equals).isPresent();
            throw new SettingProblem(n.span(), problem(integer ? "wholeAbove" : "above", path)
                    .number("minimum", above.get()).verbatim("found", n.literal()));
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
            List<Message> names = new ArrayList<>();
            types.forEach(t -> names.add(typeName(t)));
            throw wrongType(value, names, path);
        }
    }

    private void enumeration(JsonValue value, List<JsonValue> allowed, String path) throws SettingProblem {
        for (JsonValue a : allowed) {
            if (value.sameScalarAs(a)) {
                return;
            }
        }
        List<String> words = new ArrayList<>();
        allowed.stream().filter(JsonString.class::isInstance).forEach(a -> words.add(a.text()));
        String text = value instanceof JsonBoolean b ? (b.value() ? "on" : "off") : value.text();
        Optional<String> best = suggestion(text, words);
        Message message = problem(best.isPresent() ? "enumSuggested" : "enum", path)
                .verbatim("values", String.join(", ", words)).code("found", text);
        throw new SettingProblem(value.span(), best.map(b -> message.code("suggestion", b)).orElse(message));
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
        List<Message> names = new ArrayList<>();
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
        throw wrongType(value, names, path);
    }

    private SettingProblem wrongType(JsonValue value, List<Message> names, String path) {
        return new SettingProblem(value.span(), wrongType(where(path), names, value));
    }

    /**
     * "{@code where} must be a mapping or a list, found a string `x`": a value of a type no schema allows,
     * as the schema and the loaders' own checks report it.
     */
    public static Message wrongType(Message where, List<Message> names, JsonValue value) {
        Message types = names.get(0);
        for (Message next : names.subList(1, names.size())) {
            types = Message.of("schema.or").phrase("first", types).phrase("second", next);
        }
        return Message.of("settings.type").phrase("where", where).phrase("types", types).phrase("found", found(value));
    }

    /** The schema's own words for a pattern ({@code patternErrorMessage}, in Korean {@code patternErrorMessageKo}). */
    private static Message patternHint(JsonObject schema, String pattern) {
        Optional<String> english = schema.string("patternErrorMessage");
        if (english.isEmpty()) {
            return Message.of("settings.mustMatch").verbatim("pattern", pattern);
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.EN, english.get());
        schema.string("patternErrorMessageKo").ifPresent(korean -> texts.put(Language.KO, korean));
        return Message.literal("settings.patternErrorMessage", texts);
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

    /** {@code ; did you mean `x`?} after a problem, or nothing when no suggestion is close. */
    public static Message didYouMean(Optional<String> suggestion) {
        return suggestion.map(best -> Message.of("configSchema.didYouMean").code("suggestion", best))
                .orElse(Message.literal(""));
    }

    /** "a mapping", "a list", "a whole number", "true or false", "a string", … of a schema's {@code type}. */
    public static Message typeName(String type) {
        return Message.of("settings.type." + type);
    }

    private static Message found(JsonValue value) {
        if (value instanceof JsonObject || value instanceof JsonArray || value instanceof JsonNull) {
            return typeName(value instanceof JsonObject ? "object" : value instanceof JsonArray ? "array" : "null");
        }
        return Message.of("schema.found.value").phrase("type", value.typePhrase()).code("value", value.text());
    }

    private static int intOf(JsonObject schema, String keyword) {
        return schema.get(keyword).filter(JsonNumber.class::isInstance)
                .flatMap(n -> ((JsonNumber) n).decimal()).map(BigDecimal::intValue).orElse(0);
    }

    /** {@code settings.<key>} about the value at {@code path}: the whole file when the path is empty. */
    private Message problem(String key, String path) {
        return Message.of("settings." + key).phrase("where", where(path));
    }

    private Message where(String path) {
        return path.isEmpty() ? Message.of("settings.document." + name) : place(path);
    }

    /** A key of the file ({@code ignore[].paths}) as messages name the place of a problem. */
    public static Message place(String path) {
        return Message.of("settings.path").verbatim("path", path);
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
