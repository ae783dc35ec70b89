package dev.ecslint.core.custom;

import dev.ecslint.core.config.ConfigSchema;
import dev.ecslint.core.custom.PathExpression.Index;
import dev.ecslint.core.custom.PathExpression.Key;
import dev.ecslint.core.custom.PathExpression.Step;
import dev.ecslint.core.custom.PathExpression.Wildcard;
import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shape of a document as its JSON Schema describes it, asked one question: can a path ever select
 * something? The schemas are the ones E002 validates against ({@code schemas/<name>.schema.json} on the
 * class path), so a custom rule's path and the validation never disagree about what a task definition
 * holds. A key step must be one of the properties the schema lists (or the schema leaves the object
 * open: {@code additionalProperties} with a schema, or no properties at all); {@code [n]} needs an array;
 * {@code *} an array or an object. {@code $ref}, {@code allOf}/{@code anyOf}/{@code oneOf} and
 * {@code if}/{@code then}/{@code else} are followed into every branch. Schemas are read once per class
 * loader with the streaming parser, never with the validator, so the check costs little at start-up.
 */
final class SchemaShape {

    private static final Map<ClassLoader, Map<String, Optional<JsonObject>>> CACHE = new ConcurrentHashMap<>();

    private static final int MAX_KEYS_LISTED = 15;

    private final JsonObject document;
    private final List<JsonObject> roots;

    private SchemaShape(JsonObject document, List<JsonObject> roots) {
        this.document = document;
        this.roots = List.copyOf(roots);
    }

    /**
     * The shape of the subjects of one kind: schema {@code name}, entered at the given JSON pointers (the
     * subject is the document itself, {@code ""}, or a definition inside, such as {@code /$defs/input}).
     * Empty when the schema is not on the class path.
     */
    static Optional<SchemaShape> load(ClassLoader loader, String name, List<String> subjectPointers) {
        Optional<JsonObject> document = CACHE.computeIfAbsent(loader, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> read(loader, n));
        return document.map(d -> {
            List<JsonObject> roots = new ArrayList<>();
            for (String pointer : subjectPointers) {
                resolve(d, "#" + pointer).ifPresent(roots::add);
            }
            return new SchemaShape(d, roots);
        });
    }

