package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.Rule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of the rule SPI, {@code examples/rule-jar/}: compiled against ecslint-core and
 * packaged as its pom would package it, then run with {@code --rules-jar}, next to the built-in rules.
 */
class RuleJarExampleTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();
    private static final Path EXAMPLE = ROOT.resolve("examples/rule-jar");

    @TempDir
    static Path build;
    @TempDir
    Path project;

    private static Path jar;

    @BeforeAll
    static void buildTheExampleJar() throws Exception {
        Path classes = Files.createDirectories(build.resolve("classes"));
        List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-d", classes.toString(),
                "-classpath", Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        List<Path> sources;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            compiled = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        jar = build.resolve("acme-ecslint-rules-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, classes);
            add(out, EXAMPLE.resolve("src/main/resources"));
        }
    }

    private static void add(JarOutputStream out, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(project.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void theJarsRulesRunNextToTheBuiltInOnes() throws IOException {
        write("Dockerfile", "FROM nginx:1.27\nUSER nginx\n");
        write("task-definition.json", """
                {"family": "api", "containerDefinitions": [{"name": "api", "image": "api:1",
                  "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web"}}}]}
                """);
        CliRun run = CliRun.in(project, "--rules-jar", jar.toString(), "--format", "json", ".");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"ruleId\": \"ACME001\"").contains("\"ruleId\": \"ACME002\"")
                .contains("container `api` logs to `/ecs/web`, not to `/ecs/api`")
                .as("the built-in rules still run").contains("\"ruleId\": \"CT002\"");
    }

    @Test
    void theJarsKoreanBundleSpeaksKorean() throws IOException {
        write("Dockerfile", "FROM nginx:1.27\nUSER nginx\n");
        CliRun run = CliRun.in(project, "--rules-jar", jar.toString(), "--lang", "ko", "Dockerfile");
        assertThat(run.out()).contains("ACME001 owner-label  마지막 단계에 `team` 레이블이 없습니다");
    }

    @Test
    void theCatalogAndExplanationsIncludeTheJarsRules() {
        CliRun list = CliRun.in(project, "--rules-jar", jar.toString(), "--list-rules", "--family", "ACME");
        assertThat(list.out()).contains("ACME001  owner-label").contains("ACME002  log-group-per-family")
                .doesNotContain("DF001");
        CliRun explain = CliRun.in(project, "--rules-jar", jar.toString(), "--explain", "log-group-per-family");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("ACME002 log-group-per-family (warning, maintainability)")
                .contains("Why: The team's dashboards");
    }

    @Test
    void badJarsAreUsageErrorsNamingTheJar() throws IOException {
        CliRun missing = CliRun.in(project, "--rules-jar", "nope.jar", ".");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("`--rules-jar` `nope.jar`: no such file");
        write("not-a-jar.jar", "hello");
        assertThat(CliRun.in(project, "--rules-jar", "not-a-jar.jar", ".").err())
                .contains("`--rules-jar` `not-a-jar.jar`: not a jar file");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(project.resolve("empty.jar")))) {
            out.flush();
        }
        assertThat(CliRun.in(project, "--rules-jar", "empty.jar", ".").err())
                .contains("`--rules-jar` `empty.jar` registers no rule");
        CliRun twice = CliRun.in(project, "--rules-jar", jar.toString(), "--rules-jar", jar.toString(), ".");
        assertThat(twice.exitCode()).as(twice.err()).isZero();
    }
}
