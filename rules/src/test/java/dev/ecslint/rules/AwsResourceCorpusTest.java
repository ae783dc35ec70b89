package dev.ecslint.rules;

import static dev.ecslint.core.testing.FindingText.english;
import static dev.ecslint.core.testing.FindingText.englishFix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real and hand-written lifecycle policies, services, clusters and repositories through the whole engine
 * with every rule enabled: nothing throws, the scenarios are structurally valid (their findings come from
 * the rule under test, not from E001/E002), the corpus yields E001 only for files that are not JSON, and
 * the examples' anti-patterns are reported while their fixed twins are clean.
 */
class AwsResourceCorpusTest {

    private static final Linter LINTER = new Linter(RuleRegistry.load(AwsResourceCorpusTest.class.getClassLoader()),
            AwsResourceCorpusTest.class.getClassLoader(), 1);

    @Test
    void scenariosAreValidDocumentsOfTheirKind() throws IOException {
        for (String kind : List.of("lifecycle-policy", "service", "cluster", "repository")) {
            for (Path file : files(Path.of("src/test/resources", kind))) {
                assertThat(engineFindings(file)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void everyCorpusLifecyclePolicyAndServiceIsReadWithoutException() throws IOException {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus")), "the shared corpus is absent");
        int read = 0;
        for (String folder : List.of("lifecycle", "services")) {
            for (Path file : files(Path.of(shared, "corpus", folder))) {
                List<Finding> engine = engineFindings(file);
                assertThat(engine).as(file.toString())
                        .noneMatch(f -> english(f).contains("bug in ecslint"))
                        .noneMatch(f -> f.ruleId().equals("E003"))
                        .allMatch(f -> !f.ruleId().equals("E001") || file.toString().contains("LifecyclePolicies.md"));
                read++;
            }
        }
        assertThat(read).isGreaterThan(20);
    }

    @Test
    void examplesShowTheAntiPatternsAndTheirFixedTwinsAreClean() {
        for (String example : List.of("lifecycle-policy.json", "service.json", "repository.json")) {
            Path bad = Path.of("..", "examples", example);
            Path good = Path.of("..", "examples", "good", example);
            assertThat(findings(bad)).as(bad.toString()).hasSizeGreaterThanOrEqualTo(3)
                    .allMatch(f -> !f.ruleId().startsWith("E"));
            assertThat(findings(good)).as(good.toString()).isEmpty();
        }
    }

    @Test
    void schemaViolationsInsideLifecyclePolicyTextPointIntoTheString() {
        String text = "{\"repositoryName\": \"web\",\n \"lifecyclePolicyText\": \"{\\\"rules\\\": [{\\\"rulePriority\\\": 1,"
                + " \\\"selection\\\": {\\\"tagStatus\\\": \\\"any\\\", \\\"countType\\\": \\\"imageCountMoreThen\\\","
                + " \\\"countNumber\\\": 5}, \\\"action\\\": {\\\"type\\\": \\\"expire\\\"}}]}\"}\n";
        assertThat(findings("policy.json", text)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("E002");
            assertThat(f.location().pointer()).isEqualTo("/lifecyclePolicyText/rules/0/selection/countType");
            assertThat(f.location().line()).isEqualTo(2);
            String line = text.split("\n")[1];
            assertThat(line.substring(f.location().column() - 1, f.location().endColumn() - 1))
                    .isEqualTo("\\\"imageCountMoreThen\\\"");
        });
    }

    @Test
    void oneWrongValueInAServiceIsOneSchemaViolationNotOnePerSibling() {
        String text = "{\n  \"cluster\": \"prod\",\n  \"serviceName\": \"web\",\n  \"taskDefinition\": \"web:3\",\n"
                + "  \"desiredCount\": \"two\",\n  \"launchType\": \"FARGATE\",\n  \"unknownKey\": 1\n}\n";
        List<Finding> schema = schemaViolations("service.json", text);
        assertThat(schema).extracting(f -> f.location().line() + " " + english(f)).containsExactly(
                "5 `desiredCount` must be a whole number, found the string `two`",
                "7 the document has an unknown property `unknownKey`; AWS rejects properties it does not know");
    }

    @Test
    void anUnknownPropertyOneTypoFromAKnownOneNamesIt() {
        String text = "{\n  \"cluster\": \"prod\", \"serviceName\": \"web\", \"taskDefinition\": \"web:3\",\n"
                + "  \"desiredcount\": 2,\n  \"loadBalancers\": [{\"targetGroupARN\": \"x\", \"containerName\": \"web\","
                + " \"containerPort\": 80}],\n  \"launchType\": \"FARGATE\", \"healthCheckGracePeriod\": 60\n}\n";
        List<Finding> schema = schemaViolations("service.json", text);
        assertThat(schema).extracting(f -> f.location().line() + " " + english(f)).containsExactly(
                "3 the document has an unknown property `desiredcount`; did you mean `desiredCount`? AWS rejects"
                        + " properties it does not know",
                "4 `loadBalancers[0]` has an unknown property `targetGroupARN`; did you mean `targetGroupArn`? AWS"
                        + " rejects properties it does not know",
                "5 the document has an unknown property `healthCheckGracePeriod`; AWS rejects properties it does not"
                        + " know");
        assertThat(schema).extracting(f -> englishFix(f)).containsExactly("Rename `desiredcount` to `desiredCount`.",
                "Rename `targetGroupARN` to `targetGroupArn`.", "Remove `healthCheckGracePeriod`, or rename it to a"
                        + " property this place accepts; property names are case-sensitive.");
    }

    @Test
    void aCloudFormationFixNamesTheKeysAsTheTemplateWritesThem() {
        String text = "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n"
                + "      ContainerDefinitions:\n        - Name: web\n          Imagee: nginx:1.27\n";
        List<Finding> schema = schemaViolations("template.yaml", text);
        assertThat(schema).extracting(f -> f.location().line() + " " + englishFix(f)).containsExactly(
                "6 Add `Image`, with the value the AWS API reference gives for it.", "7 Rename `Imagee` to `Image`.");
    }

    private static List<Finding> schemaViolations(String fileName, String text) {
        return findings(fileName, text).stream().filter(f -> f.ruleId().equals("E002")).toList();
    }

    private static List<Finding> findings(String fileName, String text) {
        return LINTER.lint(List.of(InputFile.inMemory(fileName, text)), f -> Config.DEFAULTS).activeFindings();
    }

    private static List<Finding> findings(Path file) {
        return LINTER.lint(List.of(InputFile.onDisk(file, file.toString(), true)), f -> Config.DEFAULTS)
                .activeFindings();
    }

    private static List<Finding> engineFindings(Path file) {
        return findings(file).stream().filter(f -> f.ruleId().startsWith("E")).toList();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
