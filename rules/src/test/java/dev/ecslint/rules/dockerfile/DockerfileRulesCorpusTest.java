package dev.ecslint.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile rules on real files with every rule enabled: no rule throws on any of the corpus's
 * Dockerfiles, secrets in findings are masked, and the examples show the course's anti-patterns while
 * their fixed twin is clean.
 */
class DockerfileRulesCorpusTest {

    private static final Linter LINTER = new Linter(
            RuleRegistry.load(DockerfileRulesCorpusTest.class.getClassLoader()),
            DockerfileRulesCorpusTest.class.getClassLoader(), 1);

    @Test
    void noRuleFailsOnACorpusDockerfileAndSecretsStayMasked() throws IOException {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "dockerfiles")),
                "the shared corpus is absent");
        List<Path> files;
        try (Stream<Path> walk = Files.list(Path.of(shared, "corpus", "dockerfiles"))) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        Set<String> firedRules = new TreeSet<>();
        for (Path file : files) {
            // the corpus names files owner__repo__path__Dockerfile: lint the content as a Dockerfile
            String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (Finding f : lint(content)) {
                assertThat(f.message()).as(file + ": " + f.ruleId()).doesNotContain("bug in ecslint");
                if (f.ruleId().equals("DF002")) {
                    assertThat(f.message()).as(file.toString()).contains("***");
                }
                firedRules.add(f.ruleId());
            }
        }
        assertThat(files).hasSizeGreaterThan(500);
        assertThat(firedRules).as("the rules that fire somewhere in the corpus")
                .contains("DF001", "DF002", "DF004", "DF005", "DF006", "DF007", "DF008", "DF009", "DF010", "DF011",
                        "DF012", "DF013", "DF014", "DF015", "DF016", "DF018", "DF019", "DF021");
    }

    @Test
    void theExampleShowsTheCourseAntiPatternsAndItsTwinIsClean() throws IOException {
        List<Finding> bad = lint(Files.readString(Path.of("..", "examples", "Dockerfile")));
        assertThat(bad).extracting(Finding::ruleId).contains("DF001", "DF002", "DF004", "DF005");
        assertThat(bad).filteredOn(f -> f.ruleId().equals("DF002")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("DB_PASSWORD").contains("su***")
                        .doesNotContain("supersecret123"));
        List<Finding> good = lint(Files.readString(Path.of("..", "examples", "good", "Dockerfile")));
        assertThat(good).as("examples/good/Dockerfile").isEmpty();
    }

    private static List<Finding> lint(String content) {
        return LINTER.lint(List.of(InputFile.inMemory("Dockerfile", content)), f -> Config.DEFAULTS).activeFindings();
    }
}
