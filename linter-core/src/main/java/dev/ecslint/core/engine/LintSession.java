package dev.ecslint.core.engine;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.config.ConfigLoader;
import dev.ecslint.core.config.ConfigResolver;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.LintReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
     */
    public record Request(Path workingDirectory, List<String> paths, Optional<Path> configFile, List<String> includes,
                          List<String> excludes, Optional<Config.FailThreshold> failOn, Optional<InputFile> stdin,
                          boolean ignoreBaseline, Optional<Path> displayRoot, FindingFilter filter) {
        public Request(Path workingDirectory, List<String> paths, Optional<Path> configFile, List<String> includes,
                       List<String> excludes, Optional<Config.FailThreshold> failOn, Optional<InputFile> stdin) {
            this(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, false, Optional.empty(),
                    FindingFilter.ALL);
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
                    displayRoot, filter);
        }

        /** The same request, with report paths relative to {@code root} instead of the working directory. */
        public Request withDisplayRoot(Path root) {
            return new Request(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, ignoreBaseline,
                    Optional.of(root), filter);
        }

        /** The same request, reporting and failing on the findings the filter keeps only. */
        public Request filtered(FindingFilter only) {
            return new Request(workingDirectory, paths, configFile, includes, excludes, failOn, stdin, ignoreBaseline,
                    displayRoot, only);
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
    private final Linter linter;
    private final ClassLoader resourceLoader;

    public LintSession(RuleRegistry registry, ClassLoader resourceLoader) {
        this.registry = registry;
        this.linter = new Linter(registry, resourceLoader);
        this.resourceLoader = resourceLoader;
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

    /** The configuration that applies to the working directory: its failOn and baseline decide the run. */
    public Config rootConfig(Request request) throws ConfigException {
        return new ConfigResolver(new ConfigLoader(registry), request.configFile()).forPath(request.workingDirectory());
    }

    public Outcome run(Request request)
            throws ConfigException, FileDiscovery.MissingPathException, IOException {
        ConfigResolver resolver = new ConfigResolver(new ConfigLoader(registry), request.configFile());
        FileDiscovery discovery = new FileDiscovery(request.workingDirectory(),
                request.displayRoot().orElse(request.workingDirectory()), request.includes(), request.excludes());
        List<InputFile> files = new ArrayList<>();
        if (request.stdin().isPresent()) {
            files.add(request.stdin().get());
        }
        if (!request.paths().isEmpty() || request.stdin().isEmpty()) {
            files.addAll(discovery.discover(request.paths().isEmpty() ? List.of(".") : request.paths()));
        }
        Map<InputFile, Config> configs = new IdentityHashMap<>();
        for (InputFile file : files) {
            Path anchor = file.path() != null ? file.path()
                    : request.displayRoot().orElse(request.workingDirectory()).resolve(file.displayPath());
            configs.put(file, resolver.forPath(anchor));
        }
        Config rootConfig = resolver.forPath(request.workingDirectory());
        LintResult result = linter.lint(files, configs::get);

        // the rules that ran and are on: what SARIF describes (a run never creates the rules it has no file for)
        Set<Config> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.add(rootConfig);
        distinct.addAll(configs.values());
        Map<String, RuleMeta> rulesById = new TreeMap<>();
        for (RuleMeta meta : result.rules()) {
            if (distinct.stream().anyMatch(c -> c.enables(meta.id()))) {
                rulesById.put(meta.id(), meta);
            }
        }
        LintReport report = new LintReport(version(), result.files(), result.findings(),
                List.copyOf(rulesById.values()), result.snippets(), result.coverage());
        if (rootConfig.baseline().isPresent() && !request.ignoreBaseline()) {
            report = Baseline.read(rootConfig.baseline().get()).apply(report);
        }
        if (!request.filter().equals(FindingFilter.ALL)) {
            report = report.filtered(request.filter()::keeps, request.filter()::keeps);
        }
        Config.FailThreshold threshold = request.failOn()
                .orElse(rootConfig.failOn().orElse(new Config.FailThreshold(Severity.ERROR)));
        boolean failed = report.activeFindings().stream().map(Finding::severity).anyMatch(threshold::fails);
        return new Outcome(report, threshold, failed);
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
