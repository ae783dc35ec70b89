package dev.ecslint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.testing.FindingText;
import dev.ecslint.core.testing.RunInstructionRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custom rules over the Dockerfile view, read from {@code .ecslint.yaml} and run by the engine: what they
 * select, where their findings point, and every way a definition can be wrong.
 */
class DockerfileCustomRulesTest {

    private final RuleRegistry registry = new RuleRegistry(List.of(new RunInstructionRule()));
    private final Path file = Path.of("/repo/.ecslint.yaml");

    private Config config(String yaml) throws ConfigException {
        return new ConfigLoader(registry).parse(file, yaml);
    }

    private List<Finding> lint(Config config, String dockerfile) {
        Linter linter = new Linter(registry, getClass().getClassLoader(), 1);
        return linter.lint(List.of(InputFile.inMemory("Dockerfile", dockerfile)), f -> config).activeFindings()
                .stream().filter(f -> f.ruleId().equals("TEAM001")).toList();
    }

    private static String rule(String body) {
        return """
                customRules:
                  - id: TEAM001
                    name: team-rule
                    severity: error
                    kind: dockerfile
                """ + body.indent(4);
    }

    private static final String MULTI_STAGE = """
            ARG BASE_TAG=20.11-alpine
            FROM node:${BASE_TAG} AS build
            RUN npm ci
            FROM build AS test
            FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/runtime:2.4@sha256:abc AS runtime
            LABEL org.opencontainers.image.source="https://github.com/acme/api" team=payments
            EXPOSE 8080 9090/udp
            USER app
            HEALTHCHECK CMD wget -q -O /dev/null http://localhost:8080/health || exit 1
            """;

    @Test
    void imagesComeFromTheTeamRegistry() throws ConfigException {
        Config config = config(rule("""
                given: stages[*].from.image
                then: {matches: "^123456789012\\\\.dkr\\\\.ecr\\\\.[a-z0-9-]+\\\\.amazonaws\\\\.com/"}
                message: "base image {value} ({path}) is not from the team's ECR"
                """));
        List<Finding> findings = lint(config, MULTI_STAGE);
        assertThat(findings).extracting(Finding::ruleId, f -> f.location().line(), f -> f.location().column(),
                f -> f.location().endColumn(), FindingText::english, Finding::severity)
                .as("FROM build builds on a stage, not an image; the ECR image passes; ARG defaults are substituted")
                .containsExactly(tuple("TEAM001", 2, 6, 22, "base image node (stages[0].from.image) is not from the "
                        + "team's ECR", Severity.ERROR));
    }

    @Test
    void tagsAndDigestsAreLocatedInsideTheImageReference() throws ConfigException {
        Config tags = config(rule("""
                given: stages[*].from.tag
                then: {notEquals: latest}
                message: "tag {value}"
                """));
        assertThat(lint(tags, "FROM nginx:latest\nFROM 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:latest\n"))
                .extracting(f -> f.location().line(), f -> f.location().column(), f -> f.location().endColumn())
                .containsExactly(tuple(1, 12, 18), tuple(2, 55, 61));
        Config digests = config(rule("""
                given: stages[*].from.digest
                then: {present: true}
                message: "{path} is not pinned by digest"
                """));
        assertThat(lint(digests, MULTI_STAGE)).extracting(f -> f.location().line(), FindingText::english)
                .as("each stage without a digest is reported at its FROM; FROM build has no image to pin")
                .containsExactly(tuple(2, "stages[0].from.digest is not pinned by digest"),
                        tuple(4, "stages[1].from.digest is not pinned by digest"));
    }

