package dev.ecslint.maven;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.engine.FileDiscovery;
import dev.ecslint.core.engine.InternalFailure;
import dev.ecslint.core.engine.LintSession;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.LintReport;
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
            throw new MojoExecutionException("ecslint: " + InternalFailure.oneLine(e)
                    + " (a bug in ecslint; run Maven with -e for the stack trace)", e);
        }
    }

    private LintSession.Outcome check(CheckSettings settings, Log log) throws MojoExecutionException,
            MojoFailureException {
        Optional<Config.FailThreshold> failOn = failThreshold(settings.failOn());
        ReportFiles reportFiles;
        try {
            reportFiles = ReportFiles.of(settings.formats());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }

        LintSession.Outcome outcome = lint(settings, failOn, log);
        List<Path> written;
        try {
            written = reportFiles.write(outcome.report(), settings.outputDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the ecslint reports to " + settings.outputDirectory()
                    + ": " + e.getMessage(), e);
        }

        if (settings.consoleOutput()) {
            new ConsoleReport(settings.basedir(), Localizer.english()).logFindings(outcome.report(), log);
        }
        String summary = ConsoleReport.summary(outcome.report());
        if (outcome.report().activeFindings().isEmpty()) {
            log.info(summary);
        } else {
            log.warn(summary);
        }
        if (outcome.failed()) {
            String failure = "ecslint: " + ConsoleReport.failingCount(outcome.report(), outcome.failOn())
                    + "; reports: " + describe(written);
            if (settings.failOnViolation()) {
                throw new MojoFailureException(failure);
            }
            log.warn(failure + " (not failing the build: failOnViolation is false)");
        }
        return outcome;
    }

    private static Optional<Config.FailThreshold> failThreshold(Optional<String> failOn)
            throws MojoExecutionException {
        if (failOn.isEmpty() || failOn.get().isBlank()) {
            return Optional.empty();
        }
        Optional<Config.FailThreshold> parsed = Config.FailThreshold.parse(failOn.get());
        if (parsed.isEmpty()) {
            throw new MojoExecutionException("<failOn> (ecslint.failOn) must be error, warning, info, style or none; "
                    + "found '" + failOn.get() + "'");
        }
        return parsed;
    }

    private LintSession.Outcome lint(CheckSettings settings, Optional<Config.FailThreshold> failOn, Log log)
            throws MojoExecutionException {
        List<Path> existing = new ArrayList<>();
        for (Path dir : settings.sourceDirectories()) {
            if (Files.exists(dir)) {
                existing.add(dir);
            } else {
                log.info("ecslint: source directory " + dir + " does not exist; skipped");
            }
        }
        LintScope scope = LintScope.of(existing, settings.excludedDirectories(), settings.excludes());
        LintSession session = new LintSession(RuleRegistry.load(ruleLoader), ruleLoader);
        List<LintSession.Outcome> outcomes = new ArrayList<>();
        try {
            for (LintScope.Root root : scope.roots()) {
                log.debug("ecslint: linting " + root.path() + " excluding " + root.excludes());
                outcomes.add(session.run(new LintSession.Request(settings.basedir(), List.of(root.path().toString()),
                        settings.configFile(), settings.includes(), root.excludes(), failOn, Optional.empty())));
            }
        } catch (ConfigException | FileDiscovery.MissingPathException e) {
            throw new MojoExecutionException("ecslint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("ecslint: cannot read the files to lint: " + e.getMessage(), e);
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
