package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.testing.RuleScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conformance with hadolint: the scenarios named {@code hadolint-*} under {@code dockerfile/<DF id>/} hold
 * the cases of hadolint's own rule specifications (test/Hadolint/Rule/*Spec.hs, PragmaSpec.hs) for the DL
 * rules that have a DF equivalent, wherever RULES.md agrees with hadolint (docs/hadolint-conformance.md
 * lists the cases where it does not, and why). Each {@code # expect:} marker is a case hadolint reports;
 * each finding without a marker is a report hadolint would not make. Prints recall and precision per rule
 * and in total, and holds them to the goals of issue 13.
 */
class HadolintConformanceTest {

    private static final double RECALL_GOAL = 0.95;
    private static final double PRECISION_GOAL = 0.97;
    private static final Pattern OK_MARKER = Pattern.compile("\\s*#\\s*ok:.*");

    @Test
    void theDockerfileRulesAgreeWithHadolintsSpecifications() throws IOException {
        RuleScenarios scenarios = BuiltInRules.scenarios();
        Map<String, int[]> perRule = new TreeMap<>();
        int silentCases = 0;
        StringBuilder misses = new StringBuilder();
        for (Path scenario : hadolintScenarios()) {
            String ruleId = scenario.getParent().getFileName().toString();
            RuleScenarios.Comparison result = scenarios.compare(ruleId, scenario);
            silentCases += (int) Files.readAllLines(scenario).stream().filter(l -> OK_MARKER.matcher(l).matches())
                    .count();
            int[] counts = perRule.computeIfAbsent(ruleId, k -> new int[3]);
            counts[0] += result.matched().size();
            counts[1] += result.missing().size();
            counts[2] += result.unmatched().size();
            result.missing().forEach(e -> misses.append("  missed ").append(scenario.getFileName()).append(": ")
                    .append(e).append('\n'));
            result.unmatched().forEach(f -> misses.append("  extra ").append(scenario.getFileName()).append(": ")
                    .append(scenarios.describe(f)).append('\n'));
        }
        int[] total = new int[3];
        StringBuilder table = new StringBuilder("rule  reported/expected  extra  recall  precision\n");
        perRule.forEach((rule, c) -> {
            table.append(row(rule, c));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        table.append(row("all", total));
        System.out.print("hadolint conformance: " + (total[0] + total[1]) + " cases hadolint reports, " + silentCases
                + " it does not\n" + table + misses);
        assertThat(total[0] + total[1] + silentCases).as("hadolint cases with a DF equivalent").isGreaterThan(300);
        assertThat(recall(total)).as("recall").isGreaterThanOrEqualTo(RECALL_GOAL);
        assertThat(precision(total)).as("precision").isGreaterThanOrEqualTo(PRECISION_GOAL);
    }

    private static List<Path> hadolintScenarios() throws IOException {
        try (Stream<Path> files = Files.walk(BuiltInRules.SCENARIOS.resolve("dockerfile"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("hadolint-")).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static String row(String rule, int[] c) {
        return String.format("%-5s %5d/%-5d %5d  %5.1f%%  %6.1f%%%n", rule, c[0], c[0] + c[1], c[2],
                100 * recall(c), 100 * precision(c));
    }

    private static double recall(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double precision(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }
}
