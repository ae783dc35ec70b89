package dev.ecslint.maven;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.engine.FileDiscovery;
import dev.ecslint.core.engine.InternalFailure;
import dev.ecslint.core.engine.LintSession;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.report.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * One execution of the {@code check} goal, free of Maven's injection so that it can be tested: lint
 * the module's source directories, write the reports, log the findings and decide the build.
 * Findings at or above the threshold are a {@link MojoFailureException} (BUILD FAILURE); a bad
 * parameter or configuration is a {@link MojoExecutionException} (BUILD ERROR), as the checkstyle
 * and pmd plugins do.
 */
final class EcslintCheck {

    /** The plugin's own texts, beside ecslint's and the rules'. */
    static final String BUNDLE = "dev/ecslint/maven/messages";

    private final ClassLoader ruleLoader;

    /** @param ruleLoader finds the built-in rules and custom rule jars (the plugin realm in Maven) */
    EcslintCheck(ClassLoader ruleLoader) {
        this.ruleLoader = ruleLoader;
    }

    /** @return the outcome, for callers that look further (the build has been decided already) */
    LintSession.Outcome run(CheckSettings settings, Log log) throws MojoExecutionException, MojoFailureException {
        try {
            return check(settings, log);
        } catch (RuntimeException | Error e) {
            // one clear line: Maven prints the cause's stack trace only with -e
            Language language = settings.lang().flatMap(Language::parse)
                    .orElseGet(() -> Language.fromEnvironment(System.getenv()));
            throw new MojoExecutionException("ecslint: " + Localizer.of(language, getClass().getClassLoader())
                    .withBundle(BUNDLE).render(Message.of("maven.internal").verbatim("error", InternalFailure.exception(e))), e);
        }
    }

