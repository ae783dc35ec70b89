package dev.ecslint.rules.dockerfile;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.LintSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DF032 with trustedRegistries given programmatically, as the CLI and the Maven plugin pass them; the
 * cases follow hadolint's DL3026 tests.
 */
class UntrustedRegistryRuleTest {

    private static List<Finding> lint(String dockerfile, String... trustedRegistries) {
        Config config = new Config(null, Optional.empty(), Map.of(), List.of(),
                new LintSettings(List.of(trustedRegistries), List.of(), List.of()), Optional.empty(),
                Config.InlineIgnores.ALLOW);
        Linter linter = new Linter(new RuleRegistry(List.of(new UntrustedRegistryRule())),
                UntrustedRegistryRuleTest.class.getClassLoader(), 1);
        return linter.lint(List.of(InputFile.inMemory("Dockerfile", dockerfile)), f -> config).activeFindings();
    }

    @Test
    void silentWithoutAPolicy() {
        assertThat(lint("FROM random.com/debian\n")).isEmpty();
    }

    @Test
    void reportsARegistryOutsideThePolicyAtTheImage() {
        List<Finding> findings = lint("FROM random.com/debian\n", "docker.io");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("DF032");
            assertThat(english(f)).contains("random.com").contains("trustedRegistries");
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.location().column()).isEqualTo(6);
            assertThat(f.location().endColumn()).isEqualTo(23);
        });
    }

    @Test
    void acceptsListedRegistries() {
        assertThat(lint("FROM random.com/debian\n", "x.com", "random.com")).isEmpty();
    }

    @Test
    void dockerIoCoversEveryFormOfDockerHubReference() {
        String dockerfile = "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\n"
                + "FROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n";
        assertThat(lint(dockerfile, "docker.io")).isEmpty();
        assertThat(lint(dockerfile, "*")).isEmpty();
        assertThat(lint(dockerfile, "quay.io")).hasSize(3);
    }

    @Test
    void scratchAndEarlierStagesNeedNoRegistry() {
        assertThat(lint("FROM random.com/foo AS builder1\nFROM builder1 AS builder2\nFROM scratch\n", "random.com"))
                .isEmpty();
    }

    @Test
    void wildcardsMatchWithinOneHostOrPathSegment() {
        assertThat(lint("FROM x.com/debian\n", "*.random.com")).hasSize(1);
        assertThat(lint("FROM foo.random.com/debian\n", "x.com", "*.random.com")).isEmpty();
        assertThat(lint("FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1\n",
                "123456789012.dkr.ecr.*.amazonaws.com")).isEmpty();
        assertThat(lint("FROM 999999999999.dkr.ecr.eu-west-1.amazonaws.com/app:1\n",
                "123456789012.dkr.ecr.*.amazonaws.com")).hasSize(1);
    }

    @Test
    void aRepositoryPrefixTrustsOnlyRepositoriesBelowIt() {
        assertThat(lint("FROM public.ecr.aws/myorg/app:1\n", "public.ecr.aws/myorg")).isEmpty();
        assertThat(lint("FROM public.ecr.aws/myorganisation/app:1\n", "public.ecr.aws/myorg")).hasSize(1);
        assertThat(lint("FROM public.ecr.aws/docker/library/node:20\n", "public.ecr.aws/myorg")).hasSize(1);
        assertThat(lint("FROM node:20\n", "docker.io/library")).isEmpty();
    }

    @Test
    void resolvesGlobalArgumentsAndLeavesUnknownImagesAlone() {
        assertThat(lint("ARG BASE=ghcr.io/org/base:1\nFROM ${BASE}\n", "docker.io")).hasSize(1);
        assertThat(lint("ARG BASE\nFROM ${BASE}\n", "docker.io")).isEmpty();
    }
}
