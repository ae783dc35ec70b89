package dev.ecslint.rules.taskdef;

import static dev.ecslint.core.testing.FindingText.english;
import static dev.ecslint.core.testing.FindingText.englishFix;
import static dev.ecslint.core.testing.FindingText.koreanFix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Placeholders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Task definitions linted end to end with every built-in rule: the examples and the real-world corpus. */
class TaskDefinitionLintTest {

    private static final Linter LINTER = new Linter(RuleRegistry.load(TaskDefinitionLintTest.class.getClassLoader()),
            TaskDefinitionLintTest.class.getClassLoader(), 1);

    private static LintResult lint(List<Path> files) {
        List<InputFile> inputs = files.stream().map(f -> InputFile.onDisk(f, f.toString(), true)).toList();
        return LINTER.lint(inputs, f -> Config.DEFAULTS);
    }

    private static Path root() {
        return Path.of(System.getProperty("ecslint.root", ".."));
    }

    @Test
    void theCourseExampleReportsTheLiteralPasswordAtItsValue() throws IOException {
        Path bad = root().resolve("examples/task-definition.json");
        List<Finding> findings = lint(List.of(bad)).activeFindings();
        int valueLine = lineOf(bad, "\"mypassword123\"");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("CT004")).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(valueLine);
            assertThat(f.location().pointer()).isEqualTo("/containerDefinitions/0/environment/1/value");
            assertThat(english(f)).contains("DB_PASSWORD", "my***").doesNotContain("mypassword123");
            assertThat(englishFix(f)).contains("valueFrom", "`DB_PASSWORD`");
            assertThat(koreanFix(f)).contains("`DB_PASSWORD`의 값을", "secret:db-password");
        });
    }

    @Test
    void theFixedCourseExampleIsClean() {
        List<Finding> findings = lint(List.of(root().resolve("examples/good/task-definition.json"))).activeFindings();
        assertThat(findings).isEmpty();
    }

    /**
     * Every corpus task definition is linted without an exception, and no finding is about a template
     * placeholder: a finding's message never quotes a placeholder as the offending value.
     */
    @Test
    void corpusTaskDefinitionsLintWithoutFalseFindingsAboutPlaceholders() throws IOException {
        Path dir = Path.of(System.getProperty("ecslint.shared", "../../shared"), "corpus", "taskdefs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        LintResult result = lint(files);
        List<Finding> findings = result.activeFindings();
        List<Finding> aboutPlaceholders = findings.stream()
                .filter(f -> !f.ruleId().matches("E001|E003|CT005")) // E003 names the template marker it found
                .filter(f -> quotedValues(english(f)).stream().anyMatch(Placeholders::isTemplated))
                .toList();
        Map<String, Long> byRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        System.out.printf("corpus taskdefs: %d files, %d findings %s%n", files.size(), findings.size(), byRule);
        findings.stream().filter(f -> f.ruleId().matches("E002|CT00[1457]|CT014|TD0(0[1-9]|1[0-8])"))
                .forEach(f -> System.out.println("  " + f.location().path().replaceAll(".*/", "").substring(0, 4) + ":"
                        + f.location().line() + " " + f.ruleId() + " " + english(f)));
        assertThat(aboutPlaceholders).isEmpty();
        // what is not linted is a template ($VAR or {{ }} where JSON wants a value), and says so
        List<Finding> templates = findings.stream().filter(f -> f.ruleId().equals("E003")).toList();
        assertThat(templates).allSatisfy(f -> assertThat(english(f)).contains("is a template"));
        assertThat(result.files().size() + templates.size()).isEqualTo(files.size());
    }

    private static List<String> quotedValues(String message) {
        List<String> values = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"([^\"]*)\"|`([^`]*)`").matcher(message);
        while (m.find()) {
            values.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return values;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
