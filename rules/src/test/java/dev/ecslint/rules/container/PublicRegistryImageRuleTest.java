package dev.ecslint.rules.container;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.TrustedRegistries;
import dev.ecslint.core.model.LintSettings;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CT013 with {@code trustedRegistries}: scenarios run with the default configuration, so this is tested here. */
class PublicRegistryImageRuleTest {

    private static final List<String> TRUSTED = List.of("123456789012.dkr.ecr.*.amazonaws.com", "public.ecr.aws/myorg");

    @Test
    void trustedRegistriesMatchHostsAndNamePrefixes() {
        assertThat(new TrustedRegistries(TRUSTED).trusts(ImageRef.parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1"))).isTrue();
        assertThat(new TrustedRegistries(TRUSTED).trusts(ImageRef.parse("public.ecr.aws/myorg/tool:2"))).isTrue();
        assertThat(new TrustedRegistries(TRUSTED).trusts(ImageRef.parse("public.ecr.aws/other/tool:2"))).isFalse();
        assertThat(new TrustedRegistries(TRUSTED).trusts(ImageRef.parse("public.ecr.aws/myorganisation/x:1"))).isFalse();
        assertThat(new TrustedRegistries(TRUSTED).trusts(ImageRef.parse("999999999999.dkr.ecr.eu-west-1.amazonaws.com/app:1"))).isFalse();
        assertThat(new TrustedRegistries(List.of("docker.io/library")).trusts(ImageRef.parse("nginx:1.27"))).isTrue();
        assertThat(new TrustedRegistries(List.of("docker.io/library")).trusts(ImageRef.parse("bitnami/redis:7"))).isFalse();
    }

    @Test
    void withTrustedRegistriesAnImageOutsideThemIsAWarning() {
        Rule<?> rule = new PublicRegistryImageRule();
        Linter linter = new Linter(new RuleRegistry(List.of(rule)), getClass().getClassLoader(), 1);
        Config config = new Config(null, Optional.empty(), Map.of(), List.of(),
                new LintSettings(TRUSTED, List.of(), List.of()), Optional.empty(), Config.InlineIgnores.ALLOW);
        String json = """
                {"family": "web", "containerDefinitions": [
                  {"name": "a", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.0"},
                  {"name": "b", "image": "registry.example.com/app:1.0"}]}
                """;
        List<Finding> findings = linter.lint(List.of(InputFile.inMemory("task-definition.json", json)), f -> config)
                .activeFindings().stream().filter(f -> f.ruleId().equals("CT013")).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().pointer()).isEqualTo("/containerDefinitions/1/image");
            assertThat(english(f)).contains("not from a trusted registry");
        });
    }
}
