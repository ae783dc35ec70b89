package dev.ecslint.core.grade;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rubric item for one submission.
 *
 * @param points what the item adds to the score: earned points for artifacts and bonuses, minus the
 *               points lost for deductions
 * @param max    what the item can add (artifacts, bonuses) or take away at most (deductions: the cap)
 * @param files  the files that satisfied an artifact or bonus
 * @param count  findings charged to a deduction
 */
public record ItemResult(String name, Type type, BigDecimal points, BigDecimal max, List<String> files, int count) {

    public enum Type { ARTIFACT, DEDUCTION, BONUS }

    public ItemResult {
        files = List.copyOf(files);
    }

    public boolean satisfied() {
        return type == Type.DEDUCTION ? points.signum() == 0 : points.signum() > 0;
    }
}
