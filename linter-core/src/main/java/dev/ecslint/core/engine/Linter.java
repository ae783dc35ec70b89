package dev.ecslint.core.engine;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.report.FileReport;
import dev.ecslint.core.report.LintReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lints files: each is read and parsed once, validated, checked by every enabled rule for what it
 * holds, and its findings are suppressed or re-graded by its configuration. Files are linted in
 * parallel; the result is in a deterministic order whatever the thread timing.
 */
public final class Linter {

    private final RuleRegistry registry;
    private final SchemaValidation schemas;
    /** Files linted ahead of the one being reported, per thread: enough to keep every thread busy. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final int threads;

    public Linter(RuleRegistry registry, ClassLoader resourceLoader) {
        this(registry, resourceLoader, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Linter(RuleRegistry registry, ClassLoader resourceLoader, int threads) {
        this.registry = registry;
        this.schemas = new SchemaValidation(resourceLoader);
        this.threads = threads;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * @param configOf the configuration of each file, resolved beforehand (resolution reads files and
     *                 may fail; linting may not)
     */
    public LintResult lint(List<InputFile> files, Function<InputFile, Config> configOf) {
        List<String> linted = new ArrayList<>();
        Map<DocumentKind, Integer> kinds = new EnumMap<>(DocumentKind.class);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> snippets = new HashMap<>();
        List<RuleMeta> ran = lintInOrder(files, configOf, outcome -> {
            if (outcome.kind() != null) {
                linted.add(outcome.displayPath());
                kinds.merge(outcome.kind(), 1, Integer::sum);
            }
            findings.addAll(outcome.findings());
            snippets.putAll(outcome.snippets());
        });
        findings.sort(Finding.ORDER); // already in order but for two inputs of one display path
        return new LintResult(linted, findings, snippets, ran, SubjectReaders.coverage(kinds));
    }

    /**
     * Lints the files in parallel and hands each one's outcome to {@code each} on the calling thread, in
     * display-path order, as soon as it and every file before it are done: reports are written while the
     * next files are linted, and at most a few files per thread are held at once (DESIGN.md "Budgets").
     *
     * @return the rules that ran on at least one file, engine rules included, sorted by id
     */
    public List<RuleMeta> lintInOrder(List<InputFile> files, Function<InputFile, Config> configOf,
                                      Consumer<FileOutcome> each) {
        // by identity: hashing a record bootstraps ObjectMethods, which costs start-up time for nothing
        Map<Config, FileLinter> linters = new IdentityHashMap<>();
        Integer[] order = new Integer[files.size()];
        FileLinter[] perFile = new FileLinter[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Config config = configOf.apply(files.get(i));
            perFile[i] = linters.computeIfAbsent(config, c -> new FileLinter(registry.with(c.customRules()), c, schemas));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> files.get(i).displayPath()));
        Map<String, RuleMeta> ran = new TreeMap<>();
        EngineRules.ALL.forEach(m -> ran.put(m.id(), m));
        Consumer<FileOutcome> collect = outcome -> {
            outcome.ranRules().forEach(m -> ran.putIfAbsent(m.id(), m));
            each.accept(outcome);
        };
        if (threads <= 1 || files.size() <= 1) {
            for (int i : order) {
                collect.accept(perFile[i].lint(files.get(i)));
            }
        } else {
            lintInParallel(files, perFile, order, collect);
        }
        return List.copyOf(ran.values());
    }

    private void lintInParallel(List<InputFile> files, FileLinter[] perFile, Integer[] order,
                                Consumer<FileOutcome> each) {
        int workers = Math.min(threads, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "ecslint-lint");
            t.setDaemon(true);
            return t;
        });
        int window = workers * IN_FLIGHT_PER_THREAD;
        Deque<Future<FileOutcome>> inFlight = new ArrayDeque<>(window);
        try {
            int next = 0;
            while (next < order.length || !inFlight.isEmpty()) {
                while (next < order.length && inFlight.size() < window) {
                    InputFile file = files.get(order[next]);
                    FileLinter linter = perFile[order[next++]];
                    inFlight.add(pool.submit(() -> linter.lint(file)));
                }
                each.accept(inFlight.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("linting failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What linting one file produced.
     *
     * @param kind what the file was recognised as ({@code UNKNOWN}: unreadable or unparseable), or {@code null}
     *             when it was skipped
     */
    record FileOutcome(String displayPath, DocumentKind kind, List<Finding> findings, Map<String, String> snippets,
                       List<RuleMeta> ranRules) {

        /** The outcome as reports take it: findings in report order, snippets by line. */
        FileReport report() {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Finding.ORDER);
            Map<Integer, String> lines = new HashMap<>();
            for (Finding f : sorted) {
                String line = snippets.get(LintReport.snippetKey(f));
                if (line != null && !line.isEmpty()) {
                    lines.put(f.location().line(), line);
                }
            }
            return new FileReport(displayPath, kind, sorted, lines);
        }
    }
}