    @Test
    void theFinalImageCarriesLabelsUserAndHealthcheckThroughItsBaseStage() throws ConfigException {
        Config label = config(rule("""
                given: final.labels["org.opencontainers.image.source"]
                then: {present: true, matches: "^https://github\\\\.com/acme/"}
                message: "the image needs an org.opencontainers.image.source label pointing at our GitHub ({value})"
                """));
        assertThat(lint(label, MULTI_STAGE)).isEmpty();
        assertThat(lint(label, "FROM alpine:3.20 AS base\nLABEL org.opencontainers.image.source=https://gitlab.com/x\n"
                + "FROM base\nUSER app\n")).extracting(f -> f.location().line(), f -> f.location().column(),
                        FindingText::english)
                .as("inherited from the stage it builds on, reported at the value")
                .containsExactly(tuple(2, 39, "the image needs an org.opencontainers.image.source label pointing at our "
                        + "GitHub (https://gitlab.com/x)"));
        assertThat(lint(label, "FROM alpine:3.20\nRUN true\n")).extracting(f -> f.location().line(), FindingText::english)
                .as("missing: at the final stage's FROM, with (missing) as the value")
                .containsExactly(tuple(1, "the image needs an org.opencontainers.image.source label pointing at our "
                        + "GitHub ((missing))"));

        Config user = config(rule("""
                given: final.user
                then: {present: true, notIn: [root, "0", "0:0"]}
                message: "the container runs as {value}"
                """));
        assertThat(lint(user, MULTI_STAGE)).isEmpty();
        assertThat(lint(user, "FROM alpine AS base\nUSER root\nFROM base\n")).extracting(f -> f.location().line())
                .containsExactly(2);
        assertThat(lint(user, "ARG UID\nFROM alpine\nUSER ${UID}\n")).as("a variable without default is unknown")
                .isEmpty();
    }

    @Test
    void exposedPortsAndInstructions() throws ConfigException {
        Config ports = config(rule("""
                given: final.exposedPorts[*]
                then: {in: [8080, "8080/tcp"]}
                message: "port {value} is not 8080"
                """));
        assertThat(lint(ports, MULTI_STAGE)).extracting(f -> f.location().line(), f -> f.location().column(),
                FindingText::english).containsExactly(tuple(7, 13, "port 9090/udp is not 8080"));
        Config noAdd = config(rule("""
                given: instructions[*].keyword
                then: {notIn: [ADD, MAINTAINER]}
                message: "{value} is not allowed here"
                """));
        assertThat(lint(noAdd, "FROM alpine\nadd a.tar /\nRUN x\n")).extracting(f -> f.location().line(),
                FindingText::english).containsExactly(tuple(2, "ADD is not allowed here"));
    }

    @Test
    void whenRestrictsTheDocumentsARuleChecks() throws ConfigException {
        Config config = config(rule("""
                given: final.healthcheck
                then: {present: true}
                when: {path: "final.exposedPorts[*]", present: true}
                message: "an image that listens needs a HEALTHCHECK"
                """));
        assertThat(lint(config, "FROM alpine\nEXPOSE 80\n")).hasSize(1);
        assertThat(lint(config, "FROM alpine\nRUN true\n")).as("nothing exposed: the rule does not apply").isEmpty();
    }

    @Test
    void aPatternThatGivesUpOnAValueSaysSoInsteadOfHanging() throws ConfigException {
        Config config = config(rule("""
                given: final.labels.csv
                then: {matches: "^(.*?,){11}P"}
                message: "{value}"
                """));
        assertThat(lint(config, "FROM alpine\nLABEL csv=\"" + "1,".repeat(40) + "\"\n"))
                .extracting(FindingText::english).singleElement().asString()
                .startsWith("the pattern `^(.*?,){11}P` gave up on this value after 1000000 steps");
    }

    @Test
    void aCustomRuleIsSuppressedAndOverriddenLikeAnyOther() throws ConfigException {
        String definition = rule("""
                given: final.user
                then: {present: true}
                message: "no USER"
                """);
        assertThat(lint(config(definition + "rules:\n  team-rule: off\n"), "FROM alpine\n")).isEmpty();
        assertThat(lint(config(definition + "rules:\n  TEAM001: info\n"), "FROM alpine\n"))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(lint(config(definition), "# ecslint ignore=TEAM001 -- base image sets it\nFROM alpine\n")).isEmpty();
        assertThat(lint(config(definition + "ignore:\n  - rules: [team-rule]\n"), "FROM alpine\n")).isEmpty();
    }

