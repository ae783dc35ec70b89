package dev.ecslint.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DF042 looks beside the Dockerfile on disk, which scenario folders cannot vary: tested with real directories. */
class MissingDockerignoreRuleTest {

    private static final String COPY_ALL = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\n";

    @TempDir
    Path context;

    private final Linter linter = new Linter(new RuleRegistry(List.of(new MissingDockerignoreRule())),
            MissingDockerignoreRuleTest.class.getClassLoader(), 1);

    private List<Finding> lintFile(String name, String content) throws IOException {
        Path file = context.resolve(name);
        Files.writeString(file, content);
        return linter.lint(List.of(InputFile.onDisk(file, name, true)), f -> Config.DEFAULTS).activeFindings();
    }

    @Test
    void reportsTheWholeContextCopyWhenNoDockerignoreIsBeside() throws IOException {
        assertThat(lintFile("Dockerfile", COPY_ALL)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("DF042");
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.location().column()).isEqualTo(6);
        });
    }

    @Test
    void silentWhenADockerignoreIsBeside() throws IOException {
        Files.writeString(context.resolve(".dockerignore"), ".git\nnode_modules\n.env*\n");
        assertThat(lintFile("Dockerfile", COPY_ALL)).isEmpty();
    }

    @Test
    void acceptsBuildKitsPerDockerfileIgnoreFile() throws IOException {
        Files.writeString(context.resolve("api.Dockerfile.dockerignore"), ".git\n");
        assertThat(lintFile("api.Dockerfile", COPY_ALL)).isEmpty();
        assertThat(lintFile("web.Dockerfile", COPY_ALL)).hasSize(1);
    }

    @Test
    void aDockerignoreInAnotherDirectoryDoesNotCount() throws IOException {
        Path other = Files.createDirectory(context.resolve("other"));
        Files.writeString(other.resolve(".dockerignore"), ".git\n");
        assertThat(lintFile("Dockerfile", COPY_ALL)).hasSize(1);
    }

    @Test
    void silentForTextNotOnDiskWhereNeighboursAreUnknown() {
        List<Finding> findings = linter.lint(List.of(InputFile.inMemory("Dockerfile", COPY_ALL)),
                f -> Config.DEFAULTS).activeFindings();
        assertThat(findings).isEmpty();
    }
}
