package dev.ecslint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.testing.RunInstructionRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(new RuleRegistry(List.of(new RunInstructionRule())));
    private final Path file = Path.of("/repo/.ecslint.yaml");

    @Test
    void readsTheDesignDocumentExample() throws ConfigException {
        Config config = loader.parse(file, """
                failOn: warning
                rules:
                  XT001: off
                  parse-error: warning
                ignore:
                  - paths: ["legacy/**"]
                    rules: [XT001, E003]
                trustedRegistries: ["123456789012.dkr.ecr.*.amazonaws.com", "public.ecr.aws/myorg"]
                secrets:
                  extraNames: ["(?i).*_pin$"]
                  allowNames: ["DB_PASSWORD_POLICY"]
                baseline: .ecslint-baseline.json
                inlineIgnores: require-reason
                """);
        assertThat(config.failOn()).contains(new Config.FailThreshold(Severity.WARNING));
        assertThat(config.ruleSettings().get("XT001").off()).isTrue();
        assertThat(config.ruleSettings().get("E001").severity()).isEqualTo(Severity.WARNING);
        assertThat(config.ignores()).singleElement().satisfies(i -> {
            assertThat(i.ruleIds()).containsExactly("XT001", "E003");
            assertThat(i.paths().get(0).matches("legacy/a/Dockerfile")).isTrue();
        });
        assertThat(config.settings().trustedRegistries()).hasSize(2);
        assertThat(config.settings().extraSecretNames().get(0).matcher("ATM_PIN").matches()).isTrue();
        assertThat(config.settings().allowSecretNames()).containsExactly("DB_PASSWORD_POLICY");
        assertThat(config.baseline()).contains(Path.of("/repo/.ecslint-baseline.json"));
        assertThat(config.inlineIgnores()).isEqualTo(Config.InlineIgnores.REQUIRE_REASON);
    }

    @Test
    void anEmptyFileIsTheDefaults() throws ConfigException {
        assertThat(loader.parse(file, "").failOn()).isEmpty();
    }

    @Test
    void unknownKeysNameLineAndSuggest() {
        assertThatThrownBy(() -> loader.parse(file, "failOn: error\nignores: []\n"))
                .hasMessage("/repo/.ecslint.yaml:2:1: unknown key `ignores`; did you mean `ignore`? (known keys: "
                        + "baseline, customRules, failOn, ignore, inlineIgnores, rules, secrets, trustedRegistries)");
        assertThatThrownBy(() -> loader.parse(file, "secrets:\n  extraName: []\n"))
                .hasMessageContaining(":2:3: unknown key `secrets.extraName`; did you mean `secrets.extraNames`?");
    }

    @Test
    void badValuesNameLineAndAllowedValues() {
        assertThatThrownBy(() -> loader.parse(file, "failOn: fatal\n"))
                .hasMessageContaining(":1:9: failOn must be one of error, warning, info, style, none; found `fatal`");
        assertThatThrownBy(() -> loader.parse(file, "rules:\n  XT001: loud\n"))
                .hasMessageContaining(":2:10: rules.XT001 must be one of off, error, warning, info, style; found `loud`");
        assertThatThrownBy(() -> loader.parse(file, "trustedRegistries: ecr\n"))
                .hasMessageContaining(":1:20: trustedRegistries must be a list");
        assertThatThrownBy(() -> loader.parse(file, "secrets:\n  extraNames: [\"(\"]\n"))
                .hasMessageContaining(":2:16: `secrets.extraNames`: invalid regular expression");
        assertThatThrownBy(() -> loader.parse(file, "inlineIgnores: sometimes\n"))
                .hasMessageContaining("inlineIgnores must be one of allow, require-reason, deny; found `sometimes`");
    }

    @Test
    void unknownRulesAreErrorsNotSilentlyIgnored() {
        assertThatThrownBy(() -> loader.parse(file, "rules:\n  XT01: off\n"))
                .hasMessageContaining(":2:3: unknown rule `XT01`; did you mean `XT001`?");
        assertThatThrownBy(() -> loader.parse(file, "ignore:\n  - rules: [nope]\n"))
                .hasMessageContaining(":2:13: unknown rule `nope`");
    }

    @Test
    void invalidYamlIsAnErrorWithPosition() {
        assertThatThrownBy(() -> loader.parse(file, "rules: [\n")).hasMessageStartingWith("/repo/.ecslint.yaml:")
                .hasMessageContaining("invalid YAML");
        assertThatThrownBy(() -> loader.parse(file, "- a\n- b\n")).hasMessageContaining("must be a mapping");
    }
}
