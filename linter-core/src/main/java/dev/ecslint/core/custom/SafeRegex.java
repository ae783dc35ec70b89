package dev.ecslint.core.custom;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A custom rule's regular expression, searched ({@code find}) in values with a bounded amount of work.
 * Two guards keep a pattern from hanging a run: {@link #compile} rejects the classic exponential shape — a
 * group repeated without bound with an alternative whose every part may itself repeat or be skipped, as in
 * {@code (a+)+}, {@code (\w+\.?)*}, {@code (a*b*)*} or {@code (a+|b)+} — and every search counts the characters the engine reads and gives
 * up after {@link #STEP_BUDGET}, which catches the shapes no static check sees (the polynomial blow-up of
 * {@code ^(.*?,){11}P} on a long line of commas).
 * The count, not a clock, decides, so the outcome is the same on every machine.
 */
final class SafeRegex {

    /** Characters read per search; a pattern that backtracks sanely on a value of a few KiB reads far fewer. */
    static final int STEP_BUDGET = 1_000_000;

    private final String text;
    private final Pattern pattern;

    private SafeRegex(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** A pattern that cannot be compiled or that nests unbounded repetition: what is wrong, and where. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final transient Message problem;

        Rejected(int index, Message problem) {
            super(problem.key(), null, false, false);
            this.index = index;
            this.problem = problem;
        }

        /** What is wrong, in either language. */
        Message problem() {
            return problem;
        }

        @Override
        public String getMessage() {
            return Localizer.english().render(problem);
        }

        /** The 0-based position in the pattern, or -1. */
        int index() {
            return index;
        }
    }

    static SafeRegex compile(String text) throws Rejected {
        Pattern pattern;
        try {
            pattern = Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            // the JDK describes the error in English only
            Message invalid = e.getIndex() >= 0
                    ? Message.of("custom.regex.invalidAt").number("position", e.getIndex() + 1)
                    : Message.of("custom.regex.invalid");
            throw new Rejected(e.getIndex(), invalid.verbatim("detail", e.getDescription()));
        }
        Optional<String> nested = nestedRepetition(text);
        if (nested.isPresent()) {
            throw new Rejected(text.indexOf(nested.get()), Message.of("custom.regex.catastrophic")
                    .code("group", nested.get()));
        }
        return new SafeRegex(text, pattern);
    }

    String text() {
        return text;
    }

    /** Whether the pattern occurs in {@code value}; empty when the search ran out of budget. */
    Optional<Boolean> find(String value) {
        try {
            return Optional.of(pattern.matcher(new Budgeted(value)).find());
        } catch (BudgetExceeded e) {
            return Optional.empty();
        }
    }

    /**
     * The first group repeated by {@code *}, {@code +} or {@code {n,}} that has an alternative made only of
     * parts that may be skipped or repeat, at least one without bound (so one string splits into its
     * repetitions in exponentially many ways), as written.
     */
    static Optional<String> nestedRepetition(String regex) {
        Scanner scanner = new Scanner(regex);
        scanner.body();
        return Optional.ofNullable(scanner.found);
    }

    /** Reads a pattern's structure: groups, alternatives, atoms and their quantifiers. */
    private static final class Scanner {
        private final String regex;
        private int at;
        String found;

        Scanner(String regex) {
            this.regex = regex;
        }

        /** Alternatives up to a closing parenthesis or the end; true when one of them repeats by itself. */
        boolean body() {
            boolean anySelfRepeating = false;
            boolean allRepeatable = true;
            boolean anyUnbounded = false;
            boolean parts = false;
            while (at < regex.length() && regex.charAt(at) != ')') {
                char c = regex.charAt(at);
                if (c == '|') {
                    anySelfRepeating |= parts && allRepeatable && anyUnbounded;
                    allRepeatable = true;
                    anyUnbounded = false;
                    parts = false;
                    at++;
                    continue;
                }
                int start = at;
                boolean groupRepeats = false;
                if (c == '(') {
                    if (skipGroupPrefix()) {
                        continue; // an inline flag group such as (?i): no atom
                    }
                    groupRepeats = body();
                    at = Math.min(regex.length(), at + 1);
                } else {
                    skipAtom();
                }
                Quantifier q = quantifier();
                if (c == '(' && groupRepeats && q.unbounded && found == null) {
                    found = regex.substring(start, at);
                }
                parts = true;
                allRepeatable &= q.optional || q.unbounded || groupRepeats;
                anyUnbounded |= q.unbounded || groupRepeats;
            }
            return anySelfRepeating || (parts && allRepeatable && anyUnbounded);
        }

        /** After {@code (}: skips {@code ?:}, lookarounds and names; true for a flag-only group, consumed whole. */
        private boolean skipGroupPrefix() {
            at++;
            if (at >= regex.length() || regex.charAt(at) != '?') {
                return false;
            }
            int i = at + 1;
            if (i < regex.length() && "=!>:".indexOf(regex.charAt(i)) >= 0) {
                at = i + 1;
                return false;
            }
            if (i < regex.length() && regex.charAt(i) == '<') {
                if (i + 1 < regex.length() && (regex.charAt(i + 1) == '=' || regex.charAt(i + 1) == '!')) {
                    at = i + 2;
                } else {
                    int close = regex.indexOf('>', i);
                    at = close < 0 ? regex.length() : close + 1;
                }
                return false;
            }
            while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
                i++;
            }
            if (i < regex.length() && regex.charAt(i) == ')') {
                at = i + 1;
                return true;
            }
            at = Math.min(regex.length(), i + 1); // (?i:
            return false;
        }

        private void skipAtom() {
            char c = regex.charAt(at);
            if (c == '\\') {
                char escaped = at + 1 < regex.length() ? regex.charAt(at + 1) : 0;
                at += 2;
                if (escaped == 'Q') {
                    int end = regex.indexOf("\\E", at);
                    at = end < 0 ? regex.length() : end + 2;
                } else if (at < regex.length() && regex.charAt(at) == '{' && "pPxNk".indexOf(escaped) >= 0) {
                    int end = regex.indexOf('}', at);
                    at = end < 0 ? regex.length() : end + 1;
                }
            } else if (c == '[') {
                at = classEnd(regex, at);
            } else {
                at++;
            }
            at = Math.min(at, regex.length());
        }

        private Quantifier quantifier() {
            boolean optional = false;
            boolean unbounded = false;
            if (at < regex.length()) {
                char q = regex.charAt(at);
                if (q == '*' || q == '+') {
                    unbounded = true;
                    optional = q == '*';
                    at++;
                } else if (q == '?') {
                    optional = true;
                    at++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', at);
                    if (close > 0) {
                        String bounds = regex.substring(at + 1, close);
                        unbounded = bounds.endsWith(",");
                        optional = bounds.startsWith("0");
                        at = close + 1;
                    }
                }
                if ((optional || unbounded) && at < regex.length()
                        && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                    at++; // lazy or possessive
                }
            }
            return new Quantifier(optional, unbounded);
        }
    }

    private record Quantifier(boolean optional, boolean unbounded) { }

    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && i > open + 1 && --depth == 0) {
                return i + 1;
            }
        }
        return regex.length();
    }

    /** A value whose characters are counted as the regex engine reads them. */
    private static final class Budgeted implements CharSequence {
        private final String value;
        private int steps;

        Budgeted(String value) {
            this.value = value;
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public char charAt(int index) {
            if (++steps > STEP_BUDGET) {
                throw new BudgetExceeded();
            }
            return value.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("regular expression step budget exceeded", null, false, false);
        }
    }
}
