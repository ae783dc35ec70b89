package dev.ecslint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import java.util.Arrays;
import java.util.List;

/**
 * The whole lint of one file — classification, the CloudFormation, compose and AWS readers, schema
 * validation, every rule, masking — under a name the first byte picks: the linter never throws, and no
 * reader or rule fails (the engine turns such a bug into an E001 naming it; the fuzzer must find none).
 */
class LintFuzzTest {

    private static final List<String> NAMES = List.of("Dockerfile", "task-definition.json", "task-definition.yaml",
            "template.yaml", "compose.yaml", "service.json", "lifecycle-policy.json", "main.tf");
    private static final Localizer ENGLISH = Localizer.english();
    private static final Linter LINTER = new Linter(RuleRegistry.load(LintFuzzTest.class.getClassLoader()),
            LintFuzzTest.class.getClassLoader(), 1);

    @FuzzTest
    void lint(byte[] input) throws Exception {
        String name = NAMES.get(input.length == 0 ? 0 : (input[0] & 0xFF) % NAMES.size());
        byte[] content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        Invariants.boundedAllocation(input, () -> {
            List<Finding> findings = LINTER.lint(List.of(InputFile.inMemory(name, Invariants.text(content))),
                    f -> Config.DEFAULTS).findings();
            assertThat(findings).as(name)
                    .noneMatch(f -> ENGLISH.render(f.message()).contains("this is a bug in ecslint"));
        });
    }
}
