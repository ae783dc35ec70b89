package dev.ecslint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.LocatedJsonReader;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The document schemas' interpreter against networknt, the validator it replaced: every schema check the
 * readers ask for on the project's own test documents and examples, on the shared corpus when it is there,
 * and on mutations of all of them, yields the same errors in the same order, and so the same violations.
 */
class DocumentSchemaTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();
    private static final Path SCHEMAS = ROOT.resolve("rules/src/main/resources/schemas");
    private static final List<String> CORPUS_KINDS =
            List.of("taskdefs", "services", "lifecycle", "cloudformation", "compose", "terraform");
    private static final int MUTANTS_PER_CHECK = 12;

    private final ClassLoader schemas = schemaLoader();

    @Test
    void theDocumentSchemasUseOnlyKeywordsTheInterpreterApplies() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SCHEMAS)) {
            files = listed.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            List<String> unknown = new ArrayList<>();
            keywords(LocatedJsonReader.read(Files.readString(file)).asObject().orElseThrow(), "#", unknown);
            assertThat(unknown).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void aKeywordTheInterpreterDoesNotApplyIsFound() throws Exception {
        List<String> unknown = new ArrayList<>();
        keywords(LocatedJsonReader.read("{\"$defs\": {\"a\": {\"items\": {\"pattern\": \"x\"}}}}").asObject().orElseThrow(),
                "#", unknown);
        assertThat(unknown).containsExactly("#/$defs/a/items/pattern");
    }

    private static void keywords(JsonObject schema, String at, List<String> unknown) {
        for (Member m : schema.members().values()) {
            String key = m.key();
            if (!DocumentSchema.KEYWORDS.contains(key) && !DocumentSchema.ANNOTATIONS.contains(key)) {
                unknown.add(at + "/" + key);
            }
            switch (key) {
                case "properties", "$defs" -> m.value().asObject().ifPresent(o -> o.members().values().forEach(
                        s -> s.value().asObject().ifPresent(sub -> keywords(sub, at + "/" + key + "/" + s.key(), unknown))));
                case "items", "additionalProperties", "unevaluatedProperties", "if", "then", "else" ->
                        m.value().asObject().ifPresent(sub -> keywords(sub, at + "/" + key, unknown));
                default -> { }
            }
        }
    }

    @Test
    void theProjectsDocumentsAreValidatedAsNetworkntValidatesThem() throws IOException {
        Differential differential = lintAll(List.of(ROOT.resolve("rules/src/test/resources"), ROOT.resolve("examples")));
        assertThat(differential.seen).hasSizeGreaterThan(100);
        differential.assertAgrees();
    }

    @Test
    void theSharedCorpusIsValidatedAsNetworkntValidatesIt() throws IOException {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "no shared corpus here");
        Differential differential = lintAll(CORPUS_KINDS.stream().map(k -> Path.of(shared, "corpus", k)).toList());
        assertThat(differential.seen).hasSizeGreaterThan(100);
        differential.assertAgrees();
    }

    @Test
    void aBoundIsWordedAsNetworkntWordsIt() {
        JsonObject schema = object("{\"properties\": {\"a\": {\"maxItems\": 2, \"minItems\": 1500}, "
                + "\"n\": {\"minimum\": 0, \"maximum\": 1e3}, \"s\": {\"minLength\": 3, \"maxLength\": 1}}}");
        JsonValue document = object("{\"a\": [" + "1,".repeat(1199) + "1], \"n\": -1, \"s\": \"ab\"}");
        List<String> ours = new DocumentSchema(schema).errors(document).stream().map(SchemaError::detail).toList();
        assertThat(ours).containsExactly("must have at most 2 items but found 1,200",
                "must have at least 1,500 items but found 1,200", "must have a minimum value of 0",
                "must be at least 3 characters long", "must be at most 1 characters long");
        assertThat(comparable(new DocumentSchema(schema).errors(document)))
                .isEqualTo(comparable(new NetworkntChecker(toJson(schema)).errors(document)));
    }

    @Test
    void whatFailedSubschemasEvaluateIsUnevaluatedAsNetworkntHasIt() {
        JsonObject conditional = object("{\"if\": {\"properties\": {\"a\": {\"type\": \"string\"}}}, "
                + "\"then\": {\"properties\": {\"b\": {\"type\": \"integer\"}}}, \"else\": {\"properties\": {\"d\": {}}}, "
                + "\"unevaluatedProperties\": false}");
        JsonObject referring = object("{\"$defs\": {\"f\": {\"properties\": {\"a\": {\"maximum\": 1}, \"b\": {}}}}, "
                + "\"type\": \"object\", \"$ref\": \"#/$defs/f\", \"properties\": {\"c\": {\"enum\": [\"x\"]}}, "
                + "\"unevaluatedProperties\": false}");
        for (JsonObject schema : List.of(conditional, referring)) {
            for (String instance : List.of("{\"a\": \"x\", \"b\": 1, \"c\": 1}", "{\"a\": 1, \"b\": 1, \"d\": 1}",
                    "{\"a\": \"x\", \"b\": \"s\"}", "{\"a\": 2, \"b\": 1, \"c\": \"y\", \"e\": 1}")) {
                assertThat(comparable(DocumentSchema.asSpecified(schema).errors(object(instance)))).as(instance)
                        .isEqualTo(comparable(new NetworkntChecker(toJson(schema)).errors(object(instance))));
            }
        }
    }

    @Test
    void aPropertyDeclaredByAFailingSubschemaIsNotAlsoUnknown() {
        JsonObject referring = object("{\"$defs\": {\"f\": {\"properties\": {\"a\": {\"maximum\": 1}, \"b\": {}}}}, "
                + "\"type\": \"object\", \"$ref\": \"#/$defs/f\", \"properties\": {\"c\": {}}, "
                + "\"unevaluatedProperties\": false}");
        JsonValue instance = object("{\"a\": 2, \"b\": 1, \"c\": 1, \"e\": 1}");
        assertThat(new DocumentSchema(referring).errors(instance)).extracting(e -> e.keyword() + " " + e.location()
                + " " + e.property()).containsExactly("maximum [a] null", "unevaluatedProperties [] e");
        assertThat(DocumentSchema.asSpecified(referring).errors(instance)).extracting(e -> e.keyword() + " "
                + e.location() + " " + e.property()).containsExactly("maximum [a] null", "unevaluatedProperties [] a",
                "unevaluatedProperties [] b", "unevaluatedProperties [] e");
    }

    /** Lints every file below {@code roots} with the differential checker; each check is also mutated. */
    private Differential lintAll(List<Path> roots) throws IOException {
        Differential differential = new Differential();
        FileLinter linter = new FileLinter(new RuleRegistry(List.of()), Config.DEFAULTS,
                new SchemaValidation(schemas, differential::compile));
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                differential.file = root.relativize(file).toString();
                linter.lint(InputFile.onDisk(file, file.toString(), true)); // named: read by content whatever the name
            }
        }
        differential.mutate();
        return differential;
    }

    /** A node one schema checked, and the file it came from. */
    private record Seen(String schema, String file, JsonValue node) { }

    /** Runs both checkers on every node and keeps what differs; lint runs on with the interpreter's errors. */
    private final class Differential {
        final List<Seen> seen = new ArrayList<>();
        final List<String> differences = new ArrayList<>();
        final SchemaValidation ours = new SchemaValidation(schemas, (name, text, schema) -> DocumentSchema.asSpecified(schema));
        final SchemaValidation oracle = new SchemaValidation(schemas, NetworkntChecker.COMPILER);
        final Map<String, List<SchemaChecker>> checkers = new LinkedHashMap<>();
        final Map<String, JsonObject> schemaRoots = new LinkedHashMap<>();
        int declaredSiblingsSpared;
        String file;

        SchemaChecker compile(String name, String text, JsonObject schema) {
            schemaRoots.put(name, schema);
            SchemaChecker interpreter = DocumentSchema.asSpecified(schema);
            SchemaChecker networknt = new NetworkntChecker(text);
            SchemaChecker lint = new DocumentSchema(schema);
            checkers.put(name, List.of(interpreter, networknt, lint));
            return node -> {
                seen.add(new Seen(name, file, node));
                List<SchemaError> errors = interpreter.errors(node);
                compare(name, file, node, errors, networknt.errors(node));
                compareLint(name, file, schema, node, errors, lint.errors(node));
                return errors;
            };
        }

        /**
         * What the lint reports is the specified reading less unknown-property errors of properties the schema
         * declares, which a failed subschema left unevaluated: in order, and all of it where nothing failed.
         */
        void compareLint(String schema, String where, JsonObject schemaRoot, JsonValue node,
                         List<SchemaError> specified, List<SchemaError> lint) {
            Set<String> declared = SchemaValidation.allPropertyNames(schemaRoot);
            boolean somethingFailed = specified.stream().anyMatch(e -> !e.keyword().equals("unevaluatedProperties"));
            List<String> kept = comparable(lint);
            List<String> all = comparable(specified);
            int next = 0;
            boolean agrees = somethingFailed || kept.equals(all);
            for (int i = 0; i < all.size() && agrees; i++) {
                if (next < kept.size() && kept.get(next).equals(all.get(i))) {
                    next++;
                } else {
                    SchemaError spared = specified.get(i);
                    agrees = spared.keyword().equals("unevaluatedProperties") && declared.contains(spared.property());
                }
            }
            if (!agrees || next != kept.size()) {
                differences.add(where + " (" + schema + ") " + abbreviated(node) + "\n  lint:      " + kept
                        + "\n  specified: " + all);
            }
            if (specified.size() != lint.size()) {
                declaredSiblingsSpared++;
            }
        }

        void compare(String schema, String where, JsonValue node, List<SchemaError> interpreted,
                     List<SchemaError> expected) {
            if (!comparable(interpreted).equals(comparable(expected))) {
                differences.add(where + " (" + schema + ") " + abbreviated(node) + "\n  interpreter: "
                        + comparable(interpreted) + "\n  networknt:   " + comparable(expected));
                return;
            }
            for (boolean declared : new boolean[] {false, true}) {
                for (boolean drops : new boolean[] {false, true}) {
                    var check = new SubjectReader.SchemaCheck(schema, node, declared, drops);
                    List<SchemaValidation.Violation> a = ours.validate(check, SubjectReader.Naming.NONE);
                    List<SchemaValidation.Violation> b = oracle.validate(check, SubjectReader.Naming.NONE);
                    if (!a.equals(b)) {
                        differences.add(where + " (" + schema + ", declared " + declared + ", drops " + drops
                                + ") violations differ:\n  " + a + "\n  " + b);
                    }
                }
            }
        }

        /** Wrong types, unknown and missing keys, out-of-range numbers, lists too long or empty, expressions. */
        void mutate() {
            Random random = new Random(14);
            for (Seen s : List.copyOf(seen)) {
                SchemaChecker interpreter = checkers.get(s.schema()).get(0);
                SchemaChecker networknt = checkers.get(s.schema()).get(1);
                List<List<Object>> places = new ArrayList<>();
                places(s.node(), new ArrayList<>(), places);
                for (int i = 0; i < MUTANTS_PER_CHECK; i++) {
                    List<Object> place = places.get(random.nextInt(places.size()));
                    JsonValue mutant = Mutation.apply(s.node(), place, 0, random);
                    List<SchemaError> specified = interpreter.errors(mutant);
                    compare(s.schema(), s.file() + " mutated at " + place, mutant, specified, networknt.errors(mutant));
                    compareLint(s.schema(), s.file() + " mutated at " + place, schemaRoots.get(s.schema()), mutant,
                            specified, checkers.get(s.schema()).get(2).errors(mutant));
                }
            }
        }

        void assertAgrees() {
            assertThat(differences).as(differences.size() + " of " + seen.size() + " checks differ").isEmpty();
            assertThat(declaredSiblingsSpared).as("checks where the lint spares declared siblings").isPositive();
        }
    }

    private static void places(JsonValue node, List<Object> at, List<List<Object>> out) {
        out.add(List.copyOf(at));
        if (node instanceof JsonObject object) {
            for (String key : object.members().keySet()) {
                at.add(key);
                places(object.get(key).orElseThrow(), at, out);
                at.remove(at.size() - 1);
            }
        } else if (node instanceof JsonArray array) {
            for (int i = 0; i < array.items().size(); i++) {
                at.add(i);
                places(array.items().get(i), at, out);
                at.remove(at.size() - 1);
            }
        }
    }

    /** One random change at a place of a tree. */
    private static final class Mutation {

        static JsonValue apply(JsonValue node, List<Object> place, int depth, Random random) {
            if (depth == place.size()) {
                return change(node, random);
            }
            Object step = place.get(depth);
            if (node instanceof JsonObject object) {
                Map<String, Member> members = new LinkedHashMap<>(object.members());
                Member m = members.get((String) step);
                members.put(m.key(), new Member(m.key(), m.keySpan(), apply(m.value(), place, depth + 1, random)));
                return new JsonObject(object.span(), object.pointer(), members);
            }
            JsonArray array = (JsonArray) node;
            List<JsonValue> items = new ArrayList<>(array.items());
            items.set((Integer) step, apply(items.get((Integer) step), place, depth + 1, random));
            return new JsonArray(array.span(), array.pointer(), items);
        }

        private static JsonValue change(JsonValue node, Random random) {
            var span = node.span();
            String pointer = node.pointer();
            if (node instanceof JsonObject object && random.nextBoolean()) {
                Map<String, Member> members = new LinkedHashMap<>(object.members());
                List<String> keys = List.copyOf(members.keySet());
                switch (random.nextInt(4)) {
                    case 0 -> members.put("zzUnknown", new Member("zzUnknown", span, new JsonString(span, pointer, "x")));
                    case 1 -> {
                        if (!keys.isEmpty()) {
                            members.remove(keys.get(random.nextInt(keys.size())));
                        }
                    }
                    case 2 -> {
                        if (!keys.isEmpty()) {
                            String key = keys.get(random.nextInt(keys.size()));
                            String variant = Character.isUpperCase(key.charAt(0))
                                    ? Character.toLowerCase(key.charAt(0)) + key.substring(1)
                                    : Character.toUpperCase(key.charAt(0)) + key.substring(1);
                            members.put(variant, new Member(variant, span, members.remove(key).value()));
                        }
                    }
                    default -> {
                        if (!keys.isEmpty()) {
                            String key = keys.get(random.nextInt(keys.size()));
                            Member m = members.get(key);
                            members.put(key, new Member(key, m.keySpan(), expression(m.value())));
                        }
                    }
                }
                return new JsonObject(span, pointer, members);
            }
            if (node instanceof JsonArray array && random.nextBoolean()) {
                List<JsonValue> items = new ArrayList<>();
                if (random.nextBoolean() && !array.items().isEmpty()) {
                    for (int i = 0; i < 60; i++) {
                        items.add(array.items().get(i % array.items().size()));
                    }
                } else if (random.nextBoolean()) {
                    items.addAll(array.items());
                    items.add(expression(array));
                }
                return new JsonArray(span, pointer, items);
            }
            return switch (random.nextInt(16)) {
                case 0 -> new JsonString(span, pointer, "");
                case 1 -> new JsonString(span, pointer, "80");
                case 2 -> new JsonString(span, pointer, "${PORT}");
                case 3 -> new JsonString(span, pointer, "x".repeat(300));
                case 4 -> new JsonNumber(span, pointer, "-1");
                case 5 -> new JsonNumber(span, pointer, "1.5");
                case 6 -> new JsonNumber(span, pointer, "1.0");
                case 7 -> new JsonNumber(span, pointer, "70000");
                case 8 -> new JsonNumber(span, pointer, "123456789012345678901234567890");
                case 9 -> new JsonNumber(span, pointer, "NaN");
                case 10 -> new JsonBoolean(span, pointer, true);
                case 11 -> new JsonNull(span, pointer);
                case 12 -> new JsonObject(span, pointer, Map.of());
                case 13 -> new JsonArray(span, pointer, List.of(new JsonString(span, pointer, "a")));
                case 14 -> new JsonString(span, pointer, "ENABLED");
                default -> expression(node);
            };
        }

        private static JsonValue expression(JsonValue node) {
            return new JsonValue.JsonTagged(node.span(), node.pointer(), "Ref", new JsonString(node.span(), node.pointer(), "P"));
        }
    }

    /** An error as both checkers must give it, with each step's type (a name or an index). */
    private static List<String> comparable(List<SchemaError> errors) {
        return errors.stream().map(e -> e.keyword() + " at " + e.location().stream()
                        .map(step -> step instanceof Integer ? "[" + step + "]" : "." + step).collect(Collectors.joining())
                        + " property " + e.property() + " schema " + canonical(e.schemaNode()) + " detail " + e.detail())
                .toList();
    }

    /** JSON text with numbers by value: networknt's schema nodes are re-serialised by Jackson. */
    private static String canonical(JsonValue value) {
        if (value == null) {
            return "null!";
        } else if (value instanceof JsonObject object) {
            return object.members().values().stream().map(m -> m.key() + ":" + canonical(m.value()))
                    .collect(Collectors.joining(",", "{", "}"));
        } else if (value instanceof JsonArray array) {
            return array.items().stream().map(DocumentSchemaTest::canonical).collect(Collectors.joining(",", "[", "]"));
        } else if (value instanceof JsonNumber n) {
            return n.decimal().map(d -> d.stripTrailingZeros().toPlainString()).orElse(n.literal());
        } else if (value instanceof JsonString s) {
            return "\"" + s.value() + "\"";
        }
        return value.text();
    }

    private static String abbreviated(JsonValue node) {
        String text = canonical(node);
        return text.length() <= 300 ? text : text.substring(0, 297) + "…";
    }

    private static String toJson(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object.members().values().stream().map(m -> quoted(m.key()) + ":" + toJson(m.value()))
                    .collect(Collectors.joining(",", "{", "}"));
        } else if (value instanceof JsonArray array) {
            return array.items().stream().map(DocumentSchemaTest::toJson).collect(Collectors.joining(",", "[", "]"));
        } else if (value instanceof JsonString s) {
            return quoted(s.value());
        }
        return value.text();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static JsonObject object(String json) {
        try {
            return LocatedJsonReader.read(json).asObject().orElseThrow();
        } catch (dev.ecslint.core.json.ParseProblem e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The rules module's schemas, which linter-core's tests do not have on their class path. */
    private static ClassLoader schemaLoader() {
        try {
            return new URLClassLoader(new URL[] {ROOT.resolve("rules/src/main/resources/").toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
