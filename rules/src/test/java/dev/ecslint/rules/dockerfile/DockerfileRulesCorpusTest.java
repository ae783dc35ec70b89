package dev.ecslint.rules.dockerfile;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile rules on real files: every DF rule runs over the shared corpus without failing (a rule
 * that throws becomes an E001 "rule … failed" finding) and in bounded time, secrets in messages stay
 * masked, and the examples show the course's anti-patterns while their fixed twin is clean. Prints how
 * often each rule fires, which is how the rules' noise on real files is reviewed;
 * {@code -Dprobe=DF036,DF037} also prints those rules' findings.
 */
class DockerfileRulesCorpusTest {

    private final RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());

    @Test
    void everyDockerfileRuleRunsOverTheCorpusWithoutFailing() throws IOException {
        Path folder = corpus();
        Assumptions.assumeTrue(Files.isDirectory(folder), "shared corpus not found at " + folder);
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.list(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                // corpus names (0001__owner__repo__path__Dockerfile) do not classify by name: lint them as
                // what they are; in memory, so DF042 (files on disk only) stays out of it
                files.add(InputFile.inMemory(f.getFileName() + "/Dockerfile",
                        new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
            }
        }
        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> dockerfileLinter().lint(files, f -> Config.DEFAULTS));
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        String probe = System.getProperty("probe", "");
        for (Finding f : result.activeFindings()) {
            perRule.merge(f.ruleId(), 1, Integer::sum);
            if (f.ruleId().startsWith("E") && english(f).contains("failed on this file")) {
                problems.add(f.location().path() + ": " + english(f));
            }
            if (f.ruleId().equals("DF002") && !english(f).contains("***")) {
                problems.add(f.location().path() + ": DF002 does not mask the secret: " + english(f));
            }
            if (probe.contains(f.ruleId())) {
                System.out.println("PROBE " + f.ruleId() + " " + f.location().path() + ":" + f.location().line() + ":"
                        + f.location().column() + " " + english(f));
            }
        }
        System.out.printf("DF rules on the corpus: %d files, findings per rule %s%n", files.size(), perRule);
        assertThat(problems).isEmpty();
        assertThat(files).hasSizeGreaterThan(500);
        assertThat(perRule.keySet()).as("the rules that fire somewhere in the corpus")
                .contains("DF001", "DF002", "DF004", "DF005", "DF006", "DF007", "DF008", "DF009", "DF010", "DF011",
                        "DF012", "DF013", "DF014", "DF015", "DF016", "DF018", "DF019", "DF021", "DF022", "DF023",
                        "DF024", "DF033", "DF036", "DF037", "DF039");
    }

    @Test
    void theExampleShowsTheCourseAntiPatternsAndItsTwinIsClean() throws IOException {
        Path examples = Path.of(System.getProperty("ecslint.root", ".."), "examples");
        List<Finding> bad = lint(Files.readString(examples.resolve("Dockerfile")));
        assertThat(bad).extracting(Finding::ruleId).contains("DF001", "DF002", "DF004", "DF005");
        assertThat(bad).filteredOn(f -> f.ruleId().equals("DF002")).singleElement()
                .satisfies(f -> assertThat(english(f)).contains("DB_PASSWORD").contains("su***")
                        .doesNotContain("supersecret123"));
        assertThat(lint(Files.readString(examples.resolve("good/Dockerfile")))).as("examples/good/Dockerfile").isEmpty();
    }

    private Linter dockerfileLinter() {
        List<Rule<?>> dockerfileRules = new ArrayList<>();
        for (Rule<?> rule : registry.rules()) {
            if (rule.meta().family().equals("DF")) {
                dockerfileRules.add(rule);
            }
        }
        return new Linter(new RuleRegistry(dockerfileRules), getClass().getClassLoader(), 2);
    }

    private List<Finding> lint(String content) {
        return new Linter(registry, getClass().getClassLoader(), 1)
                .lint(List.of(InputFile.inMemory("Dockerfile", content)), f -> Config.DEFAULTS).activeFindings();
    }

    private static Path corpus() {
        String shared = System.getProperty("ecslint.shared");
        return (shared != null ? Path.of(shared) : Path.of("..", "..", "shared")).resolve("corpus").resolve("dockerfiles");
    }
}
