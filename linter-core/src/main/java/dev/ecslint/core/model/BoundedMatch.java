package dev.ecslint.core.model;

import java.util.regex.Pattern;

/**
 * Matching for patterns ecslint did not write — globs and regular expressions from a configuration,
 * wildcards from a Dockerfile — with a budget of character reads proportional to the input: a pattern
 * such as {@code (a+)+$} or the glob {@code *a*a*a*a*a*b} backtracks exponentially on some input, and a
 * configuration committed with a pull request must not hang CI. Past the budget the match fails with
 * {@link TooCostly}, which names the pattern (written by the user, not read from a linted file).
 */
public final class BoundedMatch {

    private static final long MIN_BUDGET = 200_000;
    private static final long READS_PER_CHAR = 2_000;

    private BoundedMatch() {
    }

    /** {@code pattern.matcher(input).matches()} within the budget. */
    public static boolean matches(Pattern pattern, String input) {
        return pattern.matcher(new Counted(input, pattern)).matches();
    }

    /** {@code pattern.matcher(input).find()} within the budget. */
    public static boolean find(Pattern pattern, String input) {
        return pattern.matcher(new Counted(input, pattern)).find();
    }

    /** A pattern whose matching exceeded its budget: it backtracks catastrophically on this input. */
    public static final class TooCostly extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooCostly(Pattern pattern) {
            super("the pattern `" + pattern.pattern() + "` backtracks too much to be matched (it was given up "
                    + "after " + READS_PER_CHAR + " steps per character); simplify it", null, false, false);
        }
    }

    /** The input, counting every character the matcher reads. */
    private static final class Counted implements CharSequence {
        private final String text;
        private final Pattern pattern;
        private final long budget;
        private long reads;

        Counted(String text, Pattern pattern) {
            this.text = text;
            this.pattern = pattern;
            this.budget = MIN_BUDGET + READS_PER_CHAR * text.length();
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads > budget) {
                throw new TooCostly(pattern);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
