package dev.ecslint.bench;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.model.Rule;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Each rule family alone over the real files of its kind, through the engine on one thread (read,
 * parse, validate, the family's rules, suppressions), against {@code none}: the same files with no
 * rule at all, so that the difference is the family's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC", "-Xmx512m"})
public class RuleFamilyBench {

    /** Family prefix, a colon, and the corpus folder its subjects come from. */
    @Param({"DF:dockerfiles", "none:dockerfiles", "CT:taskdefs", "TD:taskdefs", "none:taskdefs", "SV:services",
            "none:services", "LP:lifecycle", "none:lifecycle", "RP:cloudformation", "CL:cloudformation",
            "none:cloudformation"})
    public String family;

    private Linter linter;
    private List<InputFile> files;

    @Setup
    public void setUp() {
        String prefix = family.substring(0, family.indexOf(':'));
        files = Corpus.files(family.substring(family.indexOf(':') + 1));
        ClassLoader loader = RuleFamilyBench.class.getClassLoader();
        List<Rule<?>> rules = new ArrayList<>();
        for (Rule<?> rule : RuleRegistry.load(loader).rules()) {
            if (rule.meta().id().startsWith(prefix)) {
                rules.add(rule);
            }
        }
        linter = new Linter(new RuleRegistry(rules), loader, 1);
    }

    @Benchmark
    public LintResult lint() {
        return linter.lint(files, f -> Config.DEFAULTS);
    }
}
