package dev.ecslint.core.report;

/**
 * Text about to be shown in a terminal: control characters from untrusted files are neutralised
 * (an escape sequence in a Dockerfile must not drive the user's terminal), and widths are counted in
 * terminal cells so that carets and columns line up under Korean, Chinese and Japanese text.
 */
final class TerminalText {

    private static final char REPLACEMENT = '\uFFFD';

    private TerminalText() {
    }

    /** {@code text} with every control character except tab replaced by U+FFFD. */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Terminal cells taken by {@code text}: 2 for East Asian wide characters, else 1 per code point. */
    static int width(CharSequence text) {
        int cells = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            cells += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return cells;
    }

    /** {@code text} followed by spaces up to {@code cells} terminal cells. */
    static String padRight(String text, int cells) {
        int missing = cells - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    // The wide ranges of Unicode's East Asian Width property that occur in practice (UAX #11).
    static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F)      // Hangul Jamo initials
                || (codePoint >= 0x2E80 && codePoint <= 0x303E)  // CJK radicals, punctuation
                || (codePoint >= 0x3041 && codePoint <= 0x33FF)  // kana, CJK symbols
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)  // CJK extension A
                || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)  // CJK unified ideographs
                || (codePoint >= 0xA960 && codePoint <= 0xA97F)  // Hangul Jamo extended A
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)  // Hangul syllables
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)  // CJK compatibility ideographs
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)  // CJK compatibility forms
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)  // full-width forms
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x1F300 && codePoint <= 0x1F64F) // emoji
                || (codePoint >= 0x1F900 && codePoint <= 0x1F9FF)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD); // CJK extensions B..
    }
}
