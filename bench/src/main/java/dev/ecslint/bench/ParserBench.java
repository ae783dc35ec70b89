package dev.ecslint.bench;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.DockerfileParser;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Dockerfile parser over every Dockerfile of the corpus (one operation: the whole corpus), and
 * the shell view the rules walk: every command of every RUN, wrapped commands included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC", "-Xmx512m"})
public class ParserBench {

    private List<SourceFile> sources;
    private List<Dockerfile> parsed;

    @Setup
    public void read() {
        sources = new ArrayList<>();
        parsed = new ArrayList<>();
        for (InputFile f : Corpus.files("dockerfiles")) {
            SourceFile source = new SourceFile(null, f.displayPath(), f.content());
            sources.add(source);
            try {
                parsed.add(DockerfileParser.parse(source));
            } catch (ParseProblem e) {
                // unparseable files stay in the parse benchmark: reporting them is part of the work
            }
        }
    }

    /** Line index of every file, then the parse: what one lint does before any rule runs. */
    @Benchmark
    public void parse(Blackhole bh) {
        for (SourceFile s : sources) {
            SourceFile fresh = new SourceFile(null, s.displayPath(), s.text());
            try {
                bh.consume(DockerfileParser.parse(fresh));
            } catch (ParseProblem e) {
                bh.consume(e);
            }
        }
    }

    /** Only the line index ({@code SourceFile}): the floor under the parser. */
    @Benchmark
    public void lineIndex(Blackhole bh) {
        for (SourceFile s : sources) {
            bh.consume(new SourceFile(null, s.displayPath(), s.text()).lineCount());
        }
    }

    /** The walk a package rule makes: every command, wrapped ones included, and its arguments. */
    @Benchmark
    public void shellView(Blackhole bh) {
        for (Dockerfile d : parsed) {
            for (Instruction i : d.instructions()) {
                for (ShellCommand c : i.shellScript().allCommands()) {
                    bh.consume(c.name());
                    bh.consume(c.arguments().size());
                }
            }
        }
    }
}
