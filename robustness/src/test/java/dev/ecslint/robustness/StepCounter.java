package dev.ecslint.robustness;

/**
 * Text that counts the characters a regular-expression matcher reads: the matcher's work, as a number
 * that does not depend on the machine, the JIT or the load (no test here measures time).
 */
final class StepCounter implements CharSequence {

    /** Far past any linear matching of the inputs used here: stop a runaway match early. */
    private static final long LIMIT = 200_000_000L;

    private final String text;
    private long reads;

    StepCounter(String text) {
        this.text = text;
    }

    long reads() {
        return reads;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads > LIMIT) {
            throw new IllegalStateException("runaway match: more than " + LIMIT + " reads");
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
