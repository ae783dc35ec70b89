package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.FileDiscovery;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CloudFormation templates and compose files, real and bundled, through the whole engine with every rule:
 * every corpus file is read without exception, the only E002s are the real mistakes reviewed below, the
 * examples show their anti-patterns and their fixed twins are clean, and a walk of a CDK cloud assembly lints
 * its templates but not its asset copies.
 */
class SourcesCorpusTest {

    private static final Linter LINTER = new Linter(RuleRegistry.load(SourcesCorpusTest.class.getClassLoader()),
            SourcesCorpusTest.class.getClassLoader(), 2);
    private static final Localizer ENGLISH = Localizer.english();

    /**
     * Reviewed E002s of the corpus, by file and line: App Mesh samples give a port mapping the protocol
     * {@code http} (ECS takes tcp or udp and silently stores tcp: they meant {@code appProtocol}); a copilot
     * override fixture puts {@code InitProcessEnabled} inside {@code Capabilities}, which CloudFormation rejects.
     */
    private static final Set<String> REVIEWED_SCHEMA_VIOLATIONS = Set.of(
            "0042:67", "0066:93", "0066:212", "0066:331", "0066:450", "0078:659", "0080:83", "0082:77", "0088:94",
            "0088:215", "0089:90", "0110:75");

    @Test
    void everyCorpusTemplateIsReadWithoutExceptionAndWithoutSchemaNoise() throws IOException {
        Path corpus = corpus("cloudformation");
        List<InputFile> files = walk(corpus);
        assertThat(files).hasSizeGreaterThan(60);
        List<String> problems = new ArrayList<>();
        for (Finding f : lint(files).findings()) {
            String id = f.location().path().replaceAll(".*/", "").substring(0, 4) + ":" + f.location().line();
            if (f.ruleId().equals("E002") && REVIEWED_SCHEMA_VIOLATIONS.contains(id)
                    || !f.ruleId().startsWith("E")) {
                continue;
            }
            problems.add(id + " " + f.ruleId() + " " + ENGLISH.render(f.message()));
        }
        assertThat(problems).as("engine findings on real templates (Go templates are skipped in a walk)").isEmpty();
    }

    @Test
    void everyCorpusComposeFileIsReadWithoutExceptionAsItIsNamed(@TempDir Path dir) throws IOException {
        Path corpus = corpus("compose");
        try (Stream<Path> listed = Files.list(corpus)) {
            for (Path file : listed.sorted().toList()) {
                String name = file.getFileName().toString();
                Path laidOut = dir.resolve(name.substring(0, 4)).resolve(name.substring(name.lastIndexOf("__") + 2));
                Files.createDirectories(laidOut.getParent());
                Files.copy(file, laidOut);
            }
        }
        List<InputFile> files = walk(dir);
        LintResult result = lint(files);
        assertThat(result.findings()).as("engine findings on real compose files")
                .noneMatch(f -> f.ruleId().startsWith("E"));
        assertThat(result.files()).as("every compose file, legacy v1 included, is read").hasSize(files.size());
    }

    @Test
    void examplesShowTheAntiPatternsAndTheirFixedTwinsAreClean() throws IOException {
        for (String source : List.of("cloudformation", "compose")) {
            Path bad = Path.of("..", "examples", source);
            Path good = Path.of("..", "examples", "good", source);
            List<Finding> found = lint(walk(bad)).activeFindings();
            assertThat(found).as(bad.toString()).hasSizeGreaterThanOrEqualTo(10).allMatch(f -> !f.ruleId().startsWith("E"));
            assertThat(lint(walk(good)).activeFindings()).as(good.toString()).isEmpty();
        }
    }

    @Test
    void aCdkCloudAssemblyIsLintedButNotItsAssetCopies() throws IOException {
        List<InputFile> files = walk(Path.of("..", "examples", "cloudformation", "cdk.out"));
        assertThat(files).extracting(InputFile::fileName)
                .contains("ApiStack.template.json", "manifest.json", "tree.json", "ApiStack.assets.json")
                .doesNotContain("Dockerfile");
        LintResult result = lint(files);
        assertThat(result.files()).singleElement().asString().endsWith("ApiStack.template.json");
        List<Finding> active = result.activeFindings();
        assertThat(active).isNotEmpty().allMatch(f -> ENGLISH.render(f.message()).contains("(ApiStack/"));
        assertThat(active).extracting(Finding::ruleId).doesNotContain("CT011").contains("CT004")
                .as("CDK builds the api image from the project's Dockerfile: its USER is that file's")
                .doesNotContain("CT002");
        assertThat(result.findings()).filteredOn(Finding::suppressed).extracting(Finding::ruleId).containsOnly("CT011");
    }

    private static LintResult lint(List<InputFile> files) {
        return LINTER.lint(files, f -> Config.DEFAULTS);
    }

    private static List<InputFile> walk(Path dir) throws IOException {
        try {
            return new FileDiscovery(Path.of("").toAbsolutePath(), List.of(), List.of()).discover(List.of(dir.toString()));
        } catch (FileDiscovery.MissingPathException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Path corpus(String folder) {
        String shared = System.getProperty("ecslint.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", folder)), "the shared corpus is absent");
        return Path.of(shared, "corpus", folder);
    }
}
