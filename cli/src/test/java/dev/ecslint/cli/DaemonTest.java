package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident ecslint behind {@code ./ecslint}: the launcher on a copy of the repository's layout whose
 * stand-in Maven "builds" a jar of this module's class path. A run through the resident process must
 * write exactly what a JVM of its own writes (standard output, standard error, exit code, report files),
 * in the caller's working directory, language and environment.
 */
class DaemonTest {

    private static final String DOCKERFILE = "FROM node:latest\nENV DB_PASSWORD=hunter22\nCMD [\"node\", \"app.js\"]\n";

    @TempDir
    Path repo;
    @TempDir
    Path tools;

    @BeforeEach
    void layOut() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "the resident ecslint writes through /proc");
        assumeTrue(Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "setsid"))), "setsid starts it");
        LauncherLayout.layOut(repo, DOCKERFILE);
        Files.createDirectories(repo.resolve("work/app"));
        Files.writeString(repo.resolve("work/app/Dockerfile"), DOCKERFILE);
        LauncherLayout.ageAll(repo);
        Path jar = classPathJar(tools);
        Path mvn = tools.resolve("mvn");
        Files.writeString(mvn, "#!/bin/bash\nset -e\necho build >> '" + tools.resolve("builds.log")
                + "'\nmkdir -p cli/target/lib\ncp '" + jar + "' cli/target/ecslint.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(run(Map.of("ECSLINT_DAEMON", "off"), "--version").code()).isZero(); // builds and trains
    }

    @AfterEach
    void stopResidentProcesses() throws IOException {
        residentProcess().ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void aRunThroughTheResidentProcessWritesWhatItsOwnJvmWrites() throws Exception {
        String[] args = {"--format", "text", "--format", "json:reports/out.json", "app"};
        Files.createDirectories(repo.resolve("work/reports"));
        Result direct = run(Map.of("ECSLINT_DAEMON", "off"), args);
        String directReport = Files.readString(repo.resolve("work/reports/out.json"));
        Files.delete(repo.resolve("work/reports/out.json"));

        Result resident = run(Map.of(), args);

        assertThat(residentProcess()).as("a resident ecslint serves this folder").isPresent();
        assertThat(direct.code()).isEqualTo(1);
        assertThat(direct.out()).contains("app/Dockerfile:1:1").contains("DF001").contains("DF002").contains("hu***");
        assertThat(resident).isEqualTo(direct);
        assertThat(Files.readString(repo.resolve("work/reports/out.json"))).isEqualTo(directReport);
    }

    @Test
    void theResidentProcessSpeaksTheCallersLanguageAndServesLaterRuns() throws Exception {
        Result english = run(Map.of(), "app/Dockerfile");
        long pid = residentProcess().orElseThrow().pid();
        Map<String, String> korean = Map.of("LANG", "ko_KR.UTF-8");

        Result resident = run(korean, "app/Dockerfile");

        assertThat(resident).isEqualTo(run(Map.of("LANG", "ko_KR.UTF-8", "ECSLINT_DAEMON", "off"), "app/Dockerfile"));
        assertThat(resident.out()).contains("DF001").isNotEqualTo(english.out()).containsPattern("[가-힣]");
        assertThat(residentProcess().orElseThrow().pid()).as("the same process served both").isEqualTo(pid);
        Result usage = run(Map.of(), "--no-such-option");
        assertThat(usage).isEqualTo(run(Map.of("ECSLINT_DAEMON", "off"), "--no-such-option"));
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("--no-such-option");
    }

    @Test
    void aResidentProcessThatDiedIsReplacedAndTheRunStillSucceeds() throws Exception {
        run(Map.of(), "app/Dockerfile");
        ProcessHandle first = residentProcess().orElseThrow();
        first.destroyForcibly();
        first.onExit().get(10, TimeUnit.SECONDS);

        Result again = run(Map.of(), "app/Dockerfile");

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).contains("DF001");
        assertThat(residentProcess().orElseThrow().pid()).isNotEqualTo(first.pid());
    }

    @Test
    void runsAtOnceAreEachAnsweredInFull() throws Exception {
        Result alone = run(Map.of("ECSLINT_DAEMON", "off"), "app/Dockerfile");
        List<java.util.concurrent.CompletableFuture<Result>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // pre-commit runs hooks in parallel
            runs.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return run(Map.of(), "app/Dockerfile");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (var result : runs) {
            assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(alone);
        }
        assertThat(residentProcess()).isPresent();
    }

    @Test
    void aChangedSourceIsBuiltBeforeTheResidentProcessServesAgain() throws Exception {
        Result before = run(Map.of(), "app/Dockerfile");
        ProcessHandle old = residentProcess().orElseThrow();
        Path generation = repo.resolve("cli/target/launcher/current").toRealPath();
        Files.setLastModifiedTime(generation.resolve("built"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(repo.resolve("rules/src/main/java/Changed.java"), "class Changed {}");

        Result after = run(Map.of(), "app/Dockerfile");

        assertThat(after.code()).isEqualTo(before.code());
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(after.err()).contains("building the command-line tool");
        assertThat(Files.readAllLines(tools.resolve("builds.log"))).hasSize(2);
        assertThat(repo.resolve("cli/target/launcher/current").toRealPath()).isNotEqualTo(generation);
        assertThat(old.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("the stale one stopped").isFalse();
        assertThat(residentProcess()).isPresent();
    }

    @Test
    void aResidentProcessThatCannotStartLeavesTheRunToItsOwnJvm() throws Exception {
        Result first = run(Map.of(), "app/Dockerfile");
        ProcessHandle resident = residentProcess().orElseThrow();
        resident.destroyForcibly();
        resident.onExit().get(10, TimeUnit.SECONDS);
        Path folder = pidFile().getParent();
        Files.delete(folder.resolve("lock"));
        Files.createDirectory(folder.resolve("lock")); // the next one fails at its first step

        long start = System.nanoTime();
        Result again = run(Map.of(), "app/Dockerfile");

        assertThat(again).isEqualTo(first);
        assertThat(residentProcess()).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds: not the 30 s limit").isLessThan(20);
    }

    @Test
    void anIdleResidentProcessExits() throws Exception {
        run(Map.of("ECSLINT_DAEMON_IDLE", "1"), "app/Dockerfile");
        ProcessHandle resident = residentProcess().orElseThrow();

        assertThat(resident.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void standardInputCiJobsAndRegularFileOutputAreServedByTheirOwnJvm() throws Exception {
        Result stdin = run(Map.of(), "--stdin-filename", "Dockerfile", "-");
        assertThat(stdin).isEqualTo(run(Map.of("ECSLINT_DAEMON", "off"), "--stdin-filename", "Dockerfile", "-"));
        assertThat(residentProcess()).isEmpty();

        Result inCi = run(Map.of("CI", "true"), "app/Dockerfile");
        assertThat(inCi.code()).isEqualTo(1);
        assertThat(residentProcess()).as("a CI job leaves no process behind").isEmpty();

        Path file = tools.resolve("out.txt");
        Process p = launcher(Map.of(), "app/Dockerfile").redirectOutput(file.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(file)).contains("DF001");
        assertThat(residentProcess()).isEmpty();
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        Process p = launcher(env, args).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        // read both streams while it runs: a full pipe would stall it
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        reader.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err.get(120, TimeUnit.SECONDS));
    }

    private ProcessBuilder launcher(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("/bin/bash", repo.resolve("ecslint").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.resolve("work").toFile());
        pb.environment().keySet().removeIf(name -> name.startsWith("ECSLINT_") || name.startsWith("LC_")
                || name.equals("LANG") || name.equals("NO_COLOR") || name.equals("GITHUB_STEP_SUMMARY")
                || name.equals("CI"));
        pb.environment().put("ECSLINT_MVN", tools.resolve("mvn").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        return pb;
    }

    private Path pidFile() throws IOException {
        Path generation = repo.resolve("cli/target/launcher/current").toRealPath();
        try (Stream<Path> files = Files.list(generation)) {
            return files.filter(f -> f.getFileName().toString().startsWith("daemon-")).findFirst()
                    .orElse(generation.resolve("daemon-none")).resolve("pid");
        }
    }

    private Optional<ProcessHandle> residentProcess() throws IOException {
        Path pid = pidFile();
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).filter(ProcessHandle::isAlive);
    }

    /** A jar that runs {@link Main} on this test's class path, as the real build's jar runs it on lib/. */
    private static Path classPathJar(Path dir) throws IOException {
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = dir.resolve("ecslint-test.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
