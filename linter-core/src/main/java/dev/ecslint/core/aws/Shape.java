package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.Placeholders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The keys of one AWS API shape with the type AWS gives each, used to recognise a document by evidence
 * rather than by one common key ({@code service}, {@code repository} and {@code rules} are everywhere:
 * Helm values, package.json, ESLint configurations).
 *
 * <p>A key whose value has the right type is evidence: {@link Weight#WEAK} for plain strings and arrays
 * any format could hold, {@link Weight#IDENTIFYING} for names, enums and structures particular to the
 * API, {@link Weight#DECISIVE} for what no other format writes (an ARN of the shape's own resource,
 * {@code containerDefinitions} holding containers). An object is of the shape when a decisive key is
 * there, or when one key identifies it and the keys that do not belong to the shape are few against the
 * evidence (none, for a document that only names itself). A key with the wrong type
 * is neither evidence nor foreign: the schema reports it (E002) once the document is recognised. A key
 * of a neighbouring shape ({@code count} of run-task input, next to a service's keys) rules it out.
 */
final class Shape {

    /** How much a key with the right type says about the document. */
    enum Weight {
        WEAK(1), IDENTIFYING(2), DECISIVE(8);

        final int points;

        Weight(int points) {
            this.points = points;
        }
    }

    /** The evidence one key the shape does not have takes away. */
    private static final int FOREIGN_KEY_COST = 4;

    private record Key(Predicate<JsonValue> type, Weight weight) { }

    private final Map<String, Key> keys;
    private final Set<String> excluding;

    private Shape(Map<String, Key> keys, Set<String> excluding) {
        this.keys = Map.copyOf(keys);
        this.excluding = Set.copyOf(excluding);
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * What an object says about being of this shape.
     *
     * @param foreign  keys the shape does not have
     * @param ruledOut a key of a neighbouring shape is there
     */
    record Evidence(int points, int foreign, boolean identified, boolean ruledOut) {
        static final Evidence NONE = new Evidence(0, 0, false, true);

        /** Enough to say the object is of the shape. */
        boolean conclusive() {
            return consistent() && (points >= Weight.DECISIVE.points || identified);
        }

        /**
         * Nothing against the shape: no excluding key, and each foreign key (a typo, a field AWS dropped) outweighed
         * by four points of evidence, so a real document with one stray key is still recognised.
         */
        boolean consistent() {
            return !ruledOut && points >= Math.min(Weight.DECISIVE.points, FOREIGN_KEY_COST * foreign);
        }
    }

    boolean matches(JsonValue value) {
        return weigh(value).conclusive();
    }

    Evidence weigh(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return Evidence.NONE;
        }
        int points = 0;
        int foreign = 0;
        boolean identified = false;
        for (Member m : object.members().values()) {
            if (excluding.contains(m.key())) {
                return Evidence.NONE;
            }
            Key key = keys.get(m.key());
            if (key == null) {
                foreign++;
            } else if (key.type().test(m.value())) {
                points += key.weight().points;
                identified |= key.weight() != Weight.WEAK;
            }
        }
        return new Evidence(points, foreign, identified, false);
    }

    /** True when every key of {@code object} is one of {@code allowed} (the wrapper objects of CLI outputs). */
    static boolean onlyKeys(JsonObject object, Set<String> allowed) {
        return allowed.containsAll(object.members().keySet());
    }

    static final class Builder {
        private final Map<String, Key> keys = new HashMap<>();
        private Set<String> excluding = Set.of();

        Builder weak(Predicate<JsonValue> type, String... names) {
            return add(type, Weight.WEAK, names);
        }

        Builder identifying(Predicate<JsonValue> type, String... names) {
            return add(type, Weight.IDENTIFYING, names);
        }

        Builder decisive(Predicate<JsonValue> type, String... names) {
            return add(type, Weight.DECISIVE, names);
        }

        /** Keys of neighbouring shapes: one of them means the document is not of this shape. */
        Builder excluding(String... names) {
            this.excluding = Set.of(names);
            return this;
        }

        private Builder add(Predicate<JsonValue> type, Weight weight, String... names) {
            for (String name : names) {
                keys.put(name, new Key(type, weight));
            }
            return this;
        }

        Shape build() {
            return new Shape(keys, excluding);
        }
    }

    // --- value types; a whole placeholder (${COUNT}, {{ count }}) stands for a value of any scalar type

    static final Predicate<JsonValue> ANY = v -> true;
    static final Predicate<JsonValue> STRING = v -> v instanceof JsonString;
    static final Predicate<JsonValue> OBJECT = v -> v instanceof JsonObject || placeholder(v);
    static final Predicate<JsonValue> ARRAY = v -> v instanceof JsonArray || placeholder(v);
    static final Predicate<JsonValue> BOOLEAN = v -> v instanceof JsonBoolean || placeholder(v);
    static final Predicate<JsonValue> INTEGER = v -> v instanceof JsonNumber n && n.literal().matches("-?\\d+")
            || placeholder(v);
    /** Task sizes: {@code 256}, {@code "256"}, {@code "1 vCPU"}, {@code "0.5 GB"}. */
    static final Predicate<JsonValue> SIZE = v -> v instanceof JsonNumber || v instanceof JsonString;
    static final Predicate<JsonValue> ACCOUNT_ID = v -> v instanceof JsonString s && s.value().matches("\\d{12}")
            || placeholder(v);

    static Predicate<JsonValue> oneOf(String... values) {
        Set<String> allowed = Set.of(values);
        return v -> v instanceof JsonString s && allowed.contains(s.value()) || placeholder(v);
    }

    /** An array of strings, each one of {@code values}. */
    static Predicate<JsonValue> stringsOf(String... values) {
        Set<String> allowed = Set.of(values);
        return v -> v instanceof JsonArray a && !a.items().isEmpty()
                && a.items().stream().allMatch(i -> i instanceof JsonString s && allowed.contains(s.value()));
    }

    static Predicate<JsonValue> strings() {
        return v -> v instanceof JsonArray a && !a.items().isEmpty() && a.items().stream().allMatch(STRING);
    }

    /** An object holding at least one of {@code keys}. */
    static Predicate<JsonValue> objectWith(String... keys) {
        List<String> any = List.of(keys);
        return v -> v instanceof JsonObject o && any.stream().anyMatch(o::has);
    }

    /** A non-empty array of objects, each holding at least one of {@code keys}. */
    static Predicate<JsonValue> objectsWith(String... keys) {
        Predicate<JsonValue> item = objectWith(keys);
        return v -> v instanceof JsonArray a && !a.items().isEmpty() && a.items().stream().allMatch(item);
    }

    /** An ARN of {@code service} naming a {@code resource} ({@code arn:aws:ecs:…:service/…}); never a placeholder. */
    static Predicate<JsonValue> arn(String serviceRegex, String resource) {
        Pattern pattern = Pattern.compile("arn:aws[a-z-]*:(" + serviceRegex + "):[a-z0-9-]*:[0-9]*:"
                + Pattern.quote(resource) + "[/:].*");
        return v -> v instanceof JsonString s && pattern.matcher(s.value()).matches();
    }

    static Predicate<JsonValue> matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return v -> v instanceof JsonString s && pattern.matcher(s.value()).find();
    }

    private static boolean placeholder(JsonValue v) {
        return v instanceof JsonString s && Placeholders.isWholeReference(s.value());
    }
}
