package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code customRules:} in {@code .ecslint.yaml}, end to end through the command line: a custom rule takes
 * part in every report format, the catalog, explanations, severities, ignores and the baseline, and a
 * broken one stops the run with its place.
 */
class CustomRulesCliTest {

    @TempDir
    Path dir;

    private static final String CONFIG = """
            customRules:
              - id: LAB001
                name: lab-port-8080
                severity: error
                kind: task-definition
                given: containerDefinitions[*].portMappings[*].containerPort
                then: {equals: 8080}
                when: {path: "requiresCompatibilities[*]", equals: FARGATE}
                message: "container port {value} is not 8080, the port the lab's load balancer expects"
                fix: "Set containerPort to 8080."
              - id: LAB002
                name: lab-family-prefix
                kind: task-definition
                given: family
                then: {present: true, matches: "^lab3-"}
                message: "family {value} does not start with lab3-"
            """;

    private static final String TASK = """
            {
              "family": "web",
              "requiresCompatibilities": ["FARGATE"],
              "containerDefinitions": [
                {"name": "web", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}]}
              ]
            }
            """;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void findingsOfCustomRulesAreReportedLikeAnyOther() throws IOException {
        write(".ecslint.yaml", CONFIG);
        write("task.json", TASK);
        CliRun text = CliRun.in(dir, "task.json");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out()).contains("task.json:5:79  ERROR  LAB001 lab-port-8080  container port 80 is not 8080")
                .contains("task.json:2:13  WARNING  LAB002 lab-family-prefix  family web does not start with lab3-");

