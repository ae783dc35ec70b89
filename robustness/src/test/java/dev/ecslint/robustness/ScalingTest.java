package dev.ecslint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.report.Reporters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader and every rule family, fed inputs 10× and 100× larger, must not cost more than 10× and
 * 100× as much (with slack for constant costs): a quadratic helper shows up as ×100 between the last
 * two sizes. Cost is the bytes the linting thread allocates (its parse, rules, masking, snippets and
 * text report), a count that does not depend on the machine's speed or load; the module's tests run
 * without escape analysis (see its pom) so that every iteration's allocations count. The regular
 * expressions, whose backtracking allocates nothing, are audited by {@link RegexAuditTest}.
 */
class ScalingTest {

    /** Allowed growth beyond the input's between two sizes ten times apart. */
    private static final double SLACK = 1.6;

    private static final Linter LINTER = new Linter(RuleRegistry.load(ScalingTest.class.getClassLoader()),
            ScalingTest.class.getClassLoader(), 1);

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("Dockerfile: instructions (DF rules, parser, shell view)", "Dockerfile",
                        (IntFunction<String>) ScalingTest::dockerfile),
                Arguments.of("Dockerfile: one RUN of many commands", "Dockerfile",
                        (IntFunction<String>) ScalingTest::longRun),
                Arguments.of("task definition JSON (CT, TD rules, schema)", "task-definition.json",
                        (IntFunction<String>) n -> taskDefinition(n, "\n")),
                Arguments.of("task definition JSON on one line (masking, snippets, frames)", "task-definition.json",
                        (IntFunction<String>) n -> taskDefinition(n, "")),
                Arguments.of("task definition YAML (YAML reader)", "task-definition.yaml",
                        (IntFunction<String>) ScalingTest::taskDefinitionYaml),
                Arguments.of("services (SV rules)", "services.json", (IntFunction<String>) ScalingTest::services),
                Arguments.of("clusters (CL rules)", "clusters.json", (IntFunction<String>) ScalingTest::clusters),
                Arguments.of("repositories (RP rules)", "repositories.json",
                        (IntFunction<String>) ScalingTest::repositories),
                Arguments.of("lifecycle policy (LP rules)", "lifecycle-policy.json",
                        (IntFunction<String>) ScalingTest::lifecyclePolicy),
                Arguments.of("CloudFormation template (CloudFormation reader)", "template.yaml",
                        (IntFunction<String>) ScalingTest::cloudFormation),
                Arguments.of("compose file (compose recognition)", "compose.yaml",
                        (IntFunction<String>) ScalingTest::compose));
    }

    /**
     * Families measured super-linear, with whose change makes them linear, skipped by name until then
     * (add an entry only with an issue; remove it with the fix). Empty since every family is linear: the
     * two Dockerfile families (22× between 10× and 100× before [df]'s per-RUN views) and the lifecycle
     * policies (0.18 MB, 6.5 MB, 531 MB before LP007/LP011 read each selection once, compared prefix lists
     * without building patterns, and hashed tag lists instead of comparing every pair).
     */
    private static final Map<String, String> KNOWN_SUPER_LINEAR = Map.of();

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void costGrowsNoFasterThanTheInput(String family, String fileName, IntFunction<String> input) {
        Assumptions.assumeTrue(!KNOWN_SUPER_LINEAR.containsKey(family),
                () -> "known super-linear, to be fixed by " + KNOWN_SUPER_LINEAR.get(family));
        cost(fileName, input.apply(1)); // loads the classes once
        long one = cost(fileName, input.apply(1));
        long ten = cost(fileName, input.apply(10));
        long hundred = cost(fileName, input.apply(100));
        String sizes = String.format("%s: bytes allocated at 1×, 10×, 100×: %d, %d, %d", family, one, ten, hundred);
        assertThat((double) hundred / ten).as(sizes).isLessThan(10 * SLACK);
        assertThat((double) ten / one).as(sizes).isLessThan(10 * SLACK);
    }

    private static long cost(String fileName, String text) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        LintResult result = LINTER.lint(List.of(InputFile.inMemory(fileName, text)), f -> Config.DEFAULTS);
        LintReport report = new LintReport("test", result.files(), result.findings(), result.rules(), result.snippets());
        try {
            Reporters.byName("text", false).orElseThrow().write(report, new StringBuilder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(result.findings()).as(fileName + " is linted, not rejected")
                .noneMatch(f -> f.ruleId().equals("E001") || f.ruleId().equals("E003"));
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    static String dockerfile(int scale) {
        StringBuilder text = new StringBuilder("# syntax=docker/dockerfile:1\nFROM python:3.12-slim AS build\n");
        for (int i = 0; i < 2 * scale; i++) {
            text.append("ARG VERSION_").append(i).append("=1.").append(i).append('\n')
                    .append("ENV APP_HOME_").append(i).append("=/srv/app").append(i).append(" DB_PASSWORD_")
                    .append(i).append("=hunter2secret\n")
                    .append("RUN pip install flask==3.0.").append(i).append(" && apt-get update && apt-get install -y ")
                    .append("curl wget && curl -k https://example.com/x").append(i).append(" | sh\n")
                    .append("COPY --chown=app:app src").append(i).append(" /srv/app").append(i).append('\n')
                    .append("RUN chmod 777 /srv/app").append(i).append(" && useradd -u 0 user").append(i).append('\n');
        }
        return text.append("USER root\nEXPOSE 8080\nCMD [\"python\", \"app.py\"]\n").toString();
    }

    static String longRun(int scale) {
        StringBuilder text = new StringBuilder("FROM debian:12\nRUN apt-get update");
        for (int i = 0; i < 4 * scale; i++) {
            text.append(" \\\n && apt-get install -y pkg").append(i).append(" && pip install lib").append(i);
        }
        return text.append("\nUSER 1000\n").toString();
    }

    static String taskDefinition(int scale, String newline) {
        String containers = IntStream.range(0, scale).mapToObj(i -> "{\"name\": \"app" + i + "\", "
                + "\"image\": \"nginx:latest\", \"essential\": true, \"privileged\": true, \"user\": \"root\", "
                + "\"portMappings\": [{\"containerPort\": " + (1000 + i) + ", \"hostPort\": 22}],"
                + newline + "\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2hunter2\"}, "
                + "{\"name\": \"DB_URL\", \"value\": \"postgres://app:s3cr3tpw@db:5432/app\"}, "
                + "{\"name\": \"AWS_ACCESS_KEY_ID\", \"value\": \"AKIAIOSFODNN7EXAMPLE\"}],"
                + newline + "\"linuxParameters\": {\"capabilities\": {\"add\": [\"SYS_ADMIN\", \"NET_ADMIN\"]}},"
                + newline + "\"command\": [\"sh\", \"-c\", \"" + "Q2VydGlmaWNhdGU".repeat(8) + "\"]}")
                .reduce((a, b) -> a + "," + newline + b).orElse("");
        return "{\"family\": \"web\", \"networkMode\": \"host\", \"cpu\": \"256\", \"memory\": \"512\"," + newline
                + "\"containerDefinitions\": [" + newline + containers + "]}" + newline;
    }

    static String taskDefinitionYaml(int scale) {
        StringBuilder text = new StringBuilder("family: web\nnetworkMode: bridge\ncontainerDefinitions:\n");
        for (int i = 0; i < scale; i++) {
            text.append("  - name: app").append(i).append("\n    image: nginx:latest\n    privileged: true\n")
                    .append("    environment:\n      - name: API_TOKEN\n        value: ghp_")
                    .append("a".repeat(36)).append("\n    portMappings:\n      - containerPort: ")
                    .append(1000 + i).append('\n');
        }
        return text.toString();
    }

    static String services(int scale) {
        return "{\"services\": [" + IntStream.range(0, scale).mapToObj(i -> "{\"serviceName\": \"svc" + i
                + "\", \"cluster\": \"c\", \"taskDefinition\": \"web:1\", \"desiredCount\": 1, \"launchType\": "
                + "\"FARGATE\", \"networkConfiguration\": {\"awsvpcConfiguration\": {\"subnets\": [\"subnet-1\"], "
                + "\"assignPublicIp\": \"ENABLED\"}}, \"placementConstraints\": [{\"type\": \"memberOf\", "
                + "\"expression\": \"attribute:ecs.availability-zone == us-east-1a\"}]}")
                .reduce((a, b) -> a + ",\n" + b).orElse("") + "]}\n";
    }

    static String clusters(int scale) {
        return "{\"clusters\": [" + IntStream.range(0, scale).mapToObj(i -> "{\"clusterName\": \"c" + i
                + "\", \"settings\": [{\"name\": \"containerInsights\", \"value\": \"disabled\"}], "
                + "\"capacityProviders\": [\"FARGATE_SPOT\"], \"defaultCapacityProviderStrategy\": "
                + "[{\"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1}]}")
                .reduce((a, b) -> a + ",\n" + b).orElse("") + "]}\n";
    }

    static String repositories(int scale) {
        return "{\"repositories\": [" + IntStream.range(0, scale).mapToObj(i -> "{\"repositoryName\": \"r" + i
                + "\", \"imageTagMutability\": \"MUTABLE\", \"imageScanningConfiguration\": {\"scanOnPush\": false}}")
                .reduce((a, b) -> a + ",\n" + b).orElse("") + "]}\n";
    }

    static String lifecyclePolicy(int scale) {
        return "{\"rules\": [" + IntStream.range(0, scale).mapToObj(i -> "{\"rulePriority\": " + (i % 7 + 1)
                + ", \"selection\": {\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"v" + i + "\", \"release\"], "
                + "\"countType\": \"imageCountMoreThan\", \"countNumber\": " + (i + 1) + "}, \"action\": "
                + "{\"type\": \"expire\"}}").reduce((a, b) -> a + ",\n" + b).orElse("") + "]}\n";
    }

    static String cloudFormation(int scale) {
        StringBuilder text = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
        for (int i = 0; i < scale; i++) {
            text.append("  Repo").append(i).append(":\n    Type: AWS::ECR::Repository\n    Properties:\n")
                    .append("      RepositoryName: !Sub '${AWS::StackName}-r").append(i).append("'\n")
                    .append("      ImageTagMutability: MUTABLE\n");
        }
        return text.toString();
    }

    static String compose(int scale) {
        StringBuilder text = new StringBuilder("services:\n");
        for (int i = 0; i < scale; i++) {
            text.append("  web").append(i).append(":\n    image: nginx:latest\n    privileged: true\n")
                    .append("    environment:\n      DB_PASSWORD: hunter2hunter2\n");
        }
        return text.toString();
    }
}
