package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecslint grade} with the built-in rules, on the course example and on a hostile class. */
class GradeCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();
    private static final String SUBMISSIONS = "examples/grading/submissions";
    private static final String RUBRIC = "examples/grading/rubric.yaml";

    @TempDir
    Path tmp;

    private CliRun grade(String... extra) {
        String[] args = Stream.concat(Stream.of("grade", SUBMISSIONS, "--rubric", RUBRIC), Stream.of(extra))
                .toArray(String[]::new);
        return CliRun.in(ROOT, args);
    }

    @Test
    void gradesTheCourseExample() throws IOException {
        Path out = tmp.resolve("grades");
        CliRun run = grade("--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("graded 3 submissions").contains("good  100 / 100")
                .contains("average  54 / 100").contains("poor  5 / 100");
        List<String> csv = Files.readAllLines(out.resolve("grades.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("\uFEFF학생,점수,만점,Dockerfile,태스크 정의,ECS 서비스,"
                + "\"실습 요구 사항 (포트 8080, lab3- family, 512 MiB)\",\"보안 (루트 실행, 비밀 값, 권한)\",이미지 태그 고정,"
                + "그 밖의 오류,경고,수명 주기 정책 (문제 없음),발견 건수,비고");
        assertThat(csv.subList(1, 4)).extracting(row -> row.substring(0, row.lastIndexOf(',', row.length() - 2)))
                .containsExactly(
                        "average,54,100,30,30,0,-15,0,-5,0,-6,0",
                        "good,100,100,30,30,20,0,0,0,0,0,5",
                        "poor,5,100,30,30,0,-5,-30,-10,-20,-10,0");
        assertThat(out.resolve("feedback/good.md")).exists();
        assertThat(out.resolve("feedback/poor.html")).exists();
        assertThat(out.resolve("summary.md")).exists();
        assertThat(out.resolve("gradescope")).doesNotExist();
    }

    @Test
    void feedbackInKoreanExplainsEveryFindingInKorean() throws IOException {
        Path out = tmp.resolve("ko");
        assertThat(grade("--out", out.toString()).exitCode()).isZero();
        String average = Files.readString(out.resolve("feedback/average.md"), StandardCharsets.UTF_8);
        assertThat(average)
                .contains("# average 학생 피드백", "**점수: 54 / 100**")
                .contains("| ECS 서비스 | 0 / 20 | 없음: service에 해당하는 파일이 없습니다 |")
                .contains("#### 6. 경고 CT008 latest-tag: latest 태그를 배포하지 마세요")
                .contains("**-5점(이미지 태그 고정)**")
                .contains("latest는 마지막으로 푸시된 이미지를 가리킵니다")
                .as("the rule's own message about this file, in Korean")
                .contains("**검사 결과:** 이미지 \\`123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/course-api:latest\\`는 "
                        + "푸시할 때마다 바뀌는 \\`latest\\` 태그를 씁니다")
                .doesNotContain("영문 원문");
        String poor = Files.readString(out.resolve("feedback/poor.html"), StandardCharsets.UTF_8);
        assertThat(poor).contains("<html lang=\"ko\">").contains("환경 변수에 비밀 값을 넣지 마세요")
                .contains("추가 감점 없음(보안 (루트 실행, 비밀 값, 권한): 최대 감점에 도달했습니다)")
                .as("secret values never appear, not even on the line of another finding")
                .doesNotContain("supersecret123").doesNotContain("wJalrXUtnFEMI");
        String summary = Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8);
        assertThat(summary).contains("평균 53, 중앙값 54, 최저 5, 최고 100(만점 100)")
                .contains("| CT006 | 컨테이너 로그를 보낼 곳을 지정하세요 | 2 | 3 |")
                .contains("- ECS 서비스 (2): average, poor");
    }

    @Test
    void theLabsCustomRulesAreGradedAndExplainedInTheFeedbacksLanguage() throws IOException {
        Path out = tmp.resolve("lab");
        assertThat(grade("--out", out.toString()).exitCode()).isZero();
        String korean = Files.readString(out.resolve("feedback/average.md"), StandardCharsets.UTF_8);
        assertThat(korean)
                .contains("#### 2. 오류 LAB303 lab-memory-512: \\`memory\\` 값은 512 이하여야 합니다")
                .contains("**-5점(실습 요구 사항 (포트 8080, lab3- family, 512 MiB))**")
                .contains("태스크 메모리가 1024 MiB입니다. 실습 계정은 태스크당 512 MiB까지만 허용합니다")
                .as("the particle follows the student's value").contains("태스크 정의 family course-api는 lab3-로")
                .contains("태스크의 memory를 512로 줄이세요 (cpu는 256).");
        assertThat(grade("--out", tmp.resolve("lab-en").toString(), "--lang", "en", "-f", "md").exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("lab-en/feedback/average.md"), StandardCharsets.UTF_8))
                .contains("#### 7. error LAB301 lab-port-8080: \\`containerPort\\` must equal 8080")
                .contains("container port 8000 is not 8080, the port the lab's load balancer target group forwards to")
                .contains("Set containerPort to 8080 and make the application listen on port 8080.");
        assertThat(Files.readString(out.resolve("feedback/good.md"), StandardCharsets.UTF_8)).doesNotContain("LAB30");
    }

    @Test
    void feedbackInEnglishOnRequest() throws IOException {
        Path out = tmp.resolve("en");
        assertThat(grade("--out", out.toString(), "--lang", "en", "--format", "md,gradescope").exitCode()).isZero();
        String average = Files.readString(out.resolve("feedback/average.md"), StandardCharsets.UTF_8);
        assertThat(average).contains("# Feedback for average", "**Score: 54 / 100**")
                .contains("#### 6. warning CT008 latest-tag: Do not deploy the latest tag")
                .contains("**-5 points (이미지 태그 고정)**")
                .contains("**Why it matters:** \\`latest\\` names whatever was pushed last");
        assertThat(out.resolve("feedback/average.html")).doesNotExist();
        assertThat(out.resolve("grades.csv")).doesNotExist();
        String results = Files.readString(out.resolve("gradescope/poor/results.json"), StandardCharsets.UTF_8);
        assertThat(results).contains("\"score\" : 5,").contains("\"name\" : \"Required file: ECS 서비스\"");
    }

    @Test
    void theGradebooksHeadersFollowLangOverTheRubric() throws IOException {
        Path out = tmp.resolve("csv-en");
        assertThat(grade("--out", out.toString(), "--lang", "en", "-f", "csv").exitCode()).isZero();
        List<String> csv = Files.readAllLines(out.resolve("grades.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("\uFEFFstudent,score,max,Dockerfile,태스크 정의,").endsWith(",findings,note");
        assertThat(Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8))
                .contains("3 submissions; 0 could not be graded.");
    }

    @Test
    void theSameClassGivesByteIdenticalOutputs() throws IOException {
        assertThat(grade("--out", tmp.resolve("a").toString(), "-f", "csv,md,html,gradescope").exitCode()).isZero();
        assertThat(grade("--out", tmp.resolve("b").toString(), "-f", "csv,md,html,gradescope").exitCode()).isZero();
        assertThat(contents(tmp.resolve("a"))).isEqualTo(contents(tmp.resolve("b")));
    }

    @Test
    void aHostileClassIsGradedWithoutEscapingCrashingOrStopping() throws IOException {
        Path subs = Files.createDirectories(tmp.resolve("subs"));
        copyExample("good", subs.resolve("alice"));
        Path linked = Files.createDirectories(subs.resolve("bob"));
        Files.createSymbolicLink(linked.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(linked.resolve("Dockerfile"), Path.of("/etc/passwd"));
        Files.writeString(linked.resolve("task-definition.json"), "{\"family\": \"x\", \"containerDefinitions\": [");
        try (RandomAccessFile huge = new RandomAccessFile(linked.resolve("service.json").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        try (OutputStream raw = Files.newOutputStream(subs.resolve("carol.zip"));
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (String name : List.of("../../../escaped/Dockerfile", "/tmp/escaped.json", "carol/Dockerfile")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("FROM alpine:3.20\nUSER 1000\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.writeString(subs.resolve("dave.zip"), "definitely not a zip");
        copyExample("poor", subs.resolve("erin"));

        Path out = tmp.resolve("out");
        CliRun run = CliRun.in(ROOT, "grade", subs.toString(), "--rubric", RUBRIC, "--out", out.toString(),
                "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("graded 5 submissions, 1 of them could not be read")
                .contains("alice  100 / 100").contains("dave  0 / 100").contains("erin  5 / 100");
        assertThat(tmp.resolve("escaped")).doesNotExist();
        assertThat(Path.of("/tmp/escaped.json")).doesNotExist();

        String bob = Files.readString(out.resolve("feedback/bob.md"), StandardCharsets.UTF_8);
        assertThat(bob).doesNotContain("root:x:0:0")
                .contains("` Dockerfile ` is a symbolic link that leads outside your submission")
                .contains("` etc ` is a symbolic link").contains("50 MiB, over the grader's 1 MiB limit")
                .contains("E001 parse-error");
        String carol = Files.readString(out.resolve("feedback/carol.md"), StandardCharsets.UTF_8);
        assertThat(carol).contains("The zip entry ` ../../../escaped/Dockerfile ` has an absolute path or climbs out")
                .contains("The zip entry ` /tmp/escaped.json `").contains("| ` carol/Dockerfile ` | dockerfile |");
        String dave = Files.readString(out.resolve("feedback/dave.md"), StandardCharsets.UTF_8);
        assertThat(dave).contains("This submission was not graded, so its score is 0: The file is not a zip archive, so it "
                + "cannot be read.");
        assertThat(Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8))
                .contains("## Submissions that could not be graded\n\n- dave.zip: The file is not a zip archive");
    }

    @Test
    void usageAndRubricErrorsExitTwoWithTheirPlace() throws IOException {
        CliRun noOut = grade();
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("`--rubric FILE` and `--out DIR` are required");

        Path rubric = tmp.resolve("rubric.yaml");
        Files.writeString(rubric, "total: 100\ndeductions:\n  - {name: x, rules: [no-such-rule], points: 1, cap: 2}\n");
        CliRun bad = CliRun.in(ROOT, "grade", SUBMISSIONS, "--rubric", rubric.toString(), "--out",
                tmp.resolve("o").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains(rubric + ":3:23: unknown rule `no-such-rule`");

        CliRun inside = grade("--out", SUBMISSIONS + "/results");
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("`--out` must not be inside the submissions directory");
        assertThat(grade("--out", tmp.resolve("x").toString(), "--lang", "fr").err()).contains("`--lang` must be `ko` or `en`");
        assertThat(grade("--out", tmp.resolve("x").toString(), "--format", "pdf").err())
                .contains("unknown grade format `pdf`");
        CliRun help = CliRun.in(ROOT, "grade", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: ecslint grade SUBMISSIONS --rubric FILE --out DIR");
    }

    private static void copyExample(String name, Path target) throws IOException {
        Path source = ROOT.resolve(SUBMISSIONS).resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
