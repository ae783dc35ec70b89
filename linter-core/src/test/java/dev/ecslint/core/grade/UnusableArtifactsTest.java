package dev.ecslint.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A required file that is there but does not parse, or holds nothing, earns nothing, whatever its kind,
 * and the feedback says why; the class summary names submissions that hand in the same files.
 */
class UnusableArtifactsTest {

    private static final String RUBRIC = """
            title: Lab
            total: 90
            artifacts:
              - {name: Dockerfile, kind: dockerfile, points: 30}
              - {name: Task definition, kind: task-definition, points: 30}
              - {name: Service, glob: "deploy/*.json", points: 30}
            bonus:
              - {name: Lifecycle policy, kind: lifecycle-policy, points: 5}
            """;

    private static final String DOCKERFILE = "FROM alpine:3.20\nRUN adduser -D app\nUSER app\n";
    private static final String TASK = """
            {"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 512}]}
            """;
    private static final String SERVICE = """
            {"serviceName": "web", "cluster": "main", "taskDefinition": "web:3", "desiredCount": 2}
            """;

    @TempDir
    Path dir;

    private final RuleRegistry registry = new RuleRegistry(List.of());

    private void submit(String student, String path, String content) throws IOException {
        Path file = dir.resolve("subs").resolve(student).resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private ClassResults grade() throws Exception {
        Rubric rubric = new RubricLoader(registry).parse("rubric.yaml", RUBRIC);
        return new Grader(registry, getClass().getClassLoader()).grade(dir.resolve("subs"), rubric);
    }

    private String written(ClassResults results, Language language, String file) throws IOException {
        Path out = dir.resolve("out-" + language.code());
        new GradeOutputs(registry, getClass().getClassLoader()).write(results, out, language,
                EnumSet.of(GradeOutputs.Format.MD));
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }

    private static GradeResult of(ClassResults results, String student) {
        return results.results().stream().filter(r -> r.studentId().equals(student)).findFirst().orElseThrow();
    }

    private static String earned(GradeResult result, String item) {
        return result.items().stream().filter(i -> i.name().equals(item)).findFirst().orElseThrow().points()
                .toPlainString();
    }

    @Test
    void aDockerfileOfFromOnlyEarnsNothingAndTheFeedbackSaysWhy() throws Exception {
        submit("ann", "Dockerfile", "FROM alpine:3.20\nARG VERSION\n");
        submit("ann", "task.json", TASK);
        submit("ann", "deploy/service.json", SERVICE);

        ClassResults results = grade();

        assertThat(earned(of(results, "ann"), "Dockerfile")).isEqualTo("0");
        assertThat(earned(of(results, "ann"), "Task definition")).isEqualTo("30");
        assertThat(of(results, "ann").score().toPlainString()).isEqualTo("60");
        assertThat(written(results, Language.EN, "feedback/ann.md"))
                .contains("Dockerfile holds nothing but FROM and ARG: it builds nothing of its own, so it earns no points");
        assertThat(written(results, Language.KO, "feedback/ann.md"))
                .contains("Dockerfile 파일에는 FROM과 ARG 말고는 명령이 없어");
    }

    @Test
    void aBrokenFileEarnsNothingForEveryKindAndTheFeedbackPointsAtItsError() throws Exception {
        submit("bob", "Dockerfile", "FROM alpine:3.20\nRUN <<EOF\necho never closed\n");
        submit("bob", "task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\",");
        submit("bob", "deploy/service.json", "{\"serviceName\": \"web\", \"desiredCount\": 2,,}");

        ClassResults results = grade();
        GradeResult bob = of(results, "bob");

        assertThat(bob.items()).filteredOn(i -> i.type() == ItemResult.Type.ARTIFACT)
                .allSatisfy(i -> assertThat(i.points().signum()).isZero());
        assertThat(bob.files()).allSatisfy(f -> assertThat(f.flaw()).contains(GradedFile.Flaw.UNPARSEABLE));
        String feedback = written(results, Language.EN, "feedback/bob.md");
        assertThat(feedback).contains("Dockerfile does not parse, so it earns no points: its E001 finding below says where")
                .contains("task-definition.json does not parse, so it earns no points")
                .contains("deploy/service.json does not parse, so it earns no points")
                .contains("E001 parse-error");
        assertThat(written(results, Language.KO, "feedback/bob.md"))
                .contains("task-definition.json 파일을 해석할 수 없어 점수를 받지 못했습니다");
        assertThat(feedback.split("task-definition.json does not parse", -1)).as("named for the task definition only, "
                + "the kind its keys say, not for the lifecycle policy bonus").hasSize(2);
    }

    @Test
    void anEmptyDocumentEarnsNothingEvenWhereOnlyItsNameIsAsked() throws Exception {
        submit("cy", "Dockerfile", DOCKERFILE);
        submit("cy", "task.json", TASK);
        submit("cy", "deploy/service.json", "{}\n");

        ClassResults results = grade();

        assertThat(earned(of(results, "cy"), "Service")).isEqualTo("0");
        assertThat(of(results, "cy").score().toPlainString()).isEqualTo("60");
        assertThat(written(results, Language.EN, "feedback/cy.md"))
                .contains("deploy/service.json is an empty document, so it earns no points");
    }

    @Test
    void aCompleteSubmissionEarnsEveryArtifact() throws Exception {
        submit("dee", "Dockerfile", DOCKERFILE);
        submit("dee", "task.json", TASK);
        submit("dee", "deploy/service.json", SERVICE);

        assertThat(of(grade(), "dee").score().toPlainString()).isEqualTo("90");
    }

    @Test
    void theClassSummaryNamesIdenticalAndNearIdenticalSubmissions() throws Exception {
        for (String student : List.of("ann", "bob")) {
            submit(student, "Dockerfile", DOCKERFILE);
            submit(student, "task.json", TASK);
        }
        // the same files re-indented, commented and renamed
        submit("cy", "Dockerfile", "# my own work\nFROM   alpine:3.20\n\nRUN adduser -D app\n  USER app\n");
        submit("cy", "taskdef.json", TASK.replace(", ", ",\n    "));
        submit("dee", "Dockerfile", DOCKERFILE.replace("USER app", "USER 1000"));
        submit("dee", "task.json", TASK);

        ClassResults results = grade();

        assertThat(results.identical()).containsExactly(new Likeness.Group(List.of("ann", "bob"), true),
                new Likeness.Group(List.of("ann", "bob", "cy"), false));
        assertThat(written(results, Language.EN, "summary.md")).contains("## Identical submissions")
                .contains("- ann, bob: the same files, byte for byte")
                .contains("- ann, bob, cy: the same files once whitespace and comment lines are set aside")
                .doesNotContain("dee:");
        assertThat(written(results, Language.KO, "summary.md")).contains("## 똑같은 제출물")
                .contains("- ann, bob: 파일이 바이트 단위까지 똑같습니다");
    }

    @Test
    void aClassOfDifferentSubmissionsHasNoIdenticalSection() throws Exception {
        submit("ann", "Dockerfile", DOCKERFILE);
        submit("bob", "Dockerfile", DOCKERFILE.replace("3.20", "3.21"));

        ClassResults results = grade();

        assertThat(results.identical()).isEmpty();
        assertThat(written(results, Language.EN, "summary.md")).doesNotContain("Identical submissions");
    }
}
