package dev.ecslint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.engine.JacksonTree;
import dev.ecslint.core.grade.RubricException;
import dev.ecslint.core.grade.RubricLoader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.testing.RunInstructionRule;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published schemas of {@code .ecslint.yaml} and rubrics against the loaders that apply them: they use
 * only keywords the loaders' interpreter knows, a conforming validator (networknt, as editors would) agrees
 * with the loaders on what is valid, and their enumerations are the ones the code knows.
 */
class ConfigSchemaTest {

    private static final String ID_PREFIX =
            "https://raw.githubusercontent.com/ecslint/ecslint/main/linter-core/src/main/resources/schemas/";
    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();

    private final RuleRegistry registry = new RuleRegistry(List.of(new RunInstructionRule()));

    @Test
    void theSchemasUseOnlyKeywordsTheLoadersApply() {
        for (String name : List.of(ConfigSchema.CONFIG, ConfigSchema.RUBRIC, ConfigSchema.CUSTOM_RULES)) {
            List<String> unknown = new ArrayList<>();
            keywords(ConfigSchema.document(name), "#", unknown);
            assertThat(unknown).as(name).isEmpty();
        }
    }

    private static void keywords(JsonObject schema, String at, List<String> unknown) {
        for (JsonValue.Member m : schema.members().values()) {
            String key = m.key();
            if (!ConfigSchema.KEYWORDS.contains(key) && !ConfigSchema.ANNOTATIONS.contains(key)) {
                unknown.add(at + "/" + key);
            }
            if (key.equals("properties") || key.equals("definitions")) {
                m.value().asObject().ifPresent(o -> o.members().values().forEach(
                        s -> s.value().asObject().ifPresent(sub -> keywords(sub, at + "/" + key + "/" + s.key(), unknown))));
            } else if (key.equals("items") || key.equals("additionalProperties")) {
                m.value().asObject().ifPresent(sub -> keywords(sub, at + "/" + key, unknown));
            } else if (key.equals("anyOf") || key.equals("oneOf")) {
                m.value().elements().forEach(e -> e.asObject().ifPresent(sub -> keywords(sub, at + "/" + key, unknown)));
            }
        }
    }

    @Test
    void aConformingValidatorAgreesWithTheConfigurationLoader() throws Exception {
        List<String> valid = List.of(
                "",
                "failOn: none\nrules: {XT001: off, run-instruction: error}\ninlineIgnores: deny\n",
                "ignore:\n  - paths: [\"legacy/**\"]\n    rules: [XT001]\n    pointers: [/containerDefinitions/0]\n",
                "secrets: {extraNames: [\"(?i).*_pin$\"], allowNames: [X]}\ntrustedRegistries: [a]\nbaseline: b.json\n",
                customRule("given: final.user\nthen: {present: true, notIn: [root, 0]}\nmessage: {en: x, ko: y}\n"
                        + "when: [{path: \"final.exposedPorts[*]\", present: true}]\nfix: f\n"),
                customRule("given: instructions[*].keyword\nthen: {notEquals: ADD}\nmessage: m\nseverity: style\n"));
        List<String> invalid = List.of(
                "failOn: sometimes\n",
                "rules: {XT001: loud}\n",
                "ignores: []\n",
                "ignore: [{pathz: [a]}]\n",
                "trustedRegistries: ecr\n",
                "secrets: {extraName: []}\n",
                customRule("given: final.user\nthen: {present: true}\n"),
                customRule("given: final.user\nthen: {}\nmessage: m\n"),
                customRule("given: final.user\nthen: {equal: x}\nmessage: m\n"),
                customRule("given: final.user\nthen: {present: false}\nmessage: m\n"),
                customRule("given: final.user\nthen: {in: x}\nmessage: m\n"),
                customRule("given: final.user\nthen: {min: \"2\"}\nmessage: m\n"),
                customRule("given: final.user\nthen: {present: true}\nmessage: {fr: m}\n"),
                customRule("given: final.user\nthen: {present: true}\nmessage: m\nwhen: {present: true}\n"),
                customRule("given: final.user\nthen: {present: true}\nmessage: m\nseverity: fatal\n"),
                customRule("given: final.user\nthen: {present: true}\nmessage: m\n").replace("TEAM001", "team1"),
                customRule("given: final.user\nthen: {present: true}\nmessage: m\n").replace("team-rule", "TeamRule"),
                customRule("given: \"\"\nthen: {present: true}\nmessage: m\n"));
        Schema schema = networknt(ConfigSchema.CONFIG);
        ConfigLoader loader = new ConfigLoader(registry);
        for (String yaml : valid) {
            assertThat(schema.validate(JacksonTree.of(LocatedYamlReader.read(yaml)))).as(yaml).isEmpty();
            loader.parse(Path.of(".ecslint.yaml"), yaml); // does not throw
        }
        for (String yaml : invalid) {
            assertThat(schema.validate(JacksonTree.of(LocatedYamlReader.read(yaml)))).as(yaml).isNotEmpty();
            assertThat(rejects(() -> loader.parse(Path.of(".ecslint.yaml"), yaml))).as(yaml).isTrue();
        }
    }

