package dev.ecslint.core.grade;

import dev.ecslint.core.model.Finding;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A finding as the student sees it: where, the source line, and what it cost.
 *
 * @param finding    with its path relative to the submission
 * @param snippet    the source line the finding starts on ("" when unknown)
 * @param deduction  the rubric deduction it was charged to, when one matches it
 * @param pointsLost what it cost: 0 once the deduction's cap is reached, or when nothing matches it
 */
public record ChargedFinding(Finding finding, String snippet, Optional<String> deduction, BigDecimal pointsLost) {

    /** Charged to a deduction that had already lost its cap. */
    public boolean capReached() {
        return deduction.isPresent() && pointsLost.signum() == 0 && !finding.suppressed();
    }
}
