package dev.ecslint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Two builds of ecslint side by side in one warm JVM, each in its own class loader, their passes
 * alternating: on a shared machine the load then weighs on both alike, which separate runs cannot
 * promise. A build is a folder holding {@code ecslint.jar} and {@code lib/} (a copy of {@code cli/target}).
 *
 * <pre>
 * java -cp bench/target/classes dev.ecslint.bench.AbCompare parse 200 /tmp/old /tmp/new DIR
 * java -cp bench/target/classes dev.ecslint.bench.AbCompare yaml 200 /tmp/old /tmp/new DIR
 * java -XX:ActiveProcessorCount=1 -cp bench/target/classes dev.ecslint.bench.AbCompare lint 60 /tmp/old /tmp/new DIR
 * </pre>
 *
 * {@code parse}: line index and Dockerfile parse of every file under DIR; {@code yaml}: the located YAML
 * reader over every {@code .yaml}/{@code .yml} file under DIR; {@code lint}: the command line's
 * {@code --format json DIR}, written nowhere. Prints the minimum and median pass of each build (the first
 * third of the passes is warm-up) and B/A; run it twice with the builds swapped.
 */
public final class AbCompare {

    private static volatile Object sink;

    private AbCompare() {
    }

    private interface Pass {
        void run() throws Throwable;
    }

    public static void main(String[] args) throws Throwable {
        if (args.length != 5 || !List.of("parse", "yaml", "lint").contains(args[0])) {
            System.err.println("usage: AbCompare parse|yaml|lint ROUNDS BUILD_A BUILD_B DIR");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[1]);
        Path corpus = Path.of(args[4]);
        Pass[] builds = {pass(args[0], Path.of(args[2]), corpus), pass(args[0], Path.of(args[3]), corpus)};
        long[][] nanos = new long[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int build = (round + k) % 2; // A first in even rounds, B first in odd ones
                long start = System.nanoTime();
                builds[build].run();
                nanos[build][round] = System.nanoTime() - start;
            }
        }
        double[] min = new double[2];
        double[] median = new double[2];
        for (int k = 0; k < 2; k++) {
            long[] warm = Arrays.copyOfRange(nanos[k], rounds / 3, rounds);
            Arrays.sort(warm);
            min[k] = warm[0] / 1e6;
            median[k] = warm[warm.length / 2] / 1e6;
        }
        System.out.printf("%s A min %.2f ms median %.2f ms | B min %.2f ms median %.2f ms | B/A min %.3f median %.3f%n",
                args[0], min[0], median[0], min[1], median[1], min[1] / min[0], median[1] / median[0]);
    }

    private static Pass pass(String mode, Path build, Path corpus) throws Exception {
        ClassLoader loader = loader(build);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        if (mode.equals("parse")) {
            List<String[]> files = read(corpus);
            Class<?> sourceFile = loader.loadClass("dev.ecslint.core.model.SourceFile");
            MethodHandle newSource = lookup.findConstructor(sourceFile,
                    MethodType.methodType(void.class, Path.class, String.class, String.class));
            MethodHandle parse = lookup.findStatic(loader.loadClass("dev.ecslint.core.dockerfile.DockerfileParser"),
                    "parse", MethodType.methodType(loader.loadClass("dev.ecslint.core.dockerfile.Dockerfile"), sourceFile));
            return () -> {
                for (String[] file : files) {
                    Object source = newSource.invoke((Path) null, file[0], file[1]);
                    try {
                        sink = parse.invoke(source);
                    } catch (Exception e) {
                        sink = e; // a ParseProblem: reporting it is part of the work
                    }
                }
            };
        }
        if (mode.equals("yaml")) {
            List<String[]> files = read(corpus).stream()
                    .filter(file -> file[0].endsWith(".yaml") || file[0].endsWith(".yml")).toList();
            MethodHandle read = lookup.findStatic(loader.loadClass("dev.ecslint.core.yaml.LocatedYamlReader"),
                    "read", MethodType.methodType(loader.loadClass("dev.ecslint.core.json.JsonValue"), String.class));
            return () -> {
                for (String[] file : files) {
                    try {
                        sink = read.invoke(file[1]);
                    } catch (Exception e) {
                        sink = e; // a ParseProblem: reporting it is part of the work
                    }
                }
            };
        }
        Class<?> cli = loader.loadClass("dev.ecslint.cli.Cli");
        MethodHandle newCli = lookup.findConstructor(cli, MethodType.methodType(void.class, PrintStream.class,
                PrintStream.class, InputStream.class, Map.class, Path.class, boolean.class));
        MethodHandle run = lookup.findVirtual(cli, "run", MethodType.methodType(int.class, String[].class));
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        String[] command = {"--format", "json", corpus.toString()};
        return () -> {
            Thread.currentThread().setContextClassLoader(loader);
            Object line = newCli.invoke(nowhere, nowhere, InputStream.nullInputStream(), Map.of(),
                    Path.of("").toAbsolutePath(), false);
            sink = (int) run.invoke(line, command);
        };
    }

    private static ClassLoader loader(Path build) throws IOException {
        List<URL> jars = new ArrayList<>();
        jars.add(build.resolve("ecslint.jar").toUri().toURL());
        try (Stream<Path> lib = Files.list(build.resolve("lib"))) {
            for (Path jar : (Iterable<Path>) lib.sorted()::iterator) {
                jars.add(jar.toUri().toURL());
            }
        }
        return new URLClassLoader(jars.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }

    /** Every regular file under {@code dir}: its path and text. */
    private static List<String[]> read(Path dir) throws IOException {
        List<String[]> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
                files.add(new String[] {p.toString(), Files.readString(p, StandardCharsets.UTF_8)});
            }
        }
        return files;
    }
}
