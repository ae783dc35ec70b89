package dev.ecslint.core.config;

import dev.ecslint.core.model.LintSettings;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code .ecslint.yaml}, validated: rule references are already resolved to rule ids.
 *
 * @param file         the file it was read from, or {@code null} for the built-in defaults
 * @param failOn       the threshold, or empty when the file does not set it ({@code none} = never fail)
 * @param ruleSettings per rule id: {@link RuleSetting#off()} or a severity override
 * @param ignores      path/rule/pointer ignores, with paths relative to the config file's directory
 * @param baseline     the baseline file, resolved against the config file's directory
 * @param customRules  the rules its {@code customRules:} define; they run on the files this configuration
 *                     applies to, next to the registered rules
 */
public record Config(Path file, Optional<FailThreshold> failOn, Map<String, RuleSetting> ruleSettings,
                     List<Ignore> ignores, LintSettings settings, Optional<Path> baseline,
                     InlineIgnores inlineIgnores, List<Rule<?>> customRules) {

    public static final Config DEFAULTS = new Config(null, Optional.empty(), Map.of(), List.of(),
            LintSettings.DEFAULT, Optional.empty(), InlineIgnores.ALLOW);

    public Config {
        ruleSettings = Map.copyOf(ruleSettings);
        ignores = List.copyOf(ignores);
        customRules = List.copyOf(customRules);
    }

    /** A configuration without custom rules. */
    public Config(Path file, Optional<FailThreshold> failOn, Map<String, RuleSetting> ruleSettings,
                  List<Ignore> ignores, LintSettings settings, Optional<Path> baseline, InlineIgnores inlineIgnores) {
        this(file, failOn, ruleSettings, ignores, settings, baseline, inlineIgnores, List.of());
    }

    /** The directory paths in this configuration are relative to. */
    public Optional<Path> baseDirectory() {
        return file == null ? Optional.empty() : Optional.ofNullable(file.toAbsolutePath().getParent());
    }

    /** Whether this configuration leaves the rule on. */
    public boolean enables(String ruleId) {
        RuleSetting setting = ruleSettings.get(ruleId);
        return setting == null || !setting.off();
    }

    /** {@code off}, or a severity that replaces the rule's default. */
    public record RuleSetting(boolean off, Severity severity) {
        public static RuleSetting disabled() {
            return new RuleSetting(true, null);
        }

        public static RuleSetting severity(Severity severity) {
            return new RuleSetting(false, severity);
        }
    }

    /** Findings of {@code ruleIds} (all rules when empty) in files matching {@code paths} are ignored. */
    public record Ignore(List<Glob> paths, List<String> ruleIds, List<String> pointers) {
        public Ignore {
            paths = List.copyOf(paths);
            ruleIds = List.copyOf(ruleIds);
            pointers = List.copyOf(pointers);
        }
    }

    /** Whether {@code # ecslint ignore=…} comments are honoured. */
    public enum InlineIgnores { ALLOW, REQUIRE_REASON, DENY }

    /** A severity threshold, or {@code none}: never fail. */
    public record FailThreshold(Severity severity) {
        public static final FailThreshold NONE = new FailThreshold(null);

        public boolean fails(Severity found) {
            return severity != null && found.atLeast(severity);
        }

        public static Optional<FailThreshold> parse(String text) {
            if (text.trim().equalsIgnoreCase("none")) {
                return Optional.of(NONE);
            }
            return Severity.parse(text).map(FailThreshold::new);
        }

        public String label() {
            return severity == null ? "none" : severity.label();
        }
    }
}