    private LintSession.Outcome check(CheckSettings settings, Log log) throws MojoExecutionException,
            MojoFailureException {
        LintSession session = new LintSession(RuleRegistry.load(ruleLoader), ruleLoader);
        Localizer texts = localizer(session, language(settings.lang()), settings);
        Optional<Config.FailThreshold> failOn = failThreshold(settings.failOn(), texts);
        ReportFiles reportFiles;
        try {
            reportFiles = ReportFiles.of(settings.formats(), texts);
        } catch (ReportFiles.UnknownFormat e) {
            throw new MojoExecutionException(texts.render(e.message()), e);
        }

        LintSession.Outcome outcome = lint(session, settings, failOn, log, texts);
        List<Path> written;
        try {
            written = reportFiles.write(outcome.report(), settings.outputDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException(texts.render(Message.of("maven.cannotWrite")
                    .verbatim("dir", settings.outputDirectory().toString())
                    .verbatim("detail", String.valueOf(e.getMessage()))), e);
        }

        if (settings.consoleOutput()) {
            new ConsoleReport(settings.basedir(), texts).logFindings(outcome.report(), log);
        }
        String summary = "ecslint: " + texts.render(RunSummary.of(outcome.report()));
        if (outcome.report().activeFindings().isEmpty()) {
            log.info(summary);
        } else {
            log.warn(summary);
        }
        if (outcome.failed()) {
            Message failure = Message.of("maven.failure")
                    .phrase("failing", ConsoleReport.failingCount(outcome.report(), outcome.failOn()))
                    .verbatim("reports", describe(written));
            if (settings.failOnViolation()) {
                throw new MojoFailureException("ecslint: " + texts.render(failure));
            }
            log.warn("ecslint: " + texts.render(Message.of("maven.notFailing").phrase("failure", failure)));
        }
        return outcome;
    }

    /** {@code <lang>} / {@code -Decslint.lang}, else the environment's choice (as the CLI makes it). */
    private static Language language(Optional<String> lang) throws MojoExecutionException {
        if (lang.isEmpty() || lang.get().isBlank()) {
            return Language.fromEnvironment(System.getenv());
        }
        return Language.parse(lang.get()).orElseThrow(() -> new MojoExecutionException(
                Localizer.english().withBundle(BUNDLE).render(Message.of("maven.lang").code("found", lang.get()))));
    }

    private static Optional<Config.FailThreshold> failThreshold(Optional<String> failOn, Localizer texts)
            throws MojoExecutionException {
        if (failOn.isEmpty() || failOn.get().isBlank()) {
            return Optional.empty();
        }
        Optional<Config.FailThreshold> parsed = Config.FailThreshold.parse(failOn.get());
        if (parsed.isEmpty()) {
            throw new MojoExecutionException(texts.render(Message.of("maven.failOn").code("found", failOn.get())));
        }
        return parsed;
    }

    /**
     * The texts of the run's language, with the titles, rationale and fixes of the custom rules that the
     * module's configuration defines (their SARIF descriptions are in that language too).
     */
    private static Localizer localizer(LintSession session, Language language, CheckSettings settings)
            throws MojoExecutionException {
        LintSession.Request configOnly = new LintSession.Request(settings.basedir(), List.of(), settings.configFile(),
                List.of(), List.of(), Optional.empty(), Optional.empty());
        try {
            return session.localizer(language, configOnly).withBundle(BUNDLE);
        } catch (ConfigException e) {
            throw new MojoExecutionException("ecslint: " + session.localizer(language).withBundle(BUNDLE)
                    .render(e.message()), e);
        }
    }

    private LintSession.Outcome lint(LintSession session, CheckSettings settings,
                                     Optional<Config.FailThreshold> failOn, Log log, Localizer texts)
            throws MojoExecutionException {
        List<Path> existing = new ArrayList<>();
        for (Path dir : settings.sourceDirectories()) {
            if (Files.exists(dir)) {
                existing.add(dir);
            } else {
                log.info("ecslint: " + texts.render(Message.of("maven.missingSource").verbatim("dir", dir.toString())));
            }
        }
        LintScope scope = LintScope.of(existing, settings.excludedDirectories(), settings.excludes());
        List<LintSession.Outcome> outcomes = new ArrayList<>();
        try {
            for (LintScope.Root root : scope.roots()) {
                log.debug("ecslint: linting " + root.path() + " excluding " + root.excludes());
                outcomes.add(session.run(new LintSession.Request(settings.basedir(), List.of(root.path().toString()),
                        settings.configFile(), settings.includes(), root.excludes(), failOn, Optional.empty())));
            }
        } catch (ConfigException e) {
            throw new MojoExecutionException("ecslint: " + texts.render(e.message()), e);
        } catch (FileDiscovery.MissingPathException e) {
            throw new MojoExecutionException("ecslint: " + texts.render(e.message()), e);
        } catch (IOException e) {
            throw new MojoExecutionException("ecslint: " + texts.render(Message.of("maven.cannotRead")
                    .verbatim("detail", String.valueOf(e.getMessage()))), e);
        }
        if (outcomes.isEmpty()) {
            // no source directory exists: an empty report, so tooling that reads it still finds one
            LintReport empty = new LintReport(LintSession.version(), List.of(), List.of(), List.of(), Map.of());
            return new LintSession.Outcome(empty, failOn.orElse(new Config.FailThreshold(Severity.ERROR)), false);
        }
        return merge(outcomes);
    }

    /** One report for the module from the runs of its source directories (disjoint by construction). */
    private static LintSession.Outcome merge(List<LintSession.Outcome> outcomes) {
        if (outcomes.size() == 1) {
            return outcomes.get(0);
        }
        TreeSet<String> files = new TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, RuleMeta> rules = new TreeMap<>();
        Map<String, String> snippets = new HashMap<>();
        for (LintSession.Outcome outcome : outcomes) {
            files.addAll(outcome.report().files());
            findings.addAll(outcome.report().findings());
            outcome.report().rules().forEach(m -> rules.putIfAbsent(m.id(), m));
            snippets.putAll(outcome.report().snippets());
        }
        findings.sort(Finding.ORDER);
        Config.FailThreshold threshold = outcomes.get(0).failOn();
        LintReport report = new LintReport(outcomes.get(0).report().toolVersion(), List.copyOf(files), findings,
                List.copyOf(rules.values()), snippets);
        boolean failed = report.activeFindings().stream().anyMatch(f -> threshold.fails(f.severity()));
        return new LintSession.Outcome(report, threshold, failed);
    }

    private static String describe(List<Path> written) {
        StringBuilder text = new StringBuilder();
        for (Path file : written) {
            text.append(text.length() == 0 ? "" : ", ").append(file);
        }
        return text.toString();
    }
}
