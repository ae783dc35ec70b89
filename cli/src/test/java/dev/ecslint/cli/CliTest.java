package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: exit codes, outputs, options. */
class CliTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void cleanFilesExitZero() throws IOException {
        write("task.json", CliRun.CLEAN_TASK);
        CliRun run = CliRun.in(dir, ".");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("no findings in 1 file");
    }

    @Test
    void aParseErrorIsAFindingAndOtherFilesAreStillLinted() throws IOException {
        write("a-broken.json", "{\"family\": \"web\", \"containerDefinitions\": [\n");
        write("b-valid.json", CliRun.CLEAN_TASK);
        CliRun run = CliRun.in(dir, "--format", "json", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"files\": 2").contains("\"ruleId\": \"E001\"").contains("\"line\": 2");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnreadableFileIsAnE001NotACrash() throws IOException {
        write("task.json", CliRun.CLEAN_TASK);
        Path locked = dir.resolve("locked.json");
        Files.writeString(locked, "{\"containerDefinitions\": []}");
        boolean unreadable = locked.toFile().setReadable(false) && !Files.isReadable(locked);
        org.junit.jupiter.api.Assumptions.assumeTrue(unreadable, "running as a user who can read anything (root)");
        CliRun run = CliRun.in(dir, "--format", "json", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("permission denied").contains("\"files\": 2");
    }

    @Test
    void invalidUtf8IsAnE001AtItsPosition() throws IOException {
        Files.write(dir.resolve("task.json"), new byte[] {'{', '\n', ' ', (byte) 0xC3, '"', '}'});
        CliRun run = CliRun.in(dir, "task.json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("task.json:2:2").contains("not valid UTF-8");
    }

    @Test
    void anExplicitFileOfNoKnownKindIsReportedAsInfo() throws IOException {
        write("notes.txt", "hello");
        CliRun run = CliRun.in(dir, "notes.txt");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("E003 unrecognized-file");
    }

    @Test
    void aNamedFileWhoseNameSaysNothingIsLintedByItsContent() throws IOException {
        write("deploy/taskdef", CliRun.CLEAN_TASK.replace("\"user\": \"1000\",", "\"user\": \"root\","));
        write("build/app.docker", "# syntax=docker/dockerfile:1\nFROM node:latest\n");
        write("notes", "# Notes\n\nRemember to rotate the keys.\n");
        CliRun run = CliRun.in(dir, "deploy/taskdef", "build/app.docker", "notes");
        assertThat(run.out()).contains("deploy/taskdef:").contains("CT001 root-user")
                .contains("build/app.docker:2:6").contains("DF005 latest-tag")
                .contains("notes:1:1  INFO  E003 unrecognized-file  ecslint does not know what kind of file `notes` is")
                .contains("in 2 files (1 dockerfile, 1 task-definition)");
    }

    @Test
    void aWalkFindsEveryDockerfileNamingAndSkipsWhatItDoesNotRecognise() throws IOException {
        for (String name : new String[] {"Dockerfile_prod", "Dockerfile-dev", "Dockerfile-Compliant.0", "dockerfile",
                "api.Dockerfile", "worker.dockerfile", "Containerfile.arm64"}) {
            write(name, "FROM debian:latest\n");
        }
        write("Dockerfile.dockerignore", "node_modules\n");
        write("package.json", "{\"name\": \"x\", \"repository\": {\"type\": \"git\", \"url\": \"u\"}}");
        write("chart/templates/deployment.yaml", "metadata:\n  labels:\n    {{- include \"x.labels\" . | nindent 4 }}\n");
        CliRun run = CliRun.in(dir, "--format", "json", ".");
        assertThat(run.out()).contains("\"files\": 7").doesNotContain("E001").doesNotContain("E003")
                .doesNotContain("package.json").doesNotContain("deployment.yaml");
        assertThat(run.out().split("\"ruleId\": \"DF005\"", -1)).hasSize(8);
    }

    @Test
    void aNamedTemplateIsUnrecognisedNotBroken() throws IOException {
        write("chart/templates/service.yaml", "apiVersion: v1\nkind: Service\nspec:\n  selector:\n"
                + "    {{- include \"ui.selectorLabels\" . | nindent 4 }}\n");
        CliRun run = CliRun.in(dir, "chart/templates/service.yaml");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("E003 unrecognized-file  this file is a template: `{{- include")
                .doesNotContain("E001");
    }

    @Test
    void theSummaryCountsFilesByKind() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
        write("Dockerfile", "FROM debian:12\nUSER 1000\nHEALTHCHECK CMD true\n");
        CliRun run = CliRun.in(dir, ".");
        assertThat(run.out()).contains("CT010 privileged  `services.web.privileged`")
                .contains("in 2 files (1 dockerfile, 1 compose)").doesNotContain("not checked");
    }

    @Test
    void terraformFilesAreCountedAsChecked() throws IOException {
        write("infra/main.tf", "resource \"aws_ecs_cluster\" \"main\" {\n  name = \"main\"\n}\n");
        CliRun run = CliRun.in(dir, ".");
        assertThat(run.out()).contains("in 1 file (1 terraform)").doesNotContain("not checked");
    }

    @Test
    void familyAndSeverityFilterTheReportAndTheExitCode() throws IOException {
        write("Dockerfile", "FROM node:latest\nCMD node server.js\n");
        write("task.json", CliRun.CLEAN_TASK.replace("\"user\": \"1000\",", "\"user\": \"root\","));
        write("broken.json", "{\"family\": \"web\", \"containerDefinitions\": [\n");

        CliRun dockerOnly = CliRun.in(dir, "--format", "compact", "--family", "DF", ".");
        assertThat(dockerOnly.out()).contains("DF001").contains("DF005").doesNotContain("CT001")
                .as("engine findings stay").contains("broken.json:2:1: error E001");

        CliRun warnings = CliRun.in(dir, "--format", "compact", "--family", "df", "--severity", "warning",
                "--fail-on", "warning", "Dockerfile");
        assertThat(warnings.out()).contains("DF005").doesNotContain("DF004").doesNotContain(": info ");
        assertThat(warnings.exitCode()).isEqualTo(1);

        CliRun infoOnly = CliRun.in(dir, "--severity", "error", "--family", "DF", "--fail-on", "warning", "Dockerfile");
        assertThat(infoOnly.out()).contains("DF001").doesNotContain("DF005");

        CliRun unknown = CliRun.in(dir, "--family", "DX", ".");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("`--family` `DX` is no rule family; families: CL, CT, DF, E, LP, RP, SV, TD");
        assertThat(CliRun.in(dir, "--severity", "loud", ".").exitCode()).isEqualTo(2);
    }

    @Test
    void compactIsOneLinePerFindingThenTheSummary() throws IOException {
        write("Dockerfile", "FROM node:latest\nUSER node\nHEALTHCHECK CMD true\n");
        CliRun run = CliRun.in(dir, "--format", "compact", "Dockerfile");
        assertThat(run.out().lines().toList()).containsExactly(
                "Dockerfile:1:6: warning DF005 latest-tag: image `node:latest` uses the `latest` tag, so each build "
                        + "may get a different base and cannot be reproduced; pin a version such as `node:<version>` "
                        + "or a digest (`node@sha256:…`)",
                "Dockerfile:1:6: info DF033 heavy-base-image: the final image is based on the full `node:latest` "
                        + "image, with compilers and packages the application does not need; use "
                        + "`node:<version>-slim` or `node:<version>-alpine`, to cut its size and the packages you "
                        + "must patch",
                "2 findings (0 errors, 1 warning, 1 info, 0 style) in 1 file (1 dockerfile)");
    }

    @Test
    void pathsAreRelativeToTheRepositoryRootOrToRoot() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("services/api/Dockerfile", "FROM node:latest\n");
        Path api = dir.resolve("services/api");

        assertThat(CliRun.in(api, "--format", "compact", ".").out()).startsWith("services/api/Dockerfile:1:");
        assertThat(CliRun.in(api, "--format", "compact", "--root", ".", ".").out()).startsWith("Dockerfile:1:");
        assertThat(CliRun.in(api, "--format", "compact", "--root", "..", ".").out()).startsWith("api/Dockerfile:1:");
        assertThat(CliRun.withStdin(api, "FROM node:latest\n", Map.of(), "--format", "compact", "--stdin-filename",
                "Dockerfile", "-").out()).as("standard input is shown like the files")
                .startsWith("services/api/Dockerfile:1:");
        assertThat(CliRun.in(api, "--root", "nowhere", ".").exitCode()).isEqualTo(2);
        String sarif = CliRun.in(api, "--format", "sarif", ".").out();
        assertThat(sarif).contains("\"uri\": \"services/api/Dockerfile\"");
    }

    @Test
    void onlyOneFormatMayWriteToStandardOutputAndDashMeansIt() throws IOException {
        write("Dockerfile", "FROM node:latest\n");
        CliRun two = CliRun.in(dir, "--format", "compact", "--format", "json:-", "Dockerfile");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("only one format can go to standard output");
        CliRun dash = CliRun.in(dir, "--format", "json:-", "--format", "compact:out.txt", "Dockerfile");
        assertThat(dash.out()).startsWith("{");
        assertThat(dir.resolve("out.txt")).content().startsWith("Dockerfile:1:1: error DF001");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void githubAnnotationsEndWithTheSummaryAndFillTheStepSummary() throws IOException {
        write("Dockerfile", "FROM node:latest\nUSER node\nHEALTHCHECK CMD true\n");
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        CliRun run = CliRun.withStdin(dir, "", Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
                "--format", "github", "Dockerfile");
        assertThat(run.out()).startsWith("::warning file=Dockerfile,line=1,col=6,")
                .endsWith("\n2 findings (0 errors, 1 warning, 1 info, 0 style) in 1 file (1 dockerfile)\n");
        assertThat(summary).content().startsWith("earlier step\n### ecslint\n")
                .contains("| `Dockerfile:1` | warning | DF005 latest-tag | image `node:latest` uses the `latest` tag");
        CliRun text = CliRun.withStdin(dir, "", Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "Dockerfile");
        assertThat(text.exitCode()).isEqualTo(0);
        assertThat(summary).content().as("only the github format writes it").containsOnlyOnce("### ecslint");
    }

    @Test
    void failOnLowersOrDisablesTheThreshold() throws IOException {
        write("notes.txt", "hello");
        assertThat(CliRun.in(dir, "--fail-on", "info", "notes.txt").exitCode()).isEqualTo(1);
        assertThat(CliRun.in(dir, "--fail-on=none", "notes.txt").exitCode()).isEqualTo(0);
        CliRun bad = CliRun.in(dir, "--fail-on", "severe", "notes.txt");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("`--fail-on` must be `error`, `warning`, `info`, `style` or `none`");
    }

    @Test
    void unknownOptionsAreUsageErrorsWithASuggestion() {
        CliRun run = CliRun.in(dir, "--formt", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option `--formt`").contains("did you mean `--format`?").contains("Usage:");
    }

    @Test
    void aMissingPathIsExitTwo() {
        CliRun run = CliRun.in(dir, "no-such-dir");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory: no-such-dir");
    }

    @Test
    void doubleDashEndsOptions() throws IOException {
        write("--odd.json", CliRun.CLEAN_TASK);
        assertThat(CliRun.in(dir, "--", "--odd.json").exitCode()).isEqualTo(0);
    }

    @Test
    void standardInputTakesItsKindFromStdinFilename() {
        CliRun run = CliRun.withStdin(dir, "{\"family\": \"web\", \"containerDefinitions\": [", Map.of(),
                "--stdin-filename", "deploy/task.json", "-");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("deploy/task.json:1:");
    }

    @Test
    void severalFormatsGoToTheirOwnFiles() throws IOException {
        write("broken.json", "{\"containerDefinitions\": [");
        CliRun run = CliRun.in(dir, "--format", "json:out/report.json", "--format", "text", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("E001 parse-error");
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"ruleId\": \"E001\"");
        CliRun twoOnStdout = CliRun.in(dir, "--format", "json", "--format", "text", ".");
        assertThat(twoOnStdout.exitCode()).isEqualTo(2);
    }

    @Test
    void outputWritesTheReportToAFile() throws IOException {
        write("task.json", CliRun.CLEAN_TASK);
        CliRun run = CliRun.in(dir, "--format=json", "--output", "report.json", ".");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"findings\": 0");
    }

    @Test
    void configurationErrorsNameFileAndLine() throws IOException {
        write(".ecslint.yaml", "failOn: error\nrulez:\n  E003: off\n");
        write("notes.txt", "x");
        CliRun run = CliRun.in(dir, "notes.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".ecslint.yaml:2:1: unknown key `rulez`; did you mean `rules`?");
    }

    @Test
    void configurationTurnsRulesOffAndSetsTheThreshold() throws IOException {
        write("notes.txt", "x");
        write(".ecslint.yaml", "failOn: info\n");
        assertThat(CliRun.in(dir, "notes.txt").exitCode()).isEqualTo(1);
        write(".ecslint.yaml", "failOn: info\nrules:\n  unrecognized-file: off\n");
        CliRun run = CliRun.in(dir, "notes.txt");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).doesNotContain("E003");
    }

    @Test
    void explicitConfigWinsOverTheNearestOne() throws IOException {
        write("notes.txt", "x");
        write(".ecslint.yaml", "failOn: info\n");
        write("ci/strict.yaml", "failOn: error\n");
        assertThat(CliRun.in(dir, "--config", "ci/strict.yaml", "notes.txt").exitCode()).isEqualTo(0);
        assertThat(CliRun.in(dir, "--config", "ci/missing.yaml", "notes.txt").exitCode()).isEqualTo(2);
    }

    @Test
    void versionHelpListAndExplain() {
        assertThat(CliRun.in(dir, "--version").out()).startsWith("ecslint ");
        CliRun help = CliRun.in(dir, "--help");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("--stdin-filename NAME").contains("Exit codes");
        CliRun list = CliRun.in(dir, "--list-rules", "--family", "E");
        assertThat(list.exitCode()).isEqualTo(0);
        assertThat(list.out()).contains("E001").contains("parse-error").contains("E003");
        CliRun explain = CliRun.in(dir, "--explain", "parse-error");
        assertThat(explain.out()).contains("E001 parse-error (error").contains("Why:").contains("Fix:").contains("Bad (");
        assertThat(CliRun.in(dir, "--explain", "XX999").exitCode()).isEqualTo(2);
    }

    @Test
    void aBaselineSilencesTodaysFindingsButNotNewOnes() throws IOException {
        write("a.json", "{\"containerDefinitions\": [");
        write(".ecslint.yaml", "baseline: .ecslint-baseline.json\n");
        CliRun record = CliRun.in(dir, "baseline", ".");
        assertThat(record.exitCode()).as(record.err()).isEqualTo(0);
        assertThat(record.out()).contains("wrote 1 finding to");
        assertThat(Files.readString(dir.resolve(".ecslint-baseline.json"))).contains("\"ruleId\": \"E001\"");
        assertThat(CliRun.in(dir, ".").exitCode()).isEqualTo(0);
        write("b.json", "{\"containerDefinitions\": [");
        CliRun later = CliRun.in(dir, ".");
        assertThat(later.exitCode()).isEqualTo(1);
        assertThat(later.out()).contains("b.json").doesNotContain("a.json:");
    }

    @Test
    void noReportFormatPrintsASecretBeyondTwoCharacters() throws IOException {
        write("task.json", """
                {"family": "web", "containerDefinitions": [
                  {"name": "web", "image": "nginx:1.27", "environment": [
                    {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
                    {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"}]}]}
                """);
        write("Dockerfile", "FROM alpine:3.20\nRUN echo \"root:Sup3rS3cret\" | chpasswd\n");
        for (String format : dev.ecslint.core.report.Reporters.names()) {
            CliRun run = CliRun.in(dir, "--format", format, ".");
            assertThat(run.out()).as(format).isNotBlank()
                    .doesNotContain("alrXUtn").doesNotContain("IOSFODNN").doesNotContain("p3rS3cret");
        }
    }
}