    private static Optional<JsonObject> read(ClassLoader loader, String name) {
        String resource = "schemas/" + name + ".schema.json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonValue schema = LocatedJsonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return schema.asObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled schema " + resource, e);
        } catch (ParseProblem e) {
            throw new IllegalStateException("the bundled schema " + resource + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** Why a path can never select anything: the step at fault and a sentence that says how to fix it. */
    record Mismatch(int step, Message message) { }

    Optional<Mismatch> check(PathExpression path) {
        Set<JsonObject> current = expand(roots);
        for (int i = 0; i < path.steps().size(); i++) {
            if (current.stream().anyMatch(SchemaShape::isOpen)) {
                return Optional.empty();
            }
            Step step = path.steps().get(i);
            Set<JsonObject> next = expand(children(current, step));
            if (next.isEmpty()) {
                return Optional.of(new Mismatch(i, explain(path, i, current, step)));
            }
            current = next;
        }
        return Optional.empty();
    }

    /** The JSON types the values a path selects may have ({@code string}, {@code array}, …); empty: any. */
    Set<String> typesAt(PathExpression path) {
        Set<JsonObject> current = expand(roots);
        for (Step step : path.steps()) {
            if (current.stream().anyMatch(SchemaShape::isOpen)) {
                return Set.of();
            }
            current = expand(children(current, step));
        }
        Set<String> types = new TreeSet<>();
        for (JsonObject s : current) {
            Set<String> own = types(s);
            if (own.isEmpty()) {
                return Set.of();
            }
            types.addAll(own);
        }
        return types;
    }

    private List<JsonObject> children(Set<JsonObject> schemas, Step step) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject s : schemas) {
            Set<String> types = types(s);
            if (step instanceof Key k && allows(types, "object")) {
                Optional<JsonObject> property = s.object("properties").flatMap(p -> p.object(k.name()));
                if (property.isPresent()) {
                    out.add(property.get());
                } else if (!s.has("properties")) {
                    additional(s).ifPresent(out::add);
                }
            } else if (step instanceof Index && allows(types, "array")) {
                items(s).ifPresent(out::add);
            } else if (step instanceof Wildcard) {
                if (allows(types, "array")) {
                    items(s).ifPresent(out::add);
                }
                if (allows(types, "object")) {
                    s.object("properties").ifPresent(p -> p.members().values()
                            .forEach(m -> m.value().asObject().ifPresent(out::add)));
                    additional(s).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The schema of members the object does not list; an object that lists none takes any member. */
    private static Optional<JsonObject> additional(JsonObject s) {
        Optional<JsonValue> additional = s.get("additionalProperties");
        if (additional.isEmpty()) {
            return s.has("properties") ? Optional.empty() : Optional.of(OPEN);
        }
        if (additional.get() instanceof JsonBoolean b) {
            return b.value() ? Optional.of(OPEN) : Optional.empty();
        }
        return additional.get().asObject();
    }

    private static Optional<JsonObject> items(JsonObject s) {
        Optional<JsonValue> items = s.get("items");
        if (items.isEmpty() || items.get() instanceof JsonBoolean b && b.value()) {
            return Optional.of(OPEN);
        }
        return items.get().asObject();
    }

    /** A schema that says nothing about what is below: every path through it may match. */
    private static final JsonObject OPEN = new JsonObject(dev.ecslint.core.model.Span.START, "", Map.of());

    private static boolean isOpen(JsonObject s) {
        return s == OPEN || s.members().keySet().stream().noneMatch(SHAPING::contains);
    }

    private static final Set<String> SHAPING = Set.of("type", "properties", "additionalProperties", "items", "enum",
            "const", "$ref", "allOf", "anyOf", "oneOf", "if", "then", "else");

    /** The declared types; an object with properties is an object, with items an array. Empty: any type. */
    private static Set<String> types(JsonObject s) {
        Set<String> types = new TreeSet<>();
        s.get("type").ifPresent(t -> {
            if (t instanceof JsonString one) {
                types.add(one.value());
            } else {
                t.elements().forEach(e -> types.add(e.text()));
            }
        });
        if (types.isEmpty() && s.has("properties")) {
            types.add("object");
        }
        if (types.isEmpty() && s.has("items")) {
            types.add("array");
        }
        if (types.isEmpty() && s.get("enum").isPresent()) {
            s.array("enum").forEach(v -> types.add(jsonType(v)));
        }
        return types;
    }

    private static String jsonType(JsonValue v) {
        return v instanceof JsonObject ? "object" : v instanceof JsonArray ? "array"
                : v instanceof JsonString ? "string" : v instanceof JsonBoolean ? "boolean"
                : v instanceof JsonValue.JsonNull ? "null" : "number";
    }

    private static boolean allows(Set<String> types, String type) {
        return types.isEmpty() || types.contains(type);
    }

    /** The schemas and every schema they refer to or combine, each once. */
    private Set<JsonObject> expand(List<JsonObject> schemas) {
        Set<JsonObject> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<JsonObject> todo = new ArrayList<>(schemas);
        while (!todo.isEmpty()) {
            JsonObject s = todo.remove(todo.size() - 1);
            if (!out.add(s)) {
                continue;
            }
            s.string("$ref").flatMap(ref -> resolve(document, ref)).ifPresent(todo::add);
            for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
                s.array(combinator).forEach(v -> v.asObject().ifPresent(todo::add));
            }
            s.object("then").ifPresent(todo::add);
            s.object("else").ifPresent(todo::add);
        }
        // a schema that only refers or combines adds no members of its own: keep it out of the checks
        out.removeIf(s -> s != OPEN && !s.members().isEmpty() && s.members().keySet().stream()
                .allMatch(k -> k.equals("$ref") || k.equals("allOf") || k.equals("anyOf") || k.equals("oneOf")
                        || k.equals("if") || k.equals("then") || k.equals("else") || k.startsWith("$")
                        || k.equals("title") || k.equals("description")));
        return out;
    }

    /** A local reference ({@code #/$defs/input}); references to other documents are not followed. */
    private static Optional<JsonObject> resolve(JsonObject document, String ref) {
        if (!ref.startsWith("#")) {
            return Optional.empty();
        }
        JsonValue at = document;
        for (String part : ref.substring(1).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String key = part.replace("~1", "/").replace("~0", "~");
            Optional<JsonValue> next = at.asObject().flatMap(o -> o.get(key));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
        }
        return at.asObject();
    }

    private Message explain(PathExpression path, int stepIndex, Set<JsonObject> schemas, Step step) {
        Message where = stepIndex == 0 ? Message.of("custom.shape.theDocument")
                : Message.literal("{prefix}").code("prefix", path.prefix(stepIndex));
        Set<String> types = new TreeSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (JsonObject s : schemas) {
            types.addAll(types(s));
            s.object("properties").ifPresent(p -> keys.addAll(p.members().keySet()));
        }
        boolean object = types.contains("object");
        boolean array = types.contains("array");
        if (step instanceof Key k && object) {
            Optional<String> best = Levenshtein.closest(k.name(), keys, Math.max(2, k.name().length() / 3));
            if (best.isEmpty() && !keys.isEmpty() && keys.size() <= MAX_KEYS_LISTED) {
                return Message.of("custom.shape.noKeyListed").phrase("where", where).code("key", k.name())
                        .verbatim("keys", String.join(", ", new TreeSet<>(keys)));
            }
            return Message.of("custom.shape.noKey").phrase("where", where).code("key", k.name())
                    .phrase("hint", ConfigSchema.didYouMean(best));
        }
        if (step instanceof Key k && array) {
            return Message.of("custom.shape.isList").phrase("where", where)
                    .code("path", path.prefix(stepIndex) + "[*]." + k.name());
        }
        if (step instanceof Index && object) {
            return Message.of("custom.shape.isObject").phrase("where", where);
        }
        return Message.of(step instanceof Key ? "custom.shape.noKeys" : "custom.shape.noElements")
                .phrase("where", where).phrase("types", CustomTexts.types(types));
    }
}
