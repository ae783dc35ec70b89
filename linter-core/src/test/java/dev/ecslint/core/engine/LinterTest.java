package dev.ecslint.core.engine;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.RuleSet;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.testing.RunInstructionRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinterTest {

    private final RuleRegistry registry = new RuleRegistry(List.of(new RunInstructionRule()));

    private List<Finding> lint(Config config, String content) {
        Linter linter = new Linter(registry, getClass().getClassLoader(), 1);
        return linter.lint(List.of(InputFile.inMemory("Dockerfile", content)), f -> config).findings();
    }

    private Config config(String yaml) throws Exception {
        return new ConfigLoader(registry).parse(Path.of(".ecslint.yaml"), yaml);
    }

    @Test
    void ecslintCommentSilencesTheNextInstructionOnly() {
        List<Finding> findings = lint(Config.DEFAULTS, """
                FROM alpine:3.20
                # ecslint ignore=XT001 -- vendor script
                RUN a \\
                    && b
                RUN c
                """);
        assertThat(findings).extracting(f -> f.location().line(), Finding::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true),
                        org.assertj.core.groups.Tuple.tuple(5, false));
        assertThat(Localizer.english().render(findings.get(0).suppression().justification())).isEqualTo("vendor script");
        assertThat(findings.get(0).suppression().inSource()).isTrue();
    }

    @Test
    void namesGlobalIgnoresAndHadolintPragmasWork() {
        assertThat(lint(Config.DEFAULTS, "FROM alpine\n# ecslint ignore=run-instruction\nRUN a\n"))
                .allMatch(Finding::suppressed);
        assertThat(lint(Config.DEFAULTS, "# ecslint global ignore=XT001\nFROM alpine\nRUN a\nRUN b\n"))
                .hasSize(2).allMatch(Finding::suppressed);
        assertThat(lint(Config.DEFAULTS, "FROM alpine\n# hadolint ignore=DL9999\nRUN a\n")).allMatch(Finding::suppressed);
        assertThat(lint(Config.DEFAULTS, "FROM alpine\n# hadolint ignore=XT001\nRUN a\n"))
                .as("hadolint pragmas name hadolint ids, not ours").noneMatch(Finding::suppressed);
    }

    @Test
    void inlineIgnoresCanBeDeniedOrRequireAReason() throws Exception {
        String dockerfile = "FROM alpine\n# ecslint ignore=XT001\nRUN a\n# ecslint ignore=XT001 -- reviewed\nRUN b\n";
        assertThat(lint(config("inlineIgnores: deny\n"), dockerfile)).noneMatch(Finding::suppressed);
        assertThat(lint(config("inlineIgnores: require-reason\n"), dockerfile))
                .extracting(Finding::suppressed).containsExactly(false, true);
    }

    @Test
    void configurationReGradesAndIgnores() throws Exception {
        assertThat(lint(config("rules:\n  XT001: error\n"), "FROM alpine\nRUN a\n"))
                .extracting(f -> f.severity().label()).containsExactly("error");
        assertThat(lint(config("rules:\n  run-instruction: off\n"), "FROM alpine\nRUN a\n")).isEmpty();
        assertThat(lint(config("ignore:\n  - paths: [\"Dockerfile\"]\n    rules: [XT001]\n"), "FROM alpine\nRUN a\n"))
                .allMatch(f -> f.suppressed() && !f.suppression().inSource());
    }

    @Test
    void aBrokenFileGivesOneE001AndTheOthersAreStillLinted() {
        Linter linter = new Linter(registry, getClass().getClassLoader(), 2);
        List<InputFile> files = List.of(InputFile.inMemory("a/Dockerfile", "FROM alpine\nRUNX a\n"),
                InputFile.inMemory("b/Dockerfile", "FROM alpine\nRUN b\n"));
        List<Finding> findings = linter.lint(files, f -> Config.DEFAULTS).findings();
        assertThat(findings).extracting(Finding::ruleId, f -> f.location().path())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E001", "a/Dockerfile"),
                        org.assertj.core.groups.Tuple.tuple("XT001", "b/Dockerfile"));
    }

    @Test
    void parallelLintingIsDeterministic() {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            files.add(InputFile.inMemory(String.format("s%03d/Dockerfile", 199 - i), "FROM alpine\nRUN a\nRUN b\n"));
        }
        Linter parallel = new Linter(registry, getClass().getClassLoader(), 4);
        Linter serial = new Linter(registry, getClass().getClassLoader(), 1);
        List<String> a = parallel.lint(files, f -> Config.DEFAULTS).findings().stream().map(Finding::toString)
                .collect(Collectors.toList());
        List<String> b = serial.lint(files, f -> Config.DEFAULTS).findings().stream().map(Finding::toString)
                .collect(Collectors.toList());
        assertThat(a).hasSize(400).isEqualTo(b);
        assertThat(a.get(0)).contains("s000/Dockerfile");
    }

    @Test
    void aRuleThatThrowsBecomesAFindingNotACrash() {
        Rule<Dockerfile> broken = new Rule<>() {
            @Override
            public RuleMeta meta() {
                return RuleMeta.builder("XT002", "broken").title("t").severity(dev.ecslint.core.model.Severity.INFO)
                        .kinds(dev.ecslint.core.model.DocumentKind.DOCKERFILE).build();
            }

            @Override
            public Class<Dockerfile> subjectType() {
                return Dockerfile.class;
            }

            @Override
            public void check(Dockerfile subject, RuleContext ctx) {
                throw new IllegalStateException("boom");
            }
        };
        Linter linter = new Linter(new RuleRegistry(List.of(broken)), getClass().getClassLoader(), 1);
        List<Finding> findings = linter.lint(List.of(InputFile.inMemory("Dockerfile", "FROM alpine\n")),
                f -> Config.DEFAULTS).findings();
        assertThat(findings).singleElement().satisfies(f -> assertThat(english(f)).contains("rule `XT002` failed")
                .contains("java.lang.IllegalStateException").doesNotContain("boom"));
    }

    @Test
    void aRuleSetIsCreatedOnlyWhenAFileYieldsASubjectItInspects() {
        List<String> created = new ArrayList<>();
        RuleSet dockerfileRules = countingSet(created, Dockerfile.class, new RunInstructionRule());
        RuleSet taskRules = countingSet(created, TaskDefinition.class);
        Linter linter = new Linter(new RuleRegistry(List.of(dockerfileRules, taskRules), List.of()),
                getClass().getClassLoader(), 1);

        LintResult result = linter.lint(List.of(InputFile.inMemory("Dockerfile", "FROM alpine:3.20\nRUN a\n")),
                f -> Config.DEFAULTS);

        assertThat(created).containsExactly("Dockerfile");
        assertThat(result.rules()).extracting(RuleMeta::id).containsExactly("E001", "E002", "E003", "XT001");
    }

    private static RuleSet countingSet(List<String> created, Class<?> type, Rule<?>... rules) {
        return new RuleSet() {
            @Override
            public List<Class<?>> subjectTypes() {
                return List.of(type);
            }

            @Override
            public List<Rule<?>> rules() {
                created.add(type.getSimpleName());
                return List.of(rules);
            }
        };
    }

    @Test
    void filesAreHandedOnInPathOrderWithOnlyAFewPerThreadLintedAhead() {
        AtomicInteger linted = new AtomicInteger();
        AbstractDockerfileRule counting = new AbstractDockerfileRule(RuleMeta.builder("XT009", "counting")
                .title("Counts the files it sees").severity(Severity.INFO).category(Category.MAINTAINABILITY)
                .kinds(DocumentKind.DOCKERFILE).rationale("Exercises the engine.").fix("None.")
                .bad("Dockerfile", "FROM scratch\n").good("Dockerfile", "FROM scratch\n").build()) {
            @Override
            public void check(Dockerfile dockerfile, RuleContext ctx) {
                linted.incrementAndGet();
            }
        };
        Linter linter = new Linter(new RuleRegistry(List.of(counting)), getClass().getClassLoader(), 2);
        List<InputFile> files = new ArrayList<>();
        for (int i = 199; i >= 0; i--) {
            files.add(InputFile.inMemory(String.format("d%03d/Dockerfile", i), "FROM alpine\nRUN a\n"));
        }
        List<String> order = new ArrayList<>();
        List<Integer> lintedWhenHandedOn = new ArrayList<>();
        linter.lintInOrder(files, f -> Config.DEFAULTS, outcome -> {
            order.add(outcome.displayPath());
            lintedWhenHandedOn.add(linted.get());
        });
        assertThat(order).hasSize(200).isSorted();
        // 2 threads × 4 files in flight: the n-th file is handed on before file n + 8 is even submitted
        for (int n = 0; n < order.size(); n++) {
            assertThat(lintedWhenHandedOn.get(n)).as("files linted when file %d was handed on", n)
                    .isLessThanOrEqualTo(n + 8);
        }
    }
}
