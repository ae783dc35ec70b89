package dev.ecslint.core.grade;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rubric item for one submission.
 *
 * @param points what the item adds to the score: earned points for artifacts and bonuses, minus the
 *               points lost for deductions
 * @param max    what the item can add (artifacts, bonuses) or take away at most (deductions: the cap)
 * @param files    the files that satisfied an artifact or bonus
 * @param count    findings charged to a deduction
 * @param unusable when no file satisfied an artifact or bonus: the files that would have, had they parsed
 *                 and held something ({@link GradedFile.Flaw}), for the feedback to say why they earn nothing
 */
public record ItemResult(String name, Type type, BigDecimal points, BigDecimal max, List<String> files, int count,
                         List<String> unusable) {

    public enum Type { ARTIFACT, DEDUCTION, BONUS }

    public ItemResult {
        files = List.copyOf(files);
        unusable = List.copyOf(unusable);
    }

    public ItemResult(String name, Type type, BigDecimal points, BigDecimal max, List<String> files, int count) {
        this(name, type, points, max, files, count, List.of());
    }

    public boolean satisfied() {
        return type == Type.DEDUCTION ? points.signum() == 0 : points.signum() > 0;
    }
}
