package dev.ecslint.core.grade;

import dev.ecslint.core.model.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one submission against a rubric (docs/grading.md, "Scoring"): start from the total, lose the
 * points of missing artifacts and the capped deductions, gain bonuses, then apply the floor and, unless
 * the rubric gives extra credit, the total as a ceiling.
 */
public final class Scorer {

    private final Rubric rubric;

    public Scorer(Rubric rubric) {
        this.rubric = rubric;
    }

    /**
     * @param findings every finding of the submission with its source line, in report order; suppressed
     *                 findings are kept for the feedback but cost nothing
     */
    public GradeResult score(Submission submission, List<GradedFile> files, List<ChargedFinding> findings) {
        if (submission.unreadable().isPresent()) {
            return new GradeResult(submission.id(), submission.origin(), BigDecimal.ZERO, rubric.total(),
                    unreadableItems(), files, List.of(), submission.notes(), submission.unreadable(), false);
        }
        List<ItemResult> items = new ArrayList<>();
        BigDecimal score = rubric.total();
        boolean anyArtifact = false;
        for (Rubric.Artifact artifact : rubric.artifacts()) {
            List<String> matching = matching(artifact.files(), files);
            anyArtifact |= !matching.isEmpty();
            BigDecimal earned = matching.isEmpty() ? BigDecimal.ZERO : artifact.points();
            score = score.subtract(artifact.points().subtract(earned));
            items.add(new ItemResult(artifact.name(), ItemResult.Type.ARTIFACT, earned, artifact.points(), matching, 0,
                    matching.isEmpty() ? unusable(artifact.files(), files) : List.of()));
        }
        List<ChargedFinding> charged = charge(findings);
        for (Rubric.Deduction deduction : rubric.deductions()) {
            BigDecimal lost = BigDecimal.ZERO;
            int count = 0;
            for (ChargedFinding f : charged) {
                if (f.deduction().filter(deduction.name()::equals).isPresent()) {
                    lost = lost.add(f.pointsLost());
                    count++;
                }
            }
            score = score.subtract(lost);
            items.add(new ItemResult(deduction.name(), ItemResult.Type.DEDUCTION, lost.negate(), deduction.cap(),
                    List.of(), count));
        }
        Set<String> withFindings = new HashSet<>();
        charged.stream().filter(f -> !f.finding().suppressed())
                .forEach(f -> withFindings.add(f.finding().location().path()));
        for (Rubric.Bonus bonus : rubric.bonuses()) {
            List<String> matching = matching(bonus.files(), files);
            boolean earned = !matching.isEmpty() && (!bonus.clean() || matching.stream().noneMatch(withFindings::contains));
            BigDecimal points = earned ? bonus.points() : BigDecimal.ZERO;
            score = score.add(points);
            items.add(new ItemResult(bonus.name(), ItemResult.Type.BONUS, points, bonus.points(), matching, 0,
                    matching.isEmpty() ? unusable(bonus.files(), files) : List.of()));
        }
        boolean nothingToGrade = !rubric.artifacts().isEmpty() && !anyArtifact;
        if (nothingToGrade) {
            score = rubric.floor();
        }
        score = score.max(rubric.floor());
        if (!rubric.extraCredit()) {
            score = score.min(rubric.total());
        }
        return new GradeResult(submission.id(), submission.origin(), score, rubric.total(), items, files, charged,
                submission.notes(), Optional.empty(), nothingToGrade);
    }

    /** Each active finding goes to the first deduction that matches it, until that deduction's cap. */
    private List<ChargedFinding> charge(List<ChargedFinding> findings) {
        Map<String, BigDecimal> lostSoFar = new LinkedHashMap<>();
        List<ChargedFinding> out = new ArrayList<>(findings.size());
        for (ChargedFinding f : findings) {
            Finding finding = f.finding();
            Optional<Rubric.Deduction> match = rubric.deductions().stream().filter(d -> d.matches(finding)).findFirst();
            if (finding.suppressed() || match.isEmpty()) {
                out.add(new ChargedFinding(finding, f.snippet(), match.map(Rubric.Deduction::name), BigDecimal.ZERO));
                continue;
            }
            Rubric.Deduction d = match.get();
            BigDecimal before = lostSoFar.getOrDefault(d.name(), BigDecimal.ZERO);
            BigDecimal lost = d.points().min(d.cap().subtract(before)).max(BigDecimal.ZERO);
            lostSoFar.put(d.name(), before.add(lost));
            out.add(new ChargedFinding(finding, f.snippet(), Optional.of(d.name()), lost));
        }
        return out;
    }

    /** The usable files the selector takes: a file that does not parse or holds nothing earns no points. */
    private static List<String> matching(Rubric.FileSelector selector, List<GradedFile> files) {
        return files.stream().filter(f -> f.usable() && selector.matches(f.path(), f.kind())).map(GradedFile::path)
                .toList();
    }

    /** The flawed files the selector takes: there, but of no use (a broken one is taken by its probable kind). */
    private static List<String> unusable(Rubric.FileSelector selector, List<GradedFile> files) {
        return files.stream().filter(f -> !f.usable() && selector.matches(f.path(), f.kind())).map(GradedFile::path)
                .toList();
    }

    /** Every item at nothing: an ungradable submission earns no artifact and no bonus. */
    private List<ItemResult> unreadableItems() {
        List<ItemResult> items = new ArrayList<>();
        rubric.artifacts().forEach(a -> items.add(new ItemResult(a.name(), ItemResult.Type.ARTIFACT, BigDecimal.ZERO,
                a.points(), List.of(), 0)));
        rubric.deductions().forEach(d -> items.add(new ItemResult(d.name(), ItemResult.Type.DEDUCTION,
                BigDecimal.ZERO, d.cap(), List.of(), 0)));
        rubric.bonuses().forEach(b -> items.add(new ItemResult(b.name(), ItemResult.Type.BONUS, BigDecimal.ZERO,
                b.points(), List.of(), 0)));
        return items;
    }
}