        JsonNode json = new ObjectMapper().readTree(CliRun.in(dir, "--format", "json", "task.json").out());
        JsonNode lab001 = null;
        for (JsonNode f : json.path("findings")) {
            if (f.path("ruleId").asText().equals("LAB001")) {
                lab001 = f;
            }
        }
        assertThat(lab001).isNotNull();
        assertThat(lab001.path("pointer").asText()).isEqualTo("/containerDefinitions/0/portMappings/0/containerPort");
        assertThat(lab001.path("fix").asText()).isEqualTo("Set containerPort to 8080.");
    }

    @Test
    void messagesAndFixesAreWrittenInTheRunsLanguage() throws IOException {
        write(".ecslint.yaml", CONFIG.replace("message: \"family {value} does not start with lab3-\"",
                "message: {en: \"family {value} does not start with lab3-\", ko: \"family {value}은/는 lab3-로 "
                        + "시작해야 합니다\"}"));
        write("task.json", TASK);
        CliRun korean = CliRun.in(dir, "--lang", "ko", "task.json");
        assertThat(korean.out()).contains("LAB002 lab-family-prefix  family web은 lab3-로 시작해야 합니다")
                .as("a generated fix is in Korean too").contains("`family` 값이 정규식 `^lab3-`에 맞도록 고치세요.")
                .as("a message in one language is shown in every language")
                .contains("container port 80 is not 8080");
        assertThat(CliRun.in(dir, "--lang", "en", "task.json").out())
                .contains("family web does not start with lab3-");
    }

    @Test
    void aSecretSelectedByAPathIsNeverShown() throws IOException {
        write(".ecslint.yaml", """
                customRules:
                  - id: TEAM010
                    name: no-literal-environment
                    kind: task-definition
                    given: containerDefinitions[*].environment[*].value
                    then: {absent: true}
                    message: "environment value {value} at {path}: use secrets"
                """);
        write("task.json", """
                {"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "environment": [
                  {"name": "DB_PASSWORD", "value": "hunter2-very-secret"},
                  {"name": "LOG_LEVEL", "value": "debug"}]}]}
                """);
        CliRun run = CliRun.in(dir, "task.json");
        assertThat(run.out()).contains("environment value hu*** at containerDefinitions[0].environment[0].value")
                .contains("environment value debug at containerDefinitions[0].environment[1].value")
                .as("not in the message, not in the code frame").doesNotContain("hunter2");
    }

    @Test
    void sarifDescribesTheCustomRuleFromItsDefinition() throws IOException {
        write(".ecslint.yaml", CONFIG);
        write("task.json", TASK);
        JsonNode sarif = new ObjectMapper().readTree(CliRun.in(dir, "--format", "sarif", "task.json").out());
        JsonNode descriptor = null;
        for (JsonNode rule : sarif.path("runs").path(0).path("tool").path("driver").path("rules")) {
            if (rule.path("id").asText().equals("LAB001")) {
                descriptor = rule;
            }
        }
        assertThat(descriptor).isNotNull();
        assertThat(descriptor.path("name").asText()).isEqualTo("lab-port-8080");
        assertThat(descriptor.path("shortDescription").path("text").asText())
                .isEqualTo("`containerPort` must equal 8080");
        assertThat(descriptor.path("fullDescription").path("text").asText())
                .startsWith("A custom rule defined in .ecslint.yaml (line 2)")
                .contains("It applies only when this holds: `requiresCompatibilities[*]` must equal FARGATE.");
        assertThat(descriptor.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(descriptor.has("helpUri")).as("docs/rules.md does not document it").isFalse();
    }

    @Test
    void everyFormatCarriesCustomFindings() throws IOException {
        write(".ecslint.yaml", CONFIG);
        write("task.json", TASK);
        for (String format : new String[] {"checkstyle", "junit", "gitlab", "github"}) {
            assertThat(CliRun.in(dir, "--format", format, "task.json").out()).as(format).contains("LAB001");
        }
    }

    @Test
    void theCatalogAndExplainIncludeTheWorkingDirectorysCustomRules() throws IOException {
        write(".ecslint.yaml", CONFIG);
        CliRun list = CliRun.in(dir, "--list-rules", "--family", "LAB");
        assertThat(list.out()).contains("LAB001  lab-port-8080      error     `containerPort` must equal 8080")
                .contains("LAB002  lab-family-prefix  warning   `family` must match `^lab3-`");
        CliRun explain = CliRun.in(dir, "--explain", "lab-family-prefix");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("LAB002 lab-family-prefix (warning, maintainability)")
                .contains("Why: A custom rule defined in .ecslint.yaml (line 11)")
                .contains("`family` must be present; `family` must match `^lab3-`")
                .contains("Fix: Set `family` to a value that matches `^lab3-`.");
        Path elsewhere = dir.resolve("conf");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("team.yaml"), CONFIG);
        Files.delete(dir.resolve(".ecslint.yaml"));
        assertThat(CliRun.in(dir, "--explain", "LAB001").exitCode()).isEqualTo(2);
        assertThat(CliRun.in(dir, "--config", "conf/team.yaml", "--explain", "LAB001").exitCode()).isZero();
    }

    @Test
    void severitiesIgnoresAndTheBaselineApply() throws IOException {
        write("task.json", TASK);
        write(".ecslint.yaml", CONFIG + "rules:\n  lab-port-8080: warning\n  LAB002: off\n");
        JsonNode overridden = new ObjectMapper().readTree(CliRun.in(dir, "--format", "json", "task.json").out());
        assertThat(overridden.path("findings")).filteredOn(f -> f.path("ruleId").asText().startsWith("LAB"))
                .extracting(f -> f.path("ruleId").asText() + " " + f.path("severity").asText())
                .containsExactly("LAB001 warning");

        write(".ecslint.yaml", CONFIG + "ignore:\n  - paths: [\"task.json\"]\n    rules: [LAB001, LAB002]\n");
        assertThat(CliRun.in(dir, "--format", "json", "task.json").out()).doesNotContain("\"ruleId\": \"LAB0");

        write(".ecslint.yaml", CONFIG + "baseline: .ecslint-baseline.json\n");
        assertThat(CliRun.in(dir, "baseline", "task.json").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve(".ecslint-baseline.json"))).contains("LAB001");
        CliRun adopted = CliRun.in(dir, "task.json");
        assertThat(adopted.out()).doesNotContain("LAB001 lab-port-8080");
        write("task.json", TASK.replace("\"containerDefinitions\": [\n", "\"containerDefinitions\": [\n"
                + "    {\"name\": \"sidecar\", \"image\": \"envoy:1.31\", \"portMappings\": [{\"containerPort\": 9901}]},\n"));
        assertThat(CliRun.in(dir, "task.json").out()).contains("container port 9901 is not 8080")
                .as("the recorded finding stays silent").doesNotContain("container port 80 is not");
    }

    @Test
    void aBrokenCustomRuleIsAConfigurationErrorWithItsPlace() throws IOException {
        write("task.json", TASK);
        write(".ecslint.yaml", CONFIG.replace("portMappings[*].containerPort", "portMapping[*].containerPort"));
        CliRun typo = CliRun.in(dir, "task.json");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).contains(".ecslint.yaml:6:36: given: `containerDefinitions[*].portMapping[*]"
                + ".containerPort` can never match a task definition: `containerDefinitions[*]` has no key "
                + "`portMapping`; did you mean `portMappings`?");
        write(".ecslint.yaml", CONFIG.replace("containerDefinitions[*].portMappings", "containerDefinitions.portMappings"));
        assertThat(CliRun.in(dir, "task.json").err()).contains("`containerDefinitions` is a list: write "
                + "`containerDefinitions[*].portMappings` for every element");
        write(".ecslint.yaml", CONFIG.replace("given: family", "given: Family"));
        assertThat(CliRun.in(dir, "task.json").err()).contains("the document has no key `Family`; did you mean "
                + "`family`?");
        write(".ecslint.yaml", CONFIG.replace("LAB002", "CT004"));
        assertThat(CliRun.in(dir, "task.json").err()).contains(":11:9: id CT004 is in the family CT of the "
                + "built-in rules");
        write(".ecslint.yaml", CONFIG.replace("name: lab-family-prefix", "name: secret-in-environment"));
        assertThat(CliRun.in(dir, "task.json").err()).contains(":12:11: name secret-in-environment is taken by "
                + "CT004");
    }

    @Test
    void theTeamPolicyExampleFindsWhatItsCommentsSay() throws IOException {
        Path root = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();
        JsonNode report = new ObjectMapper().readTree(CliRun.in(root, "--format", "json", "examples/custom-rules").out());
        List<String> custom = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            if (f.path("ruleId").asText().startsWith("ACME")) {
                custom.add(f.path("ruleId").asText() + " " + f.path("path").asText() + ":" + f.path("line").asInt());
            }
        }
        assertThat(custom).containsExactly(
                "ACME104 examples/custom-rules/Dockerfile:12",
                "ACME102 examples/custom-rules/Dockerfile:12",
                "ACME103 examples/custom-rules/service.json:13",
                "ACME101 examples/custom-rules/task-definition.json:12");
    }

    @Test
    void shapesComeFromTheSchemasOfEveryKind() throws IOException {
        write("task.json", TASK);
        String repository = """
                customRules:
                  - id: TEAM002
                    name: repository-owner-tag
                    kind: repository
                    given: tags[*].key
                    then: {present: true}
                    message: no owner tag
                """;
        write(".ecslint.yaml", repository);
        assertThat(CliRun.in(dir, "task.json").err()).contains(".ecslint.yaml:5:20: given: `tags[*].key` can never "
                + "match an ECR repository: `tags[*]` has no key `key`; did you mean `Key`?");
        write(".ecslint.yaml", repository.replace("kind: repository", "kind: service")
                .replace("tags[*].key", "deploymentConfiguration.deploymentCircuitBreaker.rollbak"));
        assertThat(CliRun.in(dir, "task.json").err()).contains("has no key `rollbak`; did you mean `rollback`?");
        write(".ecslint.yaml", repository.replace("kind: repository", "kind: lifecycle-policy")
                .replace("tags[*].key", "rules[*].selection.countNumber").replace("then: {present: true}",
                        "then: {min: 1, matches: x}"));
        CliRun fine = CliRun.in(dir, "task.json");
        assertThat(fine.err()).isEmpty();
        assertThat(fine.exitCode()).as("the built-in rules' findings").isEqualTo(1);
        write(".ecslint.yaml", repository.replace("kind: repository", "kind: cluster")
                .replace("tags[*].key", "settings[*]").replace("then: {present: true}", "then: {equals: x}"));
        assertThat(CliRun.in(dir, "task.json").err()).contains("given: `settings[*]` selects an object");
    }
}
