package dev.ecslint.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.terraform.TerraformFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Data-driven rule tests: every file under {@code <root>/<kind>/<RULE_ID>/} is a scenario linted with
 * only that rule enabled, and its findings must match its expectations exactly, both ways (see
 * {@link ExpectationParser}). Engine rules (E001–E003) are checked with every rule enabled.
 */
public final class RuleScenarios {

    private final Path root;
    private final RuleRegistry registry;
    private final ClassLoader resources;
    /** Expectations quote the English message. */
    private final Localizer english;

    public RuleScenarios(Path root, RuleRegistry registry, ClassLoader resources) {
        this.root = root;
        this.registry = registry;
        this.resources = resources;
        this.english = Localizer.of(Language.EN, resources).withRules(registry::byId);
    }

    /** Scenario files per rule id, sorted. */
    public Map<String, List<Path>> scenarios() {
        Map<String, List<Path>> byRule = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return byRule;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) || isModuleScenario(f)).sorted()
                    .collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                Path parent = file.getParent();
                if (name.endsWith(".expect.yaml") || parent == null || !isRuleFolder(parent) || name.equals(".dockerignore")
                        || ConfigLoader.FILE_NAMES.contains(name)) {
                    continue;
                }
                byRule.computeIfAbsent(parent.getFileName().toString(), k -> new ArrayList<>()).add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byRule;
    }

    /** One container per rule, one test per scenario. */
    public Stream<DynamicNode> tests() {
        return tests(null);
    }

    /** Only the scenarios of the given rule ids ({@code null}: all). */
    public Stream<DynamicNode> tests(java.util.Set<String> only) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Map.Entry<String, List<Path>> entry : scenarios().entrySet()) {
            String ruleId = entry.getKey();
            if (only != null && !only.contains(ruleId)) {
                continue;
            }
            List<DynamicNode> cases = new ArrayList<>();
            for (Path scenario : entry.getValue()) {
                cases.add(DynamicTest.dynamicTest(root.relativize(scenario).toString(), scenario.toUri(),
                        () -> check(ruleId, scenario)));
            }
            nodes.add(DynamicContainer.dynamicContainer(ruleId, cases));
        }
        return nodes.stream();
    }

    /**
     * What a scenario expected and what the rule reported, paired up.
     *
     * @param matched   expectations a finding met
     * @param missing   expectations no finding met
     * @param unmatched findings no expectation asked for
     */
    public record Comparison(List<Expectation> matched, List<Expectation> missing, List<Finding> unmatched) {
    }

    /** Lints one scenario and compares its findings with its expectations. */
    public void check(String ruleId, Path scenario) throws IOException {
        Comparison result = compare(ruleId, scenario);
        if (!result.missing().isEmpty() || !result.unmatched().isEmpty()) {
            StringBuilder why = new StringBuilder(root.relativize(scenario).toString()).append(":\n");
            result.missing().forEach(e -> why.append("  expected but not reported: ").append(e).append('\n'));
            result.unmatched().forEach(f -> why.append("  reported but not expected: ").append(describe(f))
                    .append('\n'));
            fail(why.toString());
        }
    }

    /**
     * A directory inside a rule folder is one scenario: a Terraform module, whose files are linted together
     * and each matched against its own markers.
     */
    private static boolean isModuleScenario(Path path) {
        Path parent = path.getParent();
        return Files.isDirectory(path) && parent != null && isRuleFolder(parent);
    }

    /** A folder named for the rule its scenarios test ({@code DF001}, a custom rule's {@code TEAM001}). */
    private static boolean isRuleFolder(Path folder) {
        return folder.getFileName() != null && folder.getFileName().toString().matches("[A-Z]{1,5}\\d{3}");
    }

    /** Lints one scenario and pairs its findings with its expectations, without judging. */
    public Comparison compare(String ruleId, Path scenario) throws IOException {
        if (!Files.isDirectory(scenario)) {
            return compare(ruleId, scenario, lint(ruleId, scenario));
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(scenario)) {
            files = listed.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".expect.yaml"))
                    .sorted().collect(Collectors.toList());
        }
        List<Finding> all = lintTogether(ruleId, files);
        List<Expectation> matched = new ArrayList<>();
        List<Expectation> missing = new ArrayList<>();
        List<Finding> unmatched = new ArrayList<>();
        for (Path file : files) {
            String shown = displayPath(file);
            Comparison one = compare(ruleId, file, all.stream().filter(f -> f.location().path().equals(shown))
                    .collect(Collectors.toList()));
            matched.addAll(one.matched());
            missing.addAll(one.missing());
            unmatched.addAll(one.unmatched());
        }
        return new Comparison(matched, missing, unmatched);
    }

    private Comparison compare(String ruleId, Path scenario, List<Finding> findings) throws IOException {
        List<Expectation> expected = ExpectationParser.read(scenario).stream()
                .filter(e -> e.ruleId().equals(ruleId)).collect(Collectors.toList());
        List<Finding> unmatched = new ArrayList<>(findings);
        List<Expectation> matched = new ArrayList<>();
        List<Expectation> missing = new ArrayList<>();
        for (Expectation e : expected) {
            Optional<Finding> hit = unmatched.stream().filter(f -> matches(e, f)).findFirst();
            if (hit.isPresent()) {
                unmatched.remove(hit.get());
                matched.add(e);
            } else {
                missing.add(e);
            }
        }
        return new Comparison(matched, missing, unmatched);
    }

    /** The active findings of one rule on a file on disk. */
    public List<Finding> lint(String ruleId, Path file) {
        if (TerraformFiles.isTerraform(file.getFileName().toString())) {
            return lintAlone(ruleId, file); // its neighbours are other scenarios, not its module
        }
        return lintTogether(ruleId, List.of(file));
    }

    private List<Finding> lintTogether(String ruleId, List<Path> files) {
        Config config = configIn(ruleFolderOf(files.get(0)));
        RuleRegistry only = ruleId.startsWith("E") ? registry : new RuleRegistry(ruleUnlessCustom(ruleId, config));
        Linter linter = new Linter(only, resources, 1);
        List<InputFile> inputs = files.stream().map(f -> InputFile.onDisk(f, displayPath(f), true))
                .collect(Collectors.toList());
        return findingsOf(ruleId, linter.lint(inputs, f -> config));
    }

    /** A single-file Terraform scenario, linted from a directory of its own so that it is a module alone. */
    private List<Finding> lintAlone(String ruleId, Path file) {
        Config config = configIn(file.getParent());
        RuleRegistry only = ruleId.startsWith("E") ? registry : new RuleRegistry(ruleUnlessCustom(ruleId, config));
        Linter linter = new Linter(only, resources, 1);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("ecslint-scenario");
            Path copy = Files.copy(file, directory.resolve(file.getFileName()));
            return findingsOf(ruleId, linter.lint(List.of(InputFile.onDisk(copy, displayPath(file), true)),
                    f -> config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private String displayPath(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The rule folder of a scenario file, or of a file in a module scenario. */
    private static Path ruleFolderOf(Path file) {
        Path parent = file.getParent();
        return isRuleFolder(parent) ? parent : parent.getParent();
    }

    /** The registered rule, or none when the folder's configuration defines it in {@code customRules} (it runs from there). */
    private List<Rule<?>> ruleUnlessCustom(String ruleId, Config config) {
        if (config.customRules().stream().anyMatch(r -> r.meta().id().equals(ruleId))) {
            return List.of();
        }
        return List.of(rule(ruleId));
    }

    /**
     * The active findings of one rule on a document given as text (metadata examples). The text is written
     * to a file of its own in an empty temporary directory and linted there, as a user's file would be
     * (rules that look at neighbouring files, such as DF042, see none), with the configuration of the rule's
     * scenario folder when it has one (rules such as DF032 act only when a setting is given).
     */
    public List<Finding> lintText(String ruleId, String fileName, String content) {
        RuleRegistry only = ruleId.startsWith("E") ? registry : new RuleRegistry(List.of(rule(ruleId)));
        Linter linter = new Linter(only, resources, 1);
        Config config = scenarioFolder(ruleId).map(RuleScenarios.this::configIn).orElse(Config.DEFAULTS);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("ecslint-example");
            Path file = directory.resolve(fileName);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return findingsOf(ruleId, linter.lint(List.of(InputFile.onDisk(file, fileName, true)), f -> config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(directory);
        }
    }

    /**
     * The configuration a rule folder's scenarios (and the rule's examples) are linted with: its
     * {@code .ecslint.yaml} when present, else the defaults.
     */
    private Config configIn(Path ruleFolder) {
        for (String name : ConfigLoader.FILE_NAMES) {
            Path file = ruleFolder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return new ConfigLoader(registry).load(file);
                } catch (ConfigException e) {
                    throw new IllegalStateException(file + ": " + e.getMessage(), e);
                }
            }
        }
        return Config.DEFAULTS;
    }

    private Optional<Path> scenarioFolder(String ruleId) {
        List<Path> files = scenarios().get(ruleId);
        return files == null || files.isEmpty() ? Optional.empty() : Optional.of(files.get(0).getParent());
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    private static List<Finding> findingsOf(String ruleId, LintResult result) {
        return result.activeFindings().stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
    }

    private Rule<?> rule(String ruleId) {
        return registry.rules().stream().filter(r -> r.meta().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId + " is registered"));
    }

    private boolean matches(Expectation e, Finding f) {
        var at = f.location();
        return at.line() == e.line()
                && (e.column() == 0 || (at.column() == e.column() && at.endColumn() == e.endColumn()))
                && (e.pointer() == null || e.pointer().equals(at.pointer()))
                && (e.message() == null || english.render(f.message()).contains(e.message()));
    }

    public String describe(Finding f) {
        var at = f.location();
        return f.ruleId() + " at line " + at.line() + ":" + at.column() + "-" + at.endColumn()
                + (at.pointer() != null ? " " + at.pointer() : "") + " \"" + english.render(f.message()) + "\"";
    }
}
