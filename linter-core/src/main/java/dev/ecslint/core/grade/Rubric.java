package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.Glob;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How submissions are scored (docs/grading.md). A student starts from {@code total}, loses the points
 * of each required artifact that is missing and the capped deductions for findings, gains bonus
 * points, and never goes below {@code floor} (nor above {@code total} unless {@code extraCredit}).
 *
 * @param inlineIgnores whether {@code # ecslint ignore} comments in submissions are honoured (default: denied,
 *                      so a student cannot suppress their way to full marks)
 * @param customRules   the lab's own rules ({@code customRules:}), run on every submission next to the built-in ones
 */
public record Rubric(String title, BigDecimal total, BigDecimal floor, boolean extraCredit, Language language,
                     Config.InlineIgnores inlineIgnores, SubmissionLimits limits, List<Artifact> artifacts,
                     List<Deduction> deductions, List<Bonus> bonuses, List<Rule<?>> customRules) {

    public Rubric {
        artifacts = List.copyOf(artifacts);
        deductions = List.copyOf(deductions);
        bonuses = List.copyOf(bonuses);
        customRules = List.copyOf(customRules);
    }

    /** A rubric without custom rules. */
    public Rubric(String title, BigDecimal total, BigDecimal floor, boolean extraCredit, Language language,
                  Config.InlineIgnores inlineIgnores, SubmissionLimits limits, List<Artifact> artifacts,
                  List<Deduction> deductions, List<Bonus> bonuses) {
        this(title, total, floor, extraCredit, language, inlineIgnores, limits, artifacts, deductions, bonuses,
                List.of());
    }

    /** Which files of a submission an item is about: a glob on the path inside it, a kind, or both. */
    public record FileSelector(Optional<Glob> glob, Optional<DocumentKind> kind) {
        public boolean matches(String relativePath, DocumentKind fileKind) {
            return glob.map(g -> g.matches(relativePath)).orElse(true)
                    && kind.map(k -> k == fileKind).orElse(true);
        }

        /** For people: {@code task-definition}, {@code Dockerfile}, or both. */
        public String describe() {
            if (glob.isPresent() && kind.isPresent()) {
                return kind.get().label() + " " + glob.get();
            }
            return glob.map(Glob::toString).orElseGet(() -> kind.map(DocumentKind::label).orElse("*"));
        }
    }

    /** A file the submission must contain, worth {@code points}. */
    public record Artifact(String name, FileSelector files, BigDecimal points) { }

    /**
     * {@code points} lost per finding of one of {@code ruleIds} or of one of {@code severities}, at most
     * {@code cap} in all. A finding is charged to the first deduction that matches it, in rubric order.
     */
    public record Deduction(String name, Set<String> ruleIds, Set<Severity> severities, BigDecimal points,
                            BigDecimal cap) {
        public Deduction {
            ruleIds = Set.copyOf(ruleIds);
            severities = Set.copyOf(severities);
        }

        public boolean matches(Finding finding) {
            return ruleIds.contains(finding.ruleId()) || severities.contains(finding.severity());
        }
    }

    /** {@code points} for files the rubric rewards: present, and when {@code clean} without findings. */
    public record Bonus(String name, FileSelector files, boolean clean, BigDecimal points) { }
}
