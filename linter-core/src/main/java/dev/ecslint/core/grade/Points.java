package dev.ecslint.core.grade;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as people write them: {@code 10}, {@code 2.5}, never {@code 10.00} or {@code 1E+1}. */
final class Points {

    private Points() {
    }

    static String format(BigDecimal points) {
        BigDecimal rounded = points.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** {@code +5}, {@code -3}, {@code 0}. */
    static String signed(BigDecimal points) {
        return points.signum() > 0 ? "+" + format(points) : format(points);
    }
}
