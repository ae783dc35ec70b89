package dev.ecslint.core.engine;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.config.ConfigResolver;
import dev.ecslint.core.custom.CustomRules;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.FileReport;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.report.ReportSummary;
import dev.ecslint.core.report.Reporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * One lint run as the front ends (CLI, Maven plugin, grader) ask for it: discover the files, resolve
 * each one's configuration, lint, and decide whether the run fails.
 */
public final class LintSession {

    /**
     * @param workingDirectory paths are resolved and displayed relative to it
     * @param paths            files and directories to lint ({@code .} when empty)
     * @param configFile       an explicit configuration for every file, instead of the nearest one
     * @param failOn           overrides the configuration's threshold
     * @param stdin            a document read from standard input, with the file name that classifies it
     * @param ignoreBaseline   report the findings a baseline records too (to write a new baseline)
     * @param displayRoot      report paths are relative to it ({@code --root}) instead of the working directory
     * @param filter           the findings reported and failed on ({@code --family}, {@code --severity})
     * @param skipUnknown      files named in {@code paths} are taken as a directory walk takes them: what is of no
     *                         kind ecslint lints is skipped silently ({@code --skip-unknown}, for pre-commit)
     */
    public record Request(Path workingDirectory, List<String> paths, Optional<Path> configFile, List<String> includes,
                          List<String> excludes, Optional<Config.FailThreshold> failOn, Optional<InputFile> stdin,
                          boolean ignoreBaseline, Optional<Path> displayRoot, FindingFilter filter,
                          boolean skipUnknown) {
        public Request(Path workingDirectory, List<String> paths, Optional<Path> configFile, List<String> includes,
                       List<String> excludes, Optional<Config.FailThreshold> failOn, Optional<InputFile> stdin) {
            this(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, false, Optional.empty(),
                    FindingFilter.ALL, false);
        }

        public Request {
            paths = List.copyOf(paths);
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }

        public static Request of(Path workingDirectory, List<String> paths) {
            return new Request(workingDirectory, paths, Optional.empty(), List.of(), List.of(), Optional.empty(),
                    Optional.empty());
        }

        /** The same request, with the baseline ignored (to write a new one) or honoured. */
        public Request ignoringBaseline(boolean ignore) {
            return new Request(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, ignore,
                    displayRoot, filter, skipUnknown);
        }

        /** The same request, with report paths relative to {@code root} instead of the working directory. */
        public Request withDisplayRoot(Path root) {
            return new Request(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, ignoreBaseline,
                    Optional.of(root), filter, skipUnknown);
        }

        /** The same request, reporting and failing on the findings the filter keeps only. */
        public Request filtered(FindingFilter only) {
            return new Request(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, ignoreBaseline,
                    displayRoot, only, skipUnknown);
        }

        /** The same request, skipping named files of no kind ecslint lints, as a directory walk does. */
        public Request skippingUnknown(boolean skip) {
            return new Request(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, ignoreBaseline,
                    displayRoot, filter, skip);
        }

        /** The directory report paths are relative to. */
        Path pathsRelativeTo() {
            return displayRoot.orElse(workingDirectory);
        }
    }

    /** The outcome: the report every format is written from, the threshold applied, and the verdict. */
    public record Outcome(LintReport report, Config.FailThreshold failOn, boolean failed) {
        /** Active findings at or above the threshold. */
        public long failingFindings() {
            return report.activeFindings().stream().filter(f -> failOn.fails(f.severity())).count();
        }
    }

    private final RuleRegistry registry;
    private final ClassLoader resourceLoader;
    private final Linter linter;

    public LintSession(RuleRegistry registry, ClassLoader resourceLoader) {
        this.registry = registry;
        this.resourceLoader = resourceLoader;
        this.linter = new Linter(registry, resourceLoader);
    }

