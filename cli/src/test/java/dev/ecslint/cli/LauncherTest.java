package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./ecslint} launcher on a copy of the repository's layout, with a stand-in for Maven
 * ({@code ECSLINT_MVN}) that counts its builds and writes its jar slowly and in two steps, the way a
 * real build leaves a truncated jar behind while it runs. The jar it "builds" is a tiny program that
 * records each call, so the test sees what the class-data archive was trained on.
 */
class LauncherTest {


    @TempDir
    Path repo;
    @TempDir
    Path tools;

    private Path calls;
    private Path builds;

    @BeforeEach
    void layOut() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        LauncherLayout.layOut(repo, "FROM alpine:3.20\n");
        LauncherLayout.ageAll(repo);
        calls = tools.resolve("calls.log");
        builds = tools.resolve("builds.log");
        Path jar = tinyJar(tools);
        fakeMaven("echo build >> '" + builds + "'\n"
                + "mkdir -p cli/target/lib\n"
                + "head -c 64 '" + jar + "' > cli/target/ecslint.jar\n"
                + "sleep \"${FAKE_BUILD_SECONDS:-0}\"\n"
                + "cp '" + jar + "' cli/target/ecslint.jar\n");
    }

    @Test
    void threeFirstRunsAtOnceBuildOnceAndAllRun() throws Exception {
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder run = launcher("--version", "run" + i);
            run.environment().put("FAKE_BUILD_SECONDS", "1");
            runs.add(run.start());
        }
        for (int i = 0; i < 3; i++) {
            Process p = runs.get(i);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isZero();
            assertThat(out).isEqualTo("tiny --version run" + i + "\n");
        }
        assertThat(Files.readAllLines(builds)).hasSize(1);
    }

    @Test
    void theArchiveIsTrainedOnTheExamplesWhenTheJarIsBuiltNeverOnTheFirstCommand() throws Exception {
        Process p = launcher("--version").start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> recorded = Files.readAllLines(calls);
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).contains("--format text").contains("--format json:").contains("examples");
        assertThat(recorded.get(1)).isEqualTo("--version");
        Path generation = repo.resolve("cli/target/launcher/current").toRealPath();
        try (Stream<Path> files = Files.list(generation)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).matches("ecslint-\\d+-\\d+\\.(jsa|aot)"))
                    .noneSatisfy(name -> assertThat(name).contains(".part"));
        }
    }

    @Test
    void aChangedSourceRebuildsIntoANewGenerationAndKeepsOnlyTheLastTwo() throws Exception {
        for (int i = 0; i < 3; i++) {
            if (i > 0) { // as if this edit came a minute after the last build (file times may be in seconds)
                Files.setLastModifiedTime(repo.resolve("cli/target/launcher/current/built"),
                        FileTime.from(Instant.now().minusSeconds(60)));
            }
            Files.writeString(repo.resolve("rules/src/main/java/Changed" + i + ".java"), "class Changed {}");
            Process p = launcher("x").start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        Process unchanged = launcher("x").start();
        assertThat(unchanged.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(builds)).hasSize(3);
        try (Stream<Path> generations = Files.list(repo.resolve("cli/target/launcher"))) {
            assertThat(generations.filter(g -> g.getFileName().toString().startsWith("g"))).hasSize(2);
        }
    }

    @Test
    void aFailedBuildExitsTwoWithOneLineNamingTheLog() throws Exception {
        fakeMaven("echo '[INFO] Scanning'\necho '[ERROR] COMPILATION ERROR : Foo.java:[3,1] class expected'\nexit 1\n");
        Process p = launcher("Dockerfile").start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        List<String> failures = err.lines().filter(l -> l.contains("failed")).toList();
        assertThat(failures).singleElement().satisfies(line -> assertThat(line)
                .startsWith("ecslint: building the command-line tool failed (Maven exit 1: COMPILATION ERROR")
                .contains("build.log"));
        assertThat(err).doesNotContain("[INFO]");
        assertThat(repo.resolve("cli/target/launcher/current")).doesNotExist();
    }

    @Test
    void theLaunchersOwnLinesSpeakKoreanWhenTheRunWill() throws Exception {
        fakeMaven("echo '[ERROR] COMPILATION ERROR : Foo.java:[3,1] class expected'\nexit 1\n");
        ProcessBuilder korean = launcher("Dockerfile");
        korean.environment().put("LANG", "ko_KR.UTF-8");
        Process p = korean.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines()).containsExactly(
                "ecslint: Maven으로 명령줄 도구를 빌드합니다(첫 실행이거나 소스가 바뀌었습니다)…",
                "ecslint: 명령줄 도구를 빌드하지 못했습니다(Maven 종료 코드 1: COMPILATION ERROR : Foo.java:[3,1] class "
                        + "expected). 출력은 " + repo.resolve("cli/target/launcher/build.log") + " 파일에 있습니다.");
        Process english = launcher("--lang", "en", "Dockerfile").start();
        assertThat(english.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(english.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("building the command-line tool failed (Maven exit 1");
    }

    @Test
    void outsideAUtf8LocaleTheJvmReadsFileNamesAsUtf8AndKeepsTheCallersLanguage() throws Exception {
        assertThat(showLocale(Map.of("LC_ALL", "C"))).isEqualTo("UTF-8 en");
        assertThat(showLocale(Map.of("LANG", "ko_KR.EUC-KR"))).isEqualTo("UTF-8 ko");
        assertThat(showLocale(Map.of())).as("no locale at all, as in many containers").isEqualTo("UTF-8 en");
        assertThat(showLocale(Map.of("LC_ALL", "C.UTF-8"))).as("a UTF-8 locale is left as it is")
                .isEqualTo("UTF-8 null");
    }

    private String showLocale(Map<String, String> locale) throws Exception {
        ProcessBuilder run = launcher("--show-locale");
        run.environment().putAll(locale);
        Process p = run.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("/bin/bash", repo.resolve("ecslint").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
        pb.environment().put("ECSLINT_MVN", tools.resolve("mvn").toString());
        pb.environment().put("TINY_CALLS", calls.toString());
        pb.environment().remove("ECSLINT_JAVA_OPTS");
        pb.environment().put("ECSLINT_DAEMON", "off"); // the stand-in jar cannot serve; DaemonTest covers that
        pb.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_")
                || name.equals("ECSLINT_LANG")); // English, whatever the machine's locale
        String javaHome = System.getProperty("java.home");
        pb.environment().put("JAVA_HOME", javaHome);
        return pb;
    }

    private void fakeMaven(String body) throws IOException {
        Path mvn = tools.resolve("mvn");
        Files.writeString(mvn, "#!/bin/bash\nset -e\n" + body);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A jar whose main class appends its arguments to $TINY_CALLS and prints them. */
    private static Path tinyJar(Path dir) throws IOException {
        Path src = dir.resolve("src/Tiny.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "public class Tiny { public static void main(String[] a) throws Exception {"
                + " String line = String.join(\" \", a);"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv(\"TINY_CALLS\")), line + \"\\n\","
                + " java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);"
                + " if (line.startsWith(\"--show-locale\")) { System.out.println(System.getProperty(\"sun.jnu.encoding\")"
                + " + \" \" + System.getenv(\"ECSLINT_LANG\")); return; }"
                + " System.out.println(\"tiny \" + line); } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "--release", "17", "-d", dir.resolve("classes").toString(),
                src.toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Tiny");
        Path jar = dir.resolve("tiny.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Tiny.class"));
            out.write(Files.readAllBytes(dir.resolve("classes/Tiny.class")));
            out.closeEntry();
        }
        return jar;
    }
}
