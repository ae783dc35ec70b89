package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.ContentClassifier;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Example;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.RuleSet;
import dev.ecslint.core.testing.ExpectationParser;
import dev.ecslint.core.testing.RuleScenarios;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The catalog is complete and honest: registered, described, exemplified and tested. */
class RuleCatalogTest {

    private static final Path SERVICES = Path.of("src/main/resources/META-INF/services/dev.ecslint.core.model.RuleSet");

    private final RuleRegistry registry = BuiltInRules.registry();

    @Test
    void everyRuleClassIsInExactlyOneRegisteredRuleSetOfItsSubjectType() throws ReflectiveOperationException, IOException {
        List<String> listed = Files.readAllLines(SERVICES, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
        assertThat(listed).as("META-INF/services is sorted, without repeats").isSorted().doesNotHaveDuplicates();
        List<String> ruleClasses = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Rule.class")).collect(Collectors.toList())) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (Rule.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && !type.isInterface()) {
                    ruleClasses.add(name);
                }
            }
        }
        List<String> inSets = new ArrayList<>();
        for (String setClass : listed) {
            RuleSet set = (RuleSet) Class.forName(setClass).getDeclaredConstructor().newInstance();
            for (Rule<?> rule : set.rules()) {
                inSets.add(rule.getClass().getName());
                assertThat(set.subjectTypes()).as(rule.getClass().getSimpleName() + " inspects a type of its set")
                        .contains(rule.subjectType());
            }
        }
        assertThat(inSets).as("every Rule class is created by exactly one registered RuleSet")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ruleClasses);
    }

    @Test
    void metadataIsComplete() {
        for (RuleMeta meta : registry.metas()) {
            String id = meta.id();
            assertThat(meta.title()).as(id + " title").isNotBlank().hasSizeLessThanOrEqualTo(70).doesNotEndWith(".");
            assertThat(meta.severity()).as(id + " severity").isNotNull();
            assertThat(meta.kinds()).as(id + " kinds").isNotEmpty();
            assertThat(meta.rationale()).as(id + " rationale").isNotBlank();
            assertThat(meta.fix()).as(id + " fix").isNotBlank();
            assertThat(meta.bad()).as(id + " bad examples").isNotEmpty();
            assertThat(meta.good()).as(id + " good examples").isNotEmpty();
            if (!id.startsWith("E")) {
                assertThat(meta.references()).as(id + " references").isNotEmpty();
            }
        }
    }

    @Test
    void everyRuleHasAFiringAndASilentScenario() throws IOException {
        RuleScenarios scenarios = BuiltInRules.scenarios();
        Map<String, List<Path>> byRule = scenarios.scenarios();
        List<String> problems = new ArrayList<>();
        for (RuleMeta meta : registry.metas()) {
            List<Path> files = byRule.getOrDefault(meta.id(), List.of());
            int firing = 0;
            int silent = 0;
            for (Path file : files) {
                boolean expectsFinding = ExpectationParser.read(file).stream()
                        .anyMatch(e -> e.ruleId().equals(meta.id()));
                if (expectsFinding) {
                    firing++;
                } else {
                    silent++;
                }
            }
            if (firing == 0 || silent == 0) {
                problems.add(meta.id() + ": " + firing + " firing and " + silent + " silent scenarios");
            }
        }
        assertThat(problems).as("rules need at least one firing and one near-miss scenario").isEmpty();
    }

    /**
     * Every source a rule says it reads (CloudFormation, compose) has a failing example written in that source
     * among the rule's examples, so docs/rules.md shows the rule in each of them (and the next test runs it).
     */
    @Test
    void everyRuleShowsAFailingExamplePerSourceItReads() {
        List<String> missing = new ArrayList<>();
        for (RuleMeta meta : registry.metas()) {
            for (DocumentKind source : List.of(DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)) {
                if (meta.id().startsWith("E") || !meta.kinds().contains(source)) {
                    continue;
                }
                boolean shown = false;
                for (Example bad : meta.bad()) {
                    shown |= kindOf(bad) == source;
                }
                if (!shown) {
                    missing.add(meta.id() + " reads " + source.label() + " but shows no failing example in it");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static DocumentKind kindOf(Example example) {
        String name = example.fileName();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            return DocumentKind.UNKNOWN;
        }
        try {
            JsonValue root = name.endsWith(".json") ? LocatedJsonReader.read(example.code())
                    : LocatedYamlReader.read(example.code());
            return ContentClassifier.classify(name, root);
        } catch (ParseProblem e) {
            return DocumentKind.UNKNOWN; // an engine rule's example of a broken file
        }
    }

    /** The examples in the metadata are what --explain and docs/rules.md show: they must tell the truth. */
    @TestFactory
    Stream<DynamicTest> examplesInTheMetadataBehaveAsDocumented() {
        RuleScenarios scenarios = BuiltInRules.scenarios();
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMeta meta : registry.metas()) {
            for (Example bad : meta.bad()) {
                tests.add(DynamicTest.dynamicTest(meta.id() + " bad " + bad.fileName(), () -> assertThat(
                        scenarios.lintText(meta.id(), bad.fileName(), bad.code()))
                        .as(meta.id() + " must fire on its bad example").isNotEmpty()));
            }
            for (Example good : meta.good()) {
                tests.add(DynamicTest.dynamicTest(meta.id() + " good " + good.fileName(), () -> assertThat(
                        scenarios.lintText(meta.id(), good.fileName(), good.code()))
                        .as(meta.id() + " must stay silent on its good example").isEmpty()));
            }
        }
        return tests.stream();
    }
}
