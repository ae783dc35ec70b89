package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue 17's hostile-input suite that failed before: links leading out of the repository,
 * file content echoed by parser errors, recognised files that vanished, a minified line with a long
 * value. Each runs the real command line.
 */
class HostileInputTest {

    private static final String SECRET_LINE = "root:x:0:0:hunter2-secret-line:/root:/bin/bash\n";

    @TempDir
    Path sandbox;
    Path repo;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        repo = Files.createDirectories(sandbox.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        outside = Files.createDirectories(sandbox.resolve("home/.aws"));
        Files.writeString(outside.resolve("credentials"), SECRET_LINE);
    }

    @Test
    void aLinkNamedOnTheCommandLineThatLeavesTheRepositoryIsNamedNotRead() throws IOException {
        Files.createSymbolicLink(repo.resolve("task-definition.json"), outside.resolve("credentials"));

        CliRun run = CliRun.in(repo, "task-definition.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("task-definition.json:1:1").contains("symbolic link")
                .doesNotContain("hunter2").doesNotContain("root:x").doesNotContain(outside.toString());
        assertThat(run.out()).contains("in 0 files").as("the general E001 advice is about syntax, not links")
                .doesNotContain("Correct the syntax");
    }

    @Test
    void aWalkReportsLinksLeavingTheRepositoryAndReadsLinksInsideIt() throws IOException {
        Path deploy = Files.createDirectories(repo.resolve("deploy"));
        Files.writeString(repo.resolve("shared.Dockerfile"), "FROM alpine:3.20\nUSER 1000\n");
        Files.createSymbolicLink(deploy.resolve("Dockerfile"), repo.resolve("shared.Dockerfile"));
        Files.createSymbolicLink(deploy.resolve("creds.json"), outside.resolve("credentials"));
        Files.createSymbolicLink(deploy.resolve("etc"), outside);

        // run from the sub-directory: the repository, not the working directory, is the boundary (and,
        // without --root, what report paths are relative to)
        CliRun run = CliRun.in(deploy, ".", "--format", "json");

        assertThat(run.out()).contains("\"path\": \"deploy/Dockerfile\"").contains("creds.json")
                .doesNotContain("hunter2").doesNotContain("root:x");
        assertThat(run.out()).doesNotContain("etc/credentials");
    }

    @Test
    void aDirectoryLinkOutOfTheRepositoryIsNotWalked() throws IOException {
        Files.writeString(outside.resolve("task-definition.json"), "{\"family\": \"" + "hunter2" + "\",");
        Files.createSymbolicLink(repo.resolve("aws"), outside);

        CliRun run = CliRun.in(repo, "aws");

        assertThat(run.out()).contains("aws:1:1").contains("symbolic link").doesNotContain("hunter2");
    }

    @Test
    void withoutARepositoryTheWorkingDirectoryIsTheBoundary() throws IOException {
        Path plain = Files.createDirectories(sandbox.resolve("plain"));
        Files.createSymbolicLink(plain.resolve("Dockerfile"), outside.resolve("credentials"));

        CliRun run = CliRun.in(plain, ".");

        assertThat(run.out()).contains("Dockerfile:1:1").contains("symbolic link").doesNotContain("hunter2");
    }

    @Test
    void aMalformedJsonFileHoldingASecretDoesNotPrintIt() throws IOException {
        Files.writeString(repo.resolve("task-definition.json"), "{\"containerDefinitions\": [{\"name\": \"web\", "
                + "\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2hunter2\"}], \"image\": nginx}]}");
        Files.writeString(repo.resolve("other.json"), "{\"family\": \"x\", \"containerDefinitions\": [], \"token\": "
                + "ghp_abcdefghijklmnopqrstuvwxyz0123456789}");

        for (String format : new String[] {"text", "json", "sarif", "github", "checkstyle", "junit", "gitlab"}) {
            CliRun run = CliRun.in(repo, "--format", format, ".");
            assertThat(run.exitCode()).as(format).isEqualTo(1);
            assertThat(run.out()).as(format).doesNotContain("hunter2hunter2").doesNotContain("token 'nginx")
                    .doesNotContain("ghp_abcdefghij");
        }
    }

    @Test
    void recognisedComposeFilesThatFailToReadAreE001sNotSilentlyDropped() throws IOException {
        StringBuilder bomb = new StringBuilder("services:\n  web:\n    image: nginx\n");
        bomb.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(8))
                    .append('*').append((char) (c - 1)).append("]\n");
        }
        Files.writeString(repo.resolve("docker-compose.yml"), bomb);
        Files.writeString(repo.resolve("compose.yaml"), "services:\n  web:\n    image: !!java.net.URL \"http://x\"\n");

        CliRun run = CliRun.in(repo, ".");

        assertThat(run.out()).contains("docker-compose.yml:").contains("compose.yaml:3:").contains("E001")
                .doesNotContain("java.net.URL\n").contains("in 2 files");
    }

    @Test
    void aMinifiedLineWithALongValueIsLintedAndMasked() throws IOException {
        String certificate = "MIIC" + "Q2VydGlmaWNhdGVEYXRh".repeat(50_000); // 1 MB of base64 on one line
        Files.writeString(repo.resolve("task-definition.json"), "{\"family\": \"web\", \"containerDefinitions\": [{"
                + "\"name\": \"web\", \"image\": \"nginx:latest\", \"environment\": [{\"name\": \"CERT\", \"value\": \""
                + certificate + "\"}, {\"name\": \"DB_URL\", \"value\": \"postgres://app:s3cr3tpassword@db/app\"}]}]}");

        CliRun run = CliRun.in(repo, "task-definition.json");

        assertThat(run.out()).contains("task-definition.json:1:").doesNotContain("s3cr3tpassword");
        assertThat(run.out().length()).as("frames are windows of the line, not the line").isLessThan(50_000);
    }
}
