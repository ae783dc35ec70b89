package dev.ecslint.bench;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.report.Reporter;
import dev.ecslint.core.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Each report format writing the real findings of the Dockerfile corpus to a writer that discards them. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC", "-Xmx512m"})
public class ReportBench {

    @Param({"text", "json", "sarif", "checkstyle", "junit", "gitlab", "github"})
    public String format;

    private Reporter reporter;
    private LintReport report;

    @Setup
    public void setUp() {
        ClassLoader loader = ReportBench.class.getClassLoader();
        RuleRegistry registry = RuleRegistry.load(loader);
        LintResult result = new Linter(registry, loader).lint(Corpus.files("dockerfiles"), f -> Config.DEFAULTS);
        report = new LintReport("bench", result.files(), result.findings(), registry.metas(), result.snippets());
        reporter = Reporters.byName(format, false).orElseThrow();
    }

    @Benchmark
    public long write() throws IOException {
        Discard out = new Discard();
        reporter.write(report, out);
        return out.count;
    }

    /** Counts what it is given, so that nothing is optimised away. */
    static final class Discard extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            count += length;
        }

        @Override
        public Writer append(CharSequence text) {
            count += text.length();
            return this;
        }

        @Override
        public Writer append(char c) {
            count++;
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
