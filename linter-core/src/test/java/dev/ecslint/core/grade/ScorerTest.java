package dev.ecslint.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final String RUBRIC = """
            total: 100
            artifacts:
              - {name: Dockerfile, kind: dockerfile, points: 30}
              - {name: task, kind: task-definition, points: 30}
            deductions:
              - {name: parse, rules: [E001], points: 10, cap: 15}
              - {name: errors, severity: error, points: 4, cap: 20}
              - {name: warnings, severity: warning, points: 1, cap: 5}
            bonus:
              - {name: policy, kind: lifecycle-policy, clean: true, points: 5}
            """;

    private static final List<GradedFile> BOTH = List.of(new GradedFile("Dockerfile", DocumentKind.DOCKERFILE),
            new GradedFile("td.json", DocumentKind.TASK_DEFINITION));

    private static Rubric rubric(String extra) throws RubricException {
        return new RubricLoader(new RuleRegistry(List.of())).parse("r.yaml", RUBRIC + extra);
    }

    private static Submission submission() {
        return new Submission("amy", "amy", List.of(), List.of(), List.of(), Optional.empty());
    }

    private static ChargedFinding finding(String rule, Severity severity, String path, int line) {
        return new ChargedFinding(new Finding(rule, "r", severity, "message", Location.at(path, line, 1), "fix", null),
                "", Optional.empty(), BigDecimal.ZERO);
    }

    @Test
    void aCleanCompleteSubmissionGetsTheTotal() throws RubricException {
        GradeResult r = new Scorer(rubric("")).score(submission(), BOTH, List.of());
        assertThat(r.score()).isEqualByComparingTo("100");
        assertThat(r.items()).extracting(ItemResult::points).extracting(BigDecimal::intValue)
                .containsExactly(30, 30, 0, 0, 0, 0);
    }

    @Test
    void eachFindingGoesToTheFirstMatchingDeductionUntilItsCap() throws RubricException {
        List<ChargedFinding> findings = new ArrayList<>();
        for (int line = 1; line <= 3; line++) {
            findings.add(finding("E001", Severity.ERROR, "td.json", line)); // parse: 10, 5 (cap 15), 0
        }
        for (int line = 1; line <= 7; line++) {
            findings.add(finding("TD001", Severity.ERROR, "Dockerfile", line)); // errors: 4 × 5 = 20, then capped
        }
        findings.add(finding("CT002", Severity.WARNING, "Dockerfile", 9));
        findings.add(finding("CT011", Severity.INFO, "Dockerfile", 10));
        GradeResult r = new Scorer(rubric("")).score(submission(), BOTH, findings);
        assertThat(r.items()).extracting(ItemResult::points).extracting(BigDecimal::intValue)
                .containsExactly(30, 30, -15, -20, -1, 0);
        assertThat(r.score()).isEqualByComparingTo("64");
        assertThat(r.findings()).filteredOn(f -> f.finding().ruleId().equals("E001"))
                .extracting(f -> f.pointsLost().intValue()).containsExactly(10, 5, 0);
        assertThat(r.findings().get(2).capReached()).isTrue();
        ChargedFinding info = r.findings().stream().filter(f -> f.finding().ruleId().equals("CT011")).findFirst()
                .orElseThrow();
        assertThat(info.deduction()).isEmpty();
        assertThat(info.capReached()).isFalse();
    }

    @Test
    void missingArtifactsCostTheirPointsAndNoArtifactAtAllScoresTheFloor() throws RubricException {
        GradeResult onlyDockerfile = new Scorer(rubric("")).score(submission(), BOTH.subList(0, 1), List.of());
        assertThat(onlyDockerfile.score()).isEqualByComparingTo("70");
        assertThat(onlyDockerfile.items().get(1).files()).isEmpty();

        GradeResult nothing = new Scorer(rubric("floor: 10\n")).score(submission(),
                List.of(new GradedFile("notes.json", DocumentKind.UNKNOWN)), List.of());
        assertThat(nothing.nothingToGrade()).isTrue();
        assertThat(nothing.score()).isEqualByComparingTo("10");
    }

    @Test
    void theFloorAndTheCeilingHold() throws RubricException {
        List<ChargedFinding> many = new ArrayList<>();
        for (int line = 1; line <= 10; line++) {
            many.add(finding("E001", Severity.ERROR, "td.json", line));
            many.add(finding("X001", Severity.ERROR, "td.json", line));
            many.add(finding("X002", Severity.WARNING, "td.json", line));
        }
        List<GradedFile> one = BOTH.subList(0, 1);
        assertThat(new Scorer(rubric("")).score(submission(), one, many).score()).isEqualByComparingTo("30");
        assertThat(new Scorer(rubric("floor: 35\n")).score(submission(), one, many).score())
                .isEqualByComparingTo("35");

        List<GradedFile> withPolicy = new ArrayList<>(BOTH);
        withPolicy.add(new GradedFile("policy.json", DocumentKind.LIFECYCLE_POLICY));
        assertThat(new Scorer(rubric("")).score(submission(), withPolicy, List.of()).score())
                .as("the total is a ceiling").isEqualByComparingTo("100");
        assertThat(new Scorer(rubric("extraCredit: true\n")).score(submission(), withPolicy, List.of()).score())
                .isEqualByComparingTo("105");
    }

    @Test
    void aCleanBonusNeedsItsFilesWithoutFindings() throws RubricException {
        List<GradedFile> withPolicy = new ArrayList<>(BOTH);
        withPolicy.add(new GradedFile("policy.json", DocumentKind.LIFECYCLE_POLICY));
        List<ChargedFinding> onPolicy = List.of(finding("LP011", Severity.INFO, "policy.json", 3),
                finding("E001", Severity.ERROR, "Dockerfile", 1));
        GradeResult r = new Scorer(rubric("extraCredit: true\n")).score(submission(), withPolicy, onPolicy);
        assertThat(r.items().get(5).points()).isEqualByComparingTo("0");
        assertThat(r.items().get(5).files()).containsExactly("policy.json");
        assertThat(r.score()).isEqualByComparingTo("90");
    }

    @Test
    void suppressedFindingsCostNothing() throws RubricException {
        ChargedFinding f = finding("X001", Severity.ERROR, "Dockerfile", 1);
        ChargedFinding suppressed = new ChargedFinding(f.finding().suppressedBy(
                Finding.Suppression.because(true, "# ecslint ignore")), "", Optional.empty(), BigDecimal.ZERO);
        GradeResult r = new Scorer(rubric("")).score(submission(), BOTH, List.of(suppressed));
        assertThat(r.score()).isEqualByComparingTo("100");
        assertThat(r.activeFindings()).isEmpty();
    }

    @Test
    void anUnreadableSubmissionScoresZeroWithItsReason() throws RubricException {
        Submission broken = Submission.unreadable("bob", "bob.zip",
                new ReadProblem(ReadProblem.Kind.BROKEN_ARCHIVE, "", "not a zip archive"));
        GradeResult r = new Scorer(rubric("floor: 10\n")).score(broken, List.of(), List.of());
        assertThat(r.score()).isEqualByComparingTo("0");
        assertThat(r.unreadable()).isPresent();
        assertThat(r.items()).hasSize(6).allSatisfy(i -> assertThat(i.points().signum()).isZero());
    }
}