    @Test
    void aConformingValidatorAgreesWithTheRubricLoader() throws Exception {
        String rubric = "total: 100\nartifacts:\n  - {name: Dockerfile, kind: dockerfile, points: 30}\n";
        List<String> valid = List.of(rubric,
                rubric + "deductions:\n  - {name: d, rules: XT001, severity: [error], points: 2.5, cap: 10}\n"
                        + "inlineIgnores: true\nlanguage: ko\nlimits: {maxFiles: 10}\nextraCredit: false\n",
                rubric + "customRules:\n  - {id: LAB001, name: lab-user, kind: dockerfile, given: final.user, "
                        + "then: {present: true}, message: m}\n"
                        + "deductions:\n  - {name: d, rules: [LAB001], points: 5, cap: 5}\n");
        List<String> invalid = List.of(
                "artifacts: []\n",
                rubric.replace("total: 100", "total: 0"),
                rubric.replace("kind: dockerfile", "kind: docker"),
                rubric + "limits: {maxFiles: 1.5}\n",
                rubric + "bonus:\n  - {name: b, kind: service, points: -1}\n",
                rubric + "inlineIgnores: sometimes\n",
                rubric + "customRules:\n  - {id: LAB001, kind: dockerfile, given: final.user, then: {present: true}}\n");
        Schema schema = networknt(ConfigSchema.RUBRIC);
        RubricLoader loader = new RubricLoader(registry);
        for (String yaml : valid) {
            assertThat(schema.validate(JacksonTree.of(LocatedYamlReader.read(yaml)))).as(yaml).isEmpty();
            loader.parse("rubric.yaml", yaml);
        }
        for (String yaml : invalid) {
            assertThat(schema.validate(JacksonTree.of(LocatedYamlReader.read(yaml)))).as(yaml).isNotEmpty();
            assertThat(rejects(() -> loader.parse("rubric.yaml", yaml))).as(yaml).isTrue();
        }
    }

    @Test
    void everyConfigurationAndRubricInTheRepositoryIsValid() throws IOException {
        Schema config = networknt(ConfigSchema.CONFIG);
        Schema rubric = networknt(ConfigSchema.RUBRIC);
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                Schema schema = name.equals(".ecslint.yaml") ? config : name.startsWith("rubric") ? rubric : null;
                if (schema != null) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    List<Error> errors = schema.validate(JacksonTree.of(read(text)));
                    assertThat(errors).as(file.toString()).isEmpty();
                    assertThat(text).as(file + " names its schema for editors")
                            .contains("# yaml-language-server: $schema=");
                }
            }
        }
    }

    @Test
    void theSchemasEnumerateWhatTheCodeKnows() {
        JsonObject rule = path(ConfigSchema.document(ConfigSchema.CUSTOM_RULES), "definitions", "customRule",
                "properties");
        assertThat(texts(path(rule, "severity"))).containsExactlyElementsOf(
                Arrays.stream(Severity.values()).map(Severity::label).toList());
        assertThat(texts(path(rule, "kind"))).containsExactly("dockerfile", "task-definition", "service", "cluster",
                "repository", "lifecycle-policy");
        JsonObject rubric = ConfigSchema.document(ConfigSchema.RUBRIC);
        Set<String> kinds = new TreeSet<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (k != DocumentKind.UNKNOWN) {
                kinds.add(k.label().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(new TreeSet<>(texts(path(rubric, "definitions", "kind")))).isEqualTo(kinds);
    }

    private static JsonObject path(JsonObject from, String... keys) {
        JsonObject at = from;
        for (String key : keys) {
            at = at.object(key).orElseThrow(() -> new AssertionError("no " + key));
        }
        return at;
    }

    private static List<String> texts(JsonObject schema) {
        return schema.array("enum").stream().map(JsonValue::text).toList();
    }

    private static String customRule(String body) {
        return "customRules:\n  - id: TEAM001\n    name: team-rule\n    kind: dockerfile\n" + body.indent(4);
    }

    private static JsonValue read(String yaml) {
        try {
            return LocatedYamlReader.read(yaml);
        } catch (dev.ecslint.core.json.ParseProblem e) {
            throw new AssertionError(e);
        }
    }

    private static boolean rejects(Attempt attempt) {
        try {
            attempt.run();
            return false;
        } catch (ConfigException | RubricException e) {
            return true;
        }
    }

    private interface Attempt {
        void run() throws ConfigException, RubricException;
    }

    /** The schema as an editor would load it: by its published URL, which here resolves to the class path. */
    private static Schema networknt(String name) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(iri -> iri.startsWith(ID_PREFIX) ? resource(iri.substring(ID_PREFIX.length()))
                        : null));
        return registry.getSchema(SchemaLocation.of(ID_PREFIX + name + ".schema.json"));
    }

    private static String resource(String file) {
        try (InputStream in = ConfigSchemaTest.class.getResourceAsStream("/schemas/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
