package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricLoaderTest {

    private final RubricLoader loader = new RubricLoader(new RuleRegistry(List.of()));

    private static final String RUBRIC = """
            title: 실습 3
            total: 100
            language: ko
            artifacts:
              - name: Dockerfile
                glob: "**/Dockerfile"
                points: 30
              - name: 태스크 정의
                kind: task-definition
                points: 30
            deductions:
              - name: parse errors
                rules: [parse-error]
                points: 10
                cap: 20
              - name: errors
                severity: [error, warning]
                points: 2.5
                cap: 10
            bonus:
              - name: lifecycle
                kind: lifecycle-policy
                clean: true
                points: 5
            """;

    @Test
    void readsEveryPartWithDefaults() throws RubricException {
        Rubric rubric = loader.parse("rubric.yaml", RUBRIC);
        assertThat(rubric.title()).isEqualTo("실습 3");
        assertThat(rubric.total()).isEqualByComparingTo("100");
        assertThat(rubric.floor()).isEqualByComparingTo("0");
        assertThat(rubric.language()).isEqualTo(Language.KO);
        assertThat(rubric.inlineIgnores()).as("students cannot suppress findings by default")
                .isEqualTo(Config.InlineIgnores.DENY);
        assertThat(rubric.limits()).isEqualTo(SubmissionLimits.DEFAULT);
        assertThat(rubric.artifacts()).extracting(Rubric.Artifact::name).containsExactly("Dockerfile", "태스크 정의");
        assertThat(rubric.artifacts().get(1).files().kind()).contains(DocumentKind.TASK_DEFINITION);
        assertThat(rubric.artifacts().get(0).files().matches("app/Dockerfile", DocumentKind.DOCKERFILE)).isTrue();
        assertThat(rubric.deductions().get(0).ruleIds()).containsExactly("E001");
        assertThat(rubric.deductions().get(1).severities()).containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING);
        assertThat(rubric.deductions().get(1).points()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(rubric.bonuses().get(0).clean()).isTrue();
    }

    @Test
    void theLanguageIsLangAsOnTheCommandLineOrLanguageAsRubricsFirstSpeltIt() throws RubricException {
        assertThat(loader.parse("rubric.yaml", RUBRIC.replace("language: ko", "lang: ko")).language())
                .isEqualTo(Language.KO);
        assertThat(loader.parse("rubric.yaml", RUBRIC.replace("language: ko", "lang: en")).language())
                .isEqualTo(Language.EN);
        assertThat(loader.parse("rubric.yaml", RUBRIC.replace("language: ko\n", "")).language())
                .as("English when the rubric names none").isEqualTo(Language.EN);
        assertThatThrownBy(() -> loader.parse("rubric.yaml", RUBRIC.replace("language: ko", "lang: fr")))
                .isInstanceOf(RubricException.class).hasMessageStartingWith("rubric.yaml:3:7:");
        assertThatThrownBy(() -> loader.parse("rubric.yaml", RUBRIC.replace("language: ko", "lang: ko\nlanguage: en")))
                .isInstanceOf(RubricException.class).hasMessageContaining("once, as `lang:`");
    }

    @Test
    void rubricErrorsAreWrittenInTheGradersLanguage() {
        dev.ecslint.core.i18n.Localizer korean = dev.ecslint.core.i18n.Localizer.of(Language.KO,
                getClass().getClassLoader());
        RubricException floor = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> loader.parse("rubric.yaml", RUBRIC.replace("total: 100", "total: 100\nfloor: 120")),
                RubricException.class);
        assertThat(korean.render(floor.message())).isEqualTo("rubric.yaml:3:8: `floor`(120)가 만점 `total`(100)보다 큽니다");
        assertThat(floor.getMessage()).isEqualTo("rubric.yaml:3:8: floor (120) is above the total (100)");
        RubricException kind = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> loader.parse("rubric.yaml", RUBRIC.replace("kind: task-definition", "kind: taskdef")),
                RubricException.class);
        assertThat(korean.render(kind.message())).as("the schema's checks too").startsWith("rubric.yaml:9:11: "
                + "artifacts[].kind는 dockerfile, task-definition, ").endsWith(" 중 하나여야 하는데 `taskdef`입니다. "
                + "`task-definition`을 쓰려던 것인가요?");
        RubricException twice = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> loader.parse("rubric.yaml", RUBRIC.replace("name: 태스크 정의", "name: Dockerfile")),
                RubricException.class);
        assertThat(korean.render(twice.message()))
                .isEqualTo("rubric.yaml:8:11: 채점 항목 두 개의 이름이 `Dockerfile`로 같습니다. 이름마다 grades.csv의 열이 하나씩 생깁니다");
    }

    @Test
    void unknownKeyIsReportedAtItsLineWithASuggestion() {
        assertThatThrownBy(() -> loader.parse("rubric.yaml", RUBRIC.replace("    cap: 20", "    capp: 20")))
                .isInstanceOf(RubricException.class)
                .hasMessageStartingWith("rubric.yaml:15:5: unknown key `deductions[].capp`")
                .hasMessageContaining("did you mean `deductions[].cap`?");
    }

    @Test
    void pointsOutOfAnyGradesRangeAreAnErrorNotAHang() {
        // found by RubricFuzzTest: adding 1e999999999 to other points made BigDecimal build a billion digits
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("    points: 30\n  - name: 태스크", "    points: 1e999999999\n  - name: 태스크")))
                .isInstanceOf(RubricException.class)
                .hasMessage("r.yaml:7:13: points must be a number up to 1000000 with at most 6 decimals; "
                        + "found 1e999999999");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("points: 2.5", "points: 1e-999999999")))
                .isInstanceOf(RubricException.class).hasMessageContaining("found 1e-999999999");
    }

    @Test
    void unknownRuleKindAndSeverityAreErrorsAtTheirValue() {
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("[parse-error]", "[parse-eror]")))
                .hasMessageStartingWith("r.yaml:13:13: unknown rule `parse-eror`; did you mean `parse-error`?");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("kind: task-definition", "kind: taskdef")))
                .hasMessageStartingWith("r.yaml:9:11: artifacts[].kind must be one of dockerfile, task-definition, ")
                .hasMessageEndingWith("; found `taskdef`; did you mean `task-definition`?");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("[error, warning]", "[error, warn]")))
                .hasMessageStartingWith("r.yaml:17:23: deductions[].severity[] must be one of error, warning, info, style; "
                        + "found `warn`; did you mean `warning`?");
    }

    @Test
    void pointsMustAddUp() {
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("points: 30", "points: 60")))
                .hasMessageContaining("the artifacts are worth 120 points, more than the total of 100");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("cap: 10", "cap: 1")))
                .hasMessageContaining("r.yaml:19:10: cap (1) is less than the points of one finding (2.5)");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("total: 100", "total: -1")))
                .hasMessageStartingWith("r.yaml:2:8: total must be above 0; found -1");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("total: 100", "total: lots")))
                .hasMessageStartingWith("r.yaml:2:8: total must be a number, found a string `lots`");
    }

    @Test
    void itemsNeedWhatTheyAreAbout() {
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("    severity: [error, warning]\n", "")))
                .hasMessageContaining("deduction `errors` needs `rules`, `severity` or both");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("    glob: \"**/Dockerfile\"\n", "")))
                .hasMessageContaining("artifact `Dockerfile` needs a `glob`, a `kind` or both");
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC.replace("name: errors", "name: parse errors")))
                .hasMessageContaining("two rubric items are named `parse errors`");
        assertThatThrownBy(() -> loader.parse("r.yaml", "total: [1\n"))
                .hasMessageStartingWith("r.yaml:");
    }

    @Test
    void inlineIgnoresAndLimitsCanBeSet() throws RubricException {
        Rubric rubric = loader.parse("r.yaml", RUBRIC + "inlineIgnores: require-reason\nlimits:\n  maxFileBytes: 1000\n");
        assertThat(rubric.inlineIgnores()).isEqualTo(Config.InlineIgnores.REQUIRE_REASON);
        assertThat(rubric.limits().maxFileBytes()).isEqualTo(1000);
        assertThat(rubric.limits().maxFiles()).isEqualTo(SubmissionLimits.DEFAULT.maxFiles());
        assertThatThrownBy(() -> loader.parse("r.yaml", RUBRIC + "limits:\n  maxFileBytes: 0\n"))
                .hasMessageContaining("limits.maxFileBytes must be a whole number above 0");
    }
}
