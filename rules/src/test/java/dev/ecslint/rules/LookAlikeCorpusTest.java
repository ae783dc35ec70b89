package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.FileDiscovery;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Files of other ecosystems that look like ECS documents (src/test/resources/lookalikes/SOURCES.md): a
 * repository walk reports nothing about them, and naming one only says it is not of a known kind.
 */
class LookAlikeCorpusTest {

    private static final Path ROOT = Path.of("src/test/resources/lookalikes");
    private static final Linter LINTER = new Linter(RuleRegistry.load(LookAlikeCorpusTest.class.getClassLoader()),
            LookAlikeCorpusTest.class.getClassLoader(), 1);

    @Test
    void aWalkReportsNothingAndChecksOnlyTheSamTemplate() throws Exception {
        List<InputFile> files = new FileDiscovery(ROOT, List.of(), List.of()).discover(List.of("."));
        LintResult result = LINTER.lint(files, f -> Config.DEFAULTS);

        assertThat(result.findings()).isEmpty();
        assertThat(result.coverage().filesByKind()).isEqualTo(Map.of(DocumentKind.CLOUDFORMATION, 1));
        assertThat(result.files()).containsExactly("sam/template.yaml");
    }

    @Test
    void eachFileNamedAloneIsAtMostUnrecognised() throws Exception {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            all = walk.filter(Files::isRegularFile).filter(f -> !f.endsWith("SOURCES.md")).sorted().toList();
        }
        assertThat(all).hasSizeGreaterThan(35);
        for (Path file : all) {
            LintResult result = LINTER.lint(List.of(InputFile.onDisk(file, file.toString(), true)),
                    f -> Config.DEFAULTS);
            assertThat(result.findings()).as(file.toString()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("E003"));
        }
    }
}
