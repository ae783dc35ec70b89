package dev.ecslint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.engine.LintSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcslintCheckTest {

    private static final String VALID_TASK = "{\"family\": \"web\", \"containerDefinitions\": []}\n";
    private static final String BROKEN_TASK = "{\"family\": \"web\", \"containerDefinitions\": [\n";

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();
    private final EcslintCheck check = new EcslintCheck(new EngineOnlyLoader());

    private SettingsBuilder settings() {
        return new SettingsBuilder(base);
    }

    @Test
    void aCleanModulePassesAndStillWritesTheJsonReport() throws Exception {
        write("deploy/task-definition.json", VALID_TASK);

        LintSession.Outcome outcome = check.run(settings().build(), log);

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.report().files()).containsExactly("deploy/task-definition.json");
        assertThat(log.lines).containsExactly("[INFO] ecslint: no findings in 1 file (1 task-definition)");
        assertThat(read("target/ecslint/ecslint.json")).contains("\"findings\": 0");
    }

    @Test
    void aModuleOfOrdinaryFilesThatLookLikeEcsDocumentsPasses() throws Exception {
        // issue 18: a package.json's "repository" and a Helm values.yaml's "service:" once failed the build
        write("package.json", "{\"name\": \"web\", \"version\": \"1.0.0\", \"repository\": \"github:acme/web\"}");
        write("chart/values.yaml", "replicaCount: 2\nservice:\n  type: ClusterIP\n  port: 80\n");
        write("chart/templates/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n");
        write("deploy/task-definition.json", VALID_TASK);

        LintSession.Outcome outcome = check.run(settings().build(), log);

        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.report().findings()).isEmpty();
        assertThat(outcome.report().files()).containsExactly("deploy/task-definition.json");
    }

    @Test
    void anInternalErrorIsABuildErrorOfOneLineWithTheCauseForDashE() {
        ClassLoader broken = new ClassLoader(EcslintCheckTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<java.net.URL> getResources(String name) {
                throw new IllegalStateException("rule jar index is corrupt\nsecond line");
            }
        };

        assertThatThrownBy(() -> new EcslintCheck(broken).run(settings().build(), log))
                .isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class)
                .hasMessage("ecslint: internal error: java.lang.IllegalStateException: rule jar index is corrupt "
                        + "(a bug in ecslint; run Maven with `-e` for the stack trace)")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new EcslintCheck(broken).run(settings().lang("ko").build(), log))
                .hasMessageStartingWith("ecslint: 내부 오류: java.lang.IllegalStateException: rule jar index is corrupt "
                        + "(ecslint의 버그입니다.");
    }

    @Test
    void aFindingAtTheThresholdFailsTheBuildNamingCountSeverityAndReports() throws Exception {
        write("deploy/task-definition.json", BROKEN_TASK);

        assertThatThrownBy(() -> check.run(settings().formats("sarif").build(), log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("ecslint: 1 finding at or above error (1 error); reports: "
                        + base.resolve("target/ecslint/ecslint.json") + ", "
                        + base.resolve("target/ecslint/ecslint.sarif"));

        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(0)).startsWith("[ERROR] " + base.resolve("deploy/task-definition.json") + ":[2,1] "
                + "E001 parse-error: ");
        assertThat(log.lines.get(1)).isEqualTo("[WARNING] ecslint: 1 finding (1 error, 0 warnings, 0 info, 0 style) "
                + "in 1 file (1 unreadable)");
        assertThat(base.resolve("target/ecslint/ecslint.sarif")).isRegularFile();
    }

    @Test
    void failOnViolationFalseOnlyWarns() throws Exception {
        write("task-definition.json", BROKEN_TASK);

        LintSession.Outcome outcome = check.run(settings().failOnViolation(false).consoleOutput(false).build(), log);

        assertThat(outcome.failed()).isTrue();
        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(1)).startsWith("[WARNING] ecslint: 1 finding at or above error (1 error); reports: ")
                .endsWith("(not failing the build: `failOnViolation` is `false`)");
    }

    @Test
    void inKoreanTheLogTheFailureAndTheReportsSpeakKorean() throws Exception {
        write("deploy/task-definition.json", BROKEN_TASK);

        assertThatThrownBy(() -> check.run(settings().lang("ko").build(), log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ecslint: error 이상인 문제 1건(오류 1), 보고서: ");
        assertThat(log.lines.get(0)).startsWith("[ERROR] ")
                .endsWith("E001 parse-error: JSON 문법 오류: 객체나 배열이 모두 닫히기 전에 문서가 끝납니다.");
        assertThat(log.lines.get(1)).isEqualTo("[WARNING] ecslint: 파일 1개(읽지 못함 1개)에서 문제 1건"
                + "(오류 1, 경고 0, 정보 0, 스타일 0)을 발견했습니다");
        assertThat(Files.readString(base.resolve("target/ecslint/ecslint.json")))
                .contains("\"ruleId\": \"E001\"").contains("객체나 배열이 모두 닫히기 전에");
        assertThatThrownBy(() -> check.run(settings().lang("fr").build(), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("`<lang>` (`ecslint.lang`) must be `ko` or `en`; found `fr`");
    }

    @Test
    void theModulesCustomRulesAreDescribedInTheRunsLanguage() throws Exception {
        write(".ecslint.yaml", """
                customRules:
                  - id: LAB001
                    name: lab-port-8080
                    severity: warning
                    kind: task-definition
                    given: containerDefinitions[*].portMappings[*].containerPort
                    then: {equals: 8080}
                    message: {en: "container port {value} is not 8080", ko: "컨테이너 포트 {value}은/는 8080이 아닙니다"}
                """);
        write("deploy/task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\", "
                + "\"image\": \"web:1.0\", \"portMappings\": [{\"containerPort\": 80}]}]}\n");

        check.run(settings().lang("ko").formats("sarif").failOn("none").build(), log);

        String sarif = read("target/ecslint/ecslint.sarif");
        assertThat(sarif).contains("컨테이너 포트 80은 8080이 아닙니다")
                .as("the rule's description, not only its findings").contains("`containerPort` 값은 다음과 같아야 합니다: 8080");
    }

    @Test
    void failOnNoneNeverFailsAndAHigherThresholdIgnoresLowerFindings() throws Exception {
        write("task-definition.json", BROKEN_TASK);
        write(".ecslint.yaml", "rules:\n  E001: warning\n");

        assertThat(check.run(settings().build(), log).failed()).isFalse();
        assertThat(check.run(settings().failOn("none").build(), log).failed()).isFalse();
        assertThatThrownBy(() -> check.run(settings().failOn("WARNING").build(), log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ecslint: 1 finding at or above warning (1 warning); reports: ");
    }

    @Test
    void excludedDirectoriesAndOtherModulesAreNotLinted() throws Exception {
        write("task-definition.json", VALID_TASK);
        write("child/task-definition.json", BROKEN_TASK);
        write("child/deep/task-definition.json", BROKEN_TASK);
        write("build/task-definition.json", BROKEN_TASK);
        write("target/task-definition.json", BROKEN_TASK);
        write("legacy/task-definition.json", BROKEN_TASK);

        LintSession.Outcome outcome = check.run(settings()
                .excludedDirectories(base.resolve("child"), base.resolve("build"))
                .excludes("legacy/**").build(), log);

        assertThat(outcome.report().files()).containsExactly("task-definition.json");
    }

    @Test
    void severalSourceDirectoriesMakeOneReportWithoutDuplicates() throws Exception {
        write("deploy/task-definition.json", BROKEN_TASK);
        write("deploy/prod/task-definition.json", VALID_TASK);
        write("docker/task-definition.json", VALID_TASK);

        LintSession.Outcome outcome = check.run(settings()
                .sourceDirectories(base.resolve("deploy"), base.resolve("deploy/prod"), base.resolve("docker"),
                        base.resolve("missing"))
                .failOnViolation(false).build(), log);

        assertThat(outcome.report().files()).containsExactly("deploy/prod/task-definition.json",
                "deploy/task-definition.json", "docker/task-definition.json");
        assertThat(outcome.report().findings()).hasSize(1);
        assertThat(log.lines).contains("[INFO] ecslint: source directory " + base.resolve("missing")
                + " does not exist; skipped");
    }

    @Test
    void theDefaultIncludesPickUpTerraformModules() throws Exception {
        write("infra/main.tf", "resource \"aws_ecs_cluster\" \"main\" {\n  name = \"main\"\n");
        write("infra/cdktf.tf.json", "{\"resource\": {\"aws_ecr_repository\": {\"web\": {\"name\": \"web\"}}}}\n");
        write("infra/terraform.tfstate", "{}\n");

        LintSession.Outcome outcome = check.run(settings().failOnViolation(false).build(), log);

        assertThat(outcome.report().files()).containsExactlyInAnyOrder("infra/main.tf", "infra/cdktf.tf.json");
        assertThat(log.lines.get(0)).startsWith("[ERROR] " + base.resolve("infra/main.tf") + ":[").contains("E001");
    }

    @Test
    void includesSelectFilesRelativeToTheSourceDirectory() throws Exception {
        write("deploy/web.json", BROKEN_TASK);
        write("deploy/other.json", BROKEN_TASK);

        LintSession.Outcome outcome = check.run(settings().includes("deploy/web.json").failOnViolation(false)
                .build(), log);

        assertThat(outcome.report().files()).containsExactly("deploy/web.json");
    }

    @Test
    void badParametersAndConfigurationAreExecutionErrors() throws Exception {
        assertThatThrownBy(() -> check.run(settings().failOn("fatal").build(), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("`<failOn>` (`ecslint.failOn`) must be `error`, `warning`, `info`, `style` or `none`; found `fatal`");
        assertThatThrownBy(() -> check.run(settings().formats("html").build(), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown report format `html`")
                .hasMessageContaining("sarif");
        assertThatThrownBy(() -> check.run(settings().configFile(base.resolve("nope.yaml")).build(), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nope.yaml");
        write(".ecslint.yaml", "rules:\n  NOPE001: off\n");
        assertThatThrownBy(() -> check.run(settings().build(), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("NOPE001");
    }

    @Test
    void customRulesOfTheModulesConfigurationGateTheBuild() throws Exception {
        write(".ecslint.yaml", """
                customRules:
                  - id: TEAM001
                    name: final-user
                    severity: error
                    kind: dockerfile
                    given: final.user
                    then: {present: true, notIn: [root, "0"]}
                    message: "the image runs as {value}; set USER to an unprivileged user"
                """);
        write("docker/Dockerfile", "FROM alpine:3.20\nUSER root\n");

        assertThatThrownBy(() -> check.run(settings().build(), log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ecslint: 1 finding at or above error (1 error)");
        assertThat(log.lines.get(0)).isEqualTo("[ERROR] " + base.resolve("docker/Dockerfile") + ":[2,6] TEAM001 "
                + "final-user: the image runs as root; set USER to an unprivileged user");

        write(".ecslint.yaml", "customRules:\n  - {id: TEAM001, name: final-user, kind: dockerfile, given: final.user,"
                + " then: {present: true}}\n");
        assertThatThrownBy(() -> check.run(settings().build(), log))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("ecslint: " + base.resolve(".ecslint.yaml") + ":2:5: customRules[] needs `message`");
    }

    private void write(String relative, String content) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private String read(String relative) throws IOException {
        return Files.readString(base.resolve(relative), StandardCharsets.UTF_8);
    }
}
