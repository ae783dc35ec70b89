package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the grader writes, with the engine's own rules only (the built-in rules are tested from the CLI). */
class GradeOutputsTest {

    private static final String RUBRIC = """
            title: "Lab <3>"
            total: 10
            artifacts:
              - {name: Dockerfile, kind: dockerfile, points: 4}
            deductions:
              - {name: "=parse errors", rules: [parse-error], points: 3, cap: 6}
            """;

    @TempDir
    Path dir;

    private final RuleRegistry registry = new RuleRegistry(List.of());

    private Map<String, String> gradeAndRead(Path out, Language language) throws Exception {
        Rubric rubric = new RubricLoader(registry).parse("rubric.yaml", RUBRIC);
        ClassResults results = new Grader(registry, getClass().getClassLoader()).grade(dir.resolve("subs"), rubric);
        new GradeOutputs(registry, getClass().getClassLoader()).write(results, out, language,
                EnumSet.allOf(GradeOutputs.Format.class));
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private void submissions() throws IOException {
        Path ok = Files.createDirectories(dir.resolve("subs/=cmd|' -C calc'!A0"));
        Files.writeString(ok.resolve("Dockerfile"), "FROM alpine:3.20\nUSER app\n");
        Path bad = Files.createDirectories(dir.resolve("subs/<i>mallory"));
        Files.writeString(bad.resolve("Dockerfile"), "FROM alpine:3.20\n<script>alert(1)</script>\n");
        // the Dockerfile that earns the artifact's points: a broken one earns none
        Files.writeString(Files.createDirectories(bad.resolve("web")).resolve("Dockerfile"),
                "FROM alpine:3.20\nUSER app\n");
        Files.writeString(dir.resolve("subs/ivy.zip"), "not a zip at all");
    }

    @Test
    void writesEveryOutputDeterministically() throws Exception {
        submissions();
        Map<String, String> first = gradeAndRead(dir.resolve("out1"), Language.EN);
        Map<String, String> second = gradeAndRead(dir.resolve("out2"), Language.EN);
        assertThat(first).isEqualTo(second);
        assertThat(first.keySet()).contains("grades.csv", "summary.md", "summary.html", "feedback/ivy.md",
                "feedback/ivy.html", "gradescope/ivy/results.json", "feedback/_i_mallory.html");
    }

    @Test
    void theGradebookOpensInExcelAndCannotRunFormulas() throws Exception {
        submissions();
        String csv = gradeAndRead(dir.resolve("out"), Language.KO).get("grades.csv");
        assertThat(csv).as("headers in the feedback's language, the rubric's item names as written")
                .startsWith("\uFEFF학생,점수,만점,Dockerfile,'=parse errors,발견 건수,비고\r\n");
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEqualTo("<i>mallory,7,10,4,-3,1,");
        assertThat(rows.get(2)).isEqualTo("'=cmd|' -C calc'!A0,10,10,4,0,0,");
        assertThat(rows.get(3)).isEqualTo("ivy,0,10,0,0,0,zip 압축 파일이 아니라서 읽을 수 없습니다.");
    }

    @Test
    void htmlEscapesEverythingFromSubmissions() throws Exception {
        submissions();
        Map<String, String> files = gradeAndRead(dir.resolve("out"), Language.EN);
        String page = files.get("feedback/_i_mallory.html");
        assertThat(page).doesNotContain("<script>").doesNotContain("<i>mallory")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;i&gt;mallory")
                .contains("Lab &lt;3&gt;");
        assertThat(files.get("summary.html")).doesNotContain("<i>mallory");
        String markdown = files.get("feedback/_i_mallory.md");
        assertThat(markdown).contains("# Feedback for &lt;i&gt;mallory").contains("<script>alert(1)</script>")
                .as("source lines stay verbatim, inside a fenced code block").contains("```\n<script>");
    }

    @Test
    void feedbackExplainsFindingsAndPointsInBothLanguages() throws Exception {
        submissions();
        String en = gradeAndRead(dir.resolve("en"), Language.EN).get("feedback/_i_mallory.md");
        assertThat(en).contains("**Score: 7 / 10**").contains("### ` Dockerfile `")
                .contains("error E001 parse-error").contains("line 2, column 1").contains("**-3 points (=parse errors)**")
                .contains("**Why it matters:**").contains("**How to fix it:**");
        String ko = gradeAndRead(dir.resolve("ko"), Language.KO).get("feedback/_i_mallory.md");
        assertThat(ko).contains("**점수: 7 / 10**").contains("오류 E001 parse-error").contains("2번째 줄, 1번째 칸")
                .contains("**-3점(=parse errors)**").contains("**왜 중요한가요:**").contains("**고치는 방법:**");
        String ungraded = gradeAndRead(dir.resolve("ko2"), Language.KO).get("feedback/ivy.md");
        assertThat(ungraded).contains("이 제출물은 채점하지 못해 0점입니다: zip 압축 파일이 아니라서 읽을 수 없습니다.")
                .doesNotContain("not a zip");
    }

    @Test
    void gradescopeResultsCarryTheScoreAndOneTestPerItem() throws Exception {
        submissions();
        String json = gradeAndRead(dir.resolve("out"), Language.EN).get("gradescope/_i_mallory/results.json");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.path("score").asInt()).isEqualTo(7);
        assertThat(tree.path("output_format").asText()).isEqualTo("md");
        assertThat(tree.has("execution_time")).isFalse();
        assertThat(tree.path("tests")).hasSize(2);
        assertThat(tree.path("tests").get(1).path("name").asText()).isEqualTo("Deduction: =parse errors");
        assertThat(tree.path("tests").get(1).path("score").asInt()).isEqualTo(3);
        assertThat(tree.path("tests").get(1).path("max_score").asInt()).isEqualTo(6);
    }

    @Test
    void everyLabelExistsInEveryLanguage() {
        java.util.Set<String> english = Labels.of(Language.EN).keys();
        for (Language language : Language.values()) {
            assertThat(Labels.of(language).keys()).as(language.code()).isEqualTo(english);
        }
        for (ReadProblem.Kind kind : ReadProblem.Kind.values()) {
            assertThat(english).contains(kind.key());
        }
    }
}
