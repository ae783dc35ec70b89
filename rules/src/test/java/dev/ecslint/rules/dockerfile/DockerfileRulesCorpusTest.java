package dev.ecslint.rules.dockerfile;

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
 * Every DF rule runs over the real-world Dockerfiles of the shared corpus without failing (a rule that
 * throws becomes an E001 "rule … failed" finding) and in bounded time. Prints how often each rule fires,
 * which is how the rules' noise on real files is reviewed; {@code -Dprobe=DF036,DF037} also prints those
 * rules' findings (the corpus holds Checkov's pass/fail fixtures, useful near-misses).
 */
class DockerfileRulesCorpusTest {

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
                        new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        List<Rule<?>> dockerfileRules = new ArrayList<>();
        for (Rule<?> rule : RuleRegistry.load(getClass().getClassLoader()).rules()) {
            if (rule.meta().family().equals("DF")) {
                dockerfileRules.add(rule);
            }
        }
        Linter linter = new Linter(new RuleRegistry(dockerfileRules), getClass().getClassLoader(), 2);
        LintResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> linter.lint(files, f -> Config.DEFAULTS));
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> ruleFailures = new ArrayList<>();
        for (Finding f : result.activeFindings()) {
            perRule.merge(f.ruleId(), 1, Integer::sum);
            if (f.ruleId().startsWith("E") && f.message().contains("failed on this file")) {
                ruleFailures.add(f.location().path() + ": " + f.message());
            }
        }
        String probe = System.getProperty("probe", "");
        for (Finding f : result.activeFindings()) {
            if (probe.contains(f.ruleId())) {
                System.out.println("PROBE " + f.ruleId() + " " + f.location().path() + ":" + f.location().line() + ":"
                        + f.location().column() + " " + f.message());
            }
        }
        System.out.printf("DF rules on the corpus: %d files, %d rules, findings per rule %s%n", files.size(),
                dockerfileRules.size(), perRule);
        assertThat(ruleFailures).isEmpty();
    }

    private static Path corpus() {
        String shared = System.getProperty("ecslint.shared");
        Path base = shared != null ? Path.of(shared) : Path.of("..", "shared");
        if (!Files.isDirectory(base)) {
            base = Path.of("..", "..", "shared");
        }
        return base.resolve("corpus").resolve("dockerfiles");
    }
}
