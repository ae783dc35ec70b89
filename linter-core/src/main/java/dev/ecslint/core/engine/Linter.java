package dev.ecslint.core.engine;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import java.util.ArrayList;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lints files: each is read and parsed once, validated, checked by every enabled rule for what it
 * holds, and its findings are suppressed or re-graded by its configuration. Files are linted in
 * parallel; the result is in a deterministic order whatever the thread timing.
 */
public final class Linter {

    private final RuleRegistry registry;
    private final SchemaValidation schemas;
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
        // by identity: hashing a record bootstraps ObjectMethods, which costs start-up time for nothing
        Map<Config, FileLinter> linters = new IdentityHashMap<>();
        List<FileLinter> perFile = new ArrayList<>(files.size());
        for (InputFile file : files) {
            Config config = configOf.apply(file);
            perFile.add(linters.computeIfAbsent(config,
                    c -> new FileLinter(registry.with(c.customRules()), c, schemas)));
        }
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        if (threads <= 1 || files.size() <= 1) {
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(perFile.get(i).lint(files.get(i)));
            }
        } else {
            outcomes.addAll(lintInParallel(files, perFile));
        }
        List<String> linted = new ArrayList<>();
        Map<DocumentKind, Integer> kinds = new EnumMap<>(DocumentKind.class);
        List<Finding> findings = new ArrayList<>();
        Map<String, String> snippets = new HashMap<>();
        Map<String, RuleMeta> ran = new TreeMap<>();
        EngineRules.ALL.forEach(m -> ran.put(m.id(), m));
        for (FileOutcome outcome : outcomes) {
            outcome.ranRules().forEach(m -> ran.putIfAbsent(m.id(), m));
            if (outcome.kind() != null) {
                linted.add(outcome.displayPath());
                kinds.merge(outcome.kind(), 1, Integer::sum);
            }
            findings.addAll(outcome.findings());
            snippets.putAll(outcome.snippets());
        }
        linted.sort(null);
        findings.sort(Finding.ORDER);
        return new LintResult(linted, findings, snippets, List.copyOf(ran.values()), SubjectReaders.coverage(kinds));
    }

    private List<FileOutcome> lintInParallel(List<InputFile> files, List<FileLinter> perFile) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), runnable -> {
            Thread t = new Thread(runnable, "ecslint-lint");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                InputFile file = files.get(i);
                FileLinter linter = perFile.get(i);
                futures.add(pool.submit(() -> linter.lint(file)));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (Future<FileOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
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
                       List<RuleMeta> ranRules) { }
}