    /** The built-in rules and any custom rule jar on the class path of this class. */
    public static LintSession withBuiltInRules() {
        ClassLoader loader = LintSession.class.getClassLoader();
        return new LintSession(RuleRegistry.load(loader), loader);
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** The texts of this session's rules and of ecslint in {@code language}, for reports and front ends. */
    public Localizer localizer(Language language) {
        return Localizer.of(language, resourceLoader).withRules(registry::byId);
    }

    /**
     * The texts of this session's rules and of ecslint in {@code language}, with the titles, rationale and
     * fixes of the custom rules the working directory's configuration defines, in that language too.
     */
    public Localizer localizer(Language language, Request request) throws ConfigException {
        return localizer(language).withTexts(CustomRules.texts(rootConfig(request).customRules()));
    }

    /** The configuration that applies to the working directory: its failOn and baseline decide the run. */
    public Config rootConfig(Request request) throws ConfigException {
        return new ConfigResolver(configLoader(), request.configFile()).forPath(request.workingDirectory());
    }

    /** Every rule a run of this request knows: the registered ones and the working directory's custom rules. */
    public RuleRegistry rulesOf(Request request) throws ConfigException {
        return registry.with(rootConfig(request).customRules());
    }

    private ConfigLoader configLoader() {
        return new ConfigLoader(registry, resourceLoader);
    }

    /** The outcome of a streamed run: the totals, the threshold applied, and the verdict. */
    public record Verdict(ReportSummary summary, Config.FailThreshold failOn, boolean failed) { }

    /** Lints and returns the whole report (the Maven plugin, the grader, {@code ecslint baseline}). */
    public Outcome run(Request request)
            throws ConfigException, FileDiscovery.MissingPathException, IOException {
        List<FileReport> files = new ArrayList<>();
        Verdict verdict = stream(request, List.of(new Reporter.Sink() {
            @Override
            public void file(FileReport file) {
                files.add(file);
            }

            @Override
            public void finish(ReportSummary summary) {
            }
        }));
        List<String> linted = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> snippets = new HashMap<>();
        for (FileReport file : files) {
            if (file.linted()) {
                linted.add(file.path());
            }
            for (Finding f : file.findings()) {
                findings.add(f);
                String line = file.snippet(f);
                if (!line.isEmpty()) {
                    snippets.put(LintReport.snippetKey(f), line);
                }
            }
        }
        findings.sort(Finding.ORDER);
        LintReport report = new LintReport(verdict.summary().toolVersion(), linted, findings, verdict.summary().rules(),
                snippets, verdict.summary().coverage());
        return new Outcome(report, verdict.failOn(), verdict.failed());
    }

    /**
     * Lints and writes the reports as the files are done, in path order, holding only the files in
     * flight: what the CLI does, so that a run's memory does not grow with its files (DESIGN.md "Budgets").
     *
     * @param sinks the reports being written; each gets every file, then the totals
     */
    public Verdict stream(Request request, List<Reporter.Sink> sinks)
            throws ConfigException, FileDiscovery.MissingPathException, IOException {
        ConfigResolver resolver = new ConfigResolver(configLoader(), request.configFile());
        FileDiscovery discovery = new FileDiscovery(request.workingDirectory(), request.pathsRelativeTo(),
                request.includes(), request.excludes());
        List<InputFile> files = new ArrayList<>();
        if (request.stdin().isPresent()) {
            files.add(request.stdin().get());
        }
        if (!request.paths().isEmpty() || request.stdin().isEmpty()) {
            List<String> paths = request.paths().isEmpty() ? List.of(".") : request.paths();
            files.addAll(request.skipUnknown() ? discovery.discoverAsWalked(paths) : discovery.discover(paths));
        }
        Map<InputFile, Config> configs = new IdentityHashMap<>();
        for (InputFile file : files) {
            Path anchor = file.path() != null ? file.path() : request.pathsRelativeTo().resolve(file.displayPath());
            configs.put(file, resolver.forPath(anchor));
        }
        Config rootConfig = resolver.forPath(request.workingDirectory());
        Baseline baseline = rootConfig.baseline().isPresent() && !request.ignoreBaseline()
                ? Baseline.read(rootConfig.baseline().get()) : null;
        Config.FailThreshold threshold = request.failOn()
                .orElse(rootConfig.failOn().orElse(new Config.FailThreshold(Severity.ERROR)));
        ReportSummary.Tally tally = new ReportSummary.Tally();
        boolean[] failed = {false};
        List<RuleMeta> ran;
        try {
            ran = linter.lintInOrder(files, configs::get, outcome -> {
                FileReport file = outcome.report();
                if (!file.linted() && file.findings().isEmpty()) {
                    return; // found in a directory, of no kind ecslint lints: not part of the report
                }
                if (baseline != null) {
                    file = baseline.apply(file);
                }
                file = request.filter().apply(file);
                tally.add(file);
                for (Finding f : file.findings()) {
                    failed[0] |= !f.suppressed() && threshold.fails(f.severity());
                }
                try {
                    for (Reporter.Sink sink : sinks) {
                        sink.file(file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        // the rules that ran and are on: what SARIF describes (a run never creates the rules it has no file for)
        Set<Config> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.add(rootConfig);
        distinct.addAll(configs.values());
        Map<String, RuleMeta> rulesById = new TreeMap<>();
        for (RuleMeta meta : ran) {
            if (request.filter().keeps(meta) && distinct.stream().anyMatch(c -> c.enables(meta.id()))) {
                rulesById.put(meta.id(), meta);
            }
        }
        ReportSummary summary = tally.summary(version(), List.copyOf(rulesById.values()),
                SubjectReaders.coverage(tally.kinds()));
        for (Reporter.Sink sink : sinks) {
            sink.finish(summary);
        }
        return new Verdict(summary, threshold, failed[0]);
    }

    /** The version of ecslint, from the build. */
    public static String version() {
        try (InputStream in = LintSession.class.getResourceAsStream("/dev/ecslint/core/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
