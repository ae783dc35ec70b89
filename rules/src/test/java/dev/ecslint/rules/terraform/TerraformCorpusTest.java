package dev.ecslint.rules.terraform;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.FileDiscovery;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 26 real Terraform modules of the shared corpus through the whole engine with every rule: every file is
 * read, nothing throws, and the findings are the reviewed ones in {@code terraform-corpus-findings.txt}
 * (each line reviewed by hand: what is written is wrong or risky, no finding rests on an unknown value).
 * A change that adds or drops a finding shows up here; review it, then regenerate with
 * {@code -Dgolden.update=true}.
 */
class TerraformCorpusTest {

    private static final Path REVIEWED = Path.of("src/test/resources/terraform-corpus-findings.txt");

    @Test
    void everyModuleIsReadAndItsFindingsAreTheReviewedOnes() throws Exception {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "terraform")), "no corpus");
        Path corpus = Path.of(shared, "corpus", "terraform").toAbsolutePath().normalize();
        Linter linter = new Linter(RuleRegistry.load(getClass().getClassLoader()), getClass().getClassLoader(), 1);
        List<InputFile> files = new FileDiscovery(corpus, List.of(), List.of()).discover(List.of("."));
        assertThat(files.stream().filter(f -> f.fileName().endsWith(".tf"))).hasSizeGreaterThan(140);
        List<Finding> findings = linter.lint(files, f -> Config.DEFAULTS).activeFindings();

        assertThat(findings).noneMatch(f -> english(f).contains("bug in ecslint"))
                .noneMatch(f -> f.ruleId().equals("E001") || f.ruleId().equals("E003"));
        List<String> lines = findings.stream().map(f -> f.location().path() + ":" + f.location().line() + " "
                + f.ruleId()).collect(Collectors.toList());
        if (Boolean.getBoolean("golden.update")) {
            Files.write(REVIEWED, lines, StandardCharsets.UTF_8);
        }
        List<String> reviewed = Files.readAllLines(REVIEWED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
        assertThat(lines).containsExactlyElementsOf(reviewed);
    }

    @Test
    void theExampleModuleShowsTheAntiPatternsAndItsFixedTwinIsClean() throws Exception {
        Linter linter = new Linter(RuleRegistry.load(getClass().getClassLoader()), getClass().getClassLoader(), 1);
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        List<InputFile> bad = new FileDiscovery(examples, List.of(), List.of()).discover(List.of("terraform"));
        List<InputFile> good = new FileDiscovery(examples, List.of(), List.of()).discover(List.of("good/terraform"));
        List<Finding> badFindings = linter.lint(bad, f -> Config.DEFAULTS).activeFindings();
        assertThat(badFindings).extracting(Finding::ruleId).contains("CT001", "CT004", "CT005", "CT008", "CT010",
                "CT014", "TD001", "TD008", "SV002", "SV003", "RP001", "LP002", "LP004").noneMatch(id -> id.startsWith("E"));
        assertThat(linter.lint(good, f -> Config.DEFAULTS).activeFindings())
                .noneMatch(f -> f.severity().ordinal() <= dev.ecslint.core.model.Severity.WARNING.ordinal());
    }
}