    @Test
    void definitionErrorsNameFileLineAndKeyWithASuggestion() {
        assertError(rule("given: final.user\nthne: {present: true}\nmessage: x\n"),
                ":7:5: unknown key `customRules[].thne`; did you mean `customRules[].then`?");
        assertError(rule("given: final.user\nthen: {equal: root}\nmessage: x\n"),
                ":7:12: unknown key `customRules[].then.equal`; did you mean `customRules[].then.equals`?");
        assertError(rule("given: final.user\nthen: {present: true}\n"), ":2:5: customRules[] needs `message`");
        assertError(rule("given: final.labels.team\nthen: {present: true}\nmessage: \"{valeu} missing\"\n"),
                ":8:14: message: unknown placeholder `{valeu}`; did you mean `{value}`?");
        assertError(rule("given: final.lables.team\nthen: {present: true}\nmessage: x\n"),
                ":6:18: given: `final.lables.team` can never match a Dockerfile: `final` has no key `lables`; "
                        + "did you mean `labels`?");
        assertError(rule("given: stages.name\nthen: {present: true}\nmessage: x\n"),
                ":6:19: given: `stages.name` can never match a Dockerfile: `stages` is a list: write `stages[*].name` "
                        + "for every element");
        assertError(rule("given: final.user[0]\nthen: {present: true}\nmessage: x\n"),
                "given: `final.user[0]` can never match a Dockerfile: `final.user` is a string, which has no elements");
        assertError(rule("given: final.labels.\nthen: {present: true}\nmessage: x\n"),
                ":6:25: given: `final.labels.` is not a path: a key was expected, found the end of the path");
        assertError(rule("given: final.user\nthen: {matches: \"^(app\"}\nmessage: x\n"),
                "then.matches: invalid regular expression: Unclosed group");
        assertError(rule("given: final.user\nthen: {matches: \"^(\\\\w+\\\\.?)+$\"}\nmessage: x\n"),
                "then.matches: the regular expression could backtrack catastrophically: the group `(\\w+\\.?)+`");
        assertError(rule("given: final.user\nthen: {present: true, absent: true}\nmessage: x\n"),
                "then: present and absent contradict each other");
        assertError(rule("given: stages[*]\nthen: {equals: x}\nmessage: x\n"),
                "given: `stages[*]` selects an object: add the key of the value to test (`equals` compares values)");
        assertError(rule("given: final.user\nthen: {present: false}\nmessage: x\n"),
                "customRules[].then.present must be true, found a boolean `false`");
        assertError(rule("given: final.user\nthen: {present: true}\nmessage: x\n").replace("kind: dockerfile",
                "kind: docker"), "customRules[].kind must be one of dockerfile, task-definition, service, cluster, "
                + "repository, lifecycle-policy; found `docker`; did you mean `dockerfile`?");
        assertError(rule("given: final.user\nthen: {present: true}\nmessage: x\n").replace("TEAM001", "DF900"),
                ":2:9: id DF900 is in the family DF of the built-in rules");
        assertError(rule("given: final.user\nthen: {present: true}\nmessage: x\n").replace("TEAM001", "XT001"),
                ":2:9: id XT001 is taken by the rule XT001 run-instruction");
        assertError(rule("given: final.user\nthen: {present: true}\nmessage: x\n").replace("TEAM001", "lab1"),
                "customRules[].id: a custom rule id is 2 to 5 capital letters and 3 digits, such as LAB001; found `lab1`");
        assertError(rule("given: final.user\nthen: {present: true}\nmessage: x\n").replace("team-rule",
                "run-instruction"), "name run-instruction is taken by XT001");
        String one = rule("given: final.user\nthen: {present: true}\nmessage: x\n");
        assertError(one + one.substring(one.indexOf("  - id")), ":9:9: two custom rules have the id TEAM001 (the "
                + "first at line 2)");
    }

    private void assertError(String yaml, String expected) {
        assertThatThrownBy(() -> config(yaml)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("/repo/.ecslint.yaml:").hasMessageContaining(expected);
    }
}
