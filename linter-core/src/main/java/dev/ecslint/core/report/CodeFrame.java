package dev.ecslint.core.report;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Secrets;

/**
 * The source line of a finding as the text report shows it, with a caret line under the finding's
 * region. Long lines (minified JSON) are cut to a window around the region, control characters are
 * neutralised, and when the finding's message shows a masked secret ({@code my***}, as every rule
 * prints one through {@link Secrets#mask}) the region itself is masked too: the code frame must not
 * print what the message carefully hid.
 *
 * @param source the line to print, without indentation
 * @param carets spaces (and the line's own tabs) up to the region, then {@code ^} under it
 */
public record CodeFrame(String source, String carets) {

    private static final int MAX_CHARS = 120;
    private static final int CONTEXT_BEFORE = 40;
    private static final String ELLIPSIS = "\u2026";

    /** The frame of {@code finding} over its source line {@code line}; its cost is the frame's, not the line's. */
    public static CodeFrame of(Finding finding, String line) {
        int start = finding.location().column() - 1;
        CharSequence text = visible(finding, line);
        int end = regionEnd(finding, line) + text.length() - line.length();
        return framed(text, start, Math.max(end, start));
    }

    /**
     * {@code line} as reports may show it: with the finding's region masked when its message shows a
     * masked secret. Fingerprints hash this too, so that not even a hash of a secret leaves ecslint.
     */
    public static String visibleLine(Finding finding, String line) {
        return visible(finding, line).toString();
    }

    private static CharSequence visible(Finding finding, String line) {
        int start = finding.location().column() - 1;
        if (start < 0 || start >= line.length() || !finding.showsSecret()) {
            return line;
        }
        int end = Math.min(Math.max(regionEnd(finding, line), start), line.length());
        return new MaskedLine(line, start, end, maskRegion(line, start, end));
    }

    /** Exclusive end index of the region on its first line (to the line's end when it spans lines). */
    private static int regionEnd(Finding finding, String line) {
        Location at = finding.location();
        return at.endLine() == at.line() ? at.endColumn() - 1 : line.length();
    }

    /** The region as {@link Secrets#mask} shows it, its quotes kept, without copying a long region. */
    private static String maskRegion(String line, int start, int end) {
        if (start == end) {
            return "";
        }
        boolean quoted = end - start >= 2 && line.charAt(start) == line.charAt(end - 1)
                && (line.charAt(start) == '"' || line.charAt(start) == '\'');
        int innerStart = quoted ? start + 1 : start;
        int innerEnd = quoted ? end - 1 : end;
        // mask() keeps two characters of a value longer than four: five characters decide as well as all
        String masked = Secrets.mask(line.substring(innerStart, Math.min(innerEnd, innerStart + 5)));
        return quoted ? line.charAt(start) + masked + line.charAt(start) : masked;
    }

    /** A line whose region {@code [start, end)} reads as {@code middle}, without building the whole line. */
    private record MaskedLine(String line, int start, int end, String middle) implements CharSequence {
        @Override
        public int length() {
            return start + middle.length() + line.length() - end;
        }

        @Override
        public char charAt(int index) {
            if (index < start) {
                return line.charAt(index);
            }
            int inMiddle = index - start;
            return inMiddle < middle.length() ? middle.charAt(inMiddle) : line.charAt(end + inMiddle - middle.length());
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            StringBuilder part = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                part.append(charAt(i));
            }
            return part.toString();
        }

        @Override
        public String toString() {
            return line.substring(0, start) + middle + line.substring(end);
        }
    }

    private static CodeFrame framed(CharSequence line, int start, int end) {
        int windowStart = start > CONTEXT_BEFORE && line.length() > MAX_CHARS ? start - CONTEXT_BEFORE : 0;
        if (windowStart > 0 && windowStart < line.length() && Character.isLowSurrogate(line.charAt(windowStart))) {
            windowStart++;
        }
        windowStart = Math.min(windowStart, line.length());
        int windowEnd = Math.min(line.length(), windowStart + MAX_CHARS);
        if (windowEnd < line.length() && windowEnd > windowStart
                && Character.isHighSurrogate(line.charAt(windowEnd - 1))) {
            windowEnd--;
        }
        String lead = windowStart > 0 ? ELLIPSIS : "";
        String trail = windowEnd < line.length() ? ELLIPSIS : "";
        String shown = TerminalText.printable(line.subSequence(windowStart, windowEnd).toString());

        StringBuilder carets = new StringBuilder(" ".repeat(lead.length()));
        int regionStart = Math.min(start, windowEnd);
        for (int i = windowStart; i < regionStart; ) {
            int codePoint = Character.codePointAt(line, i);
            carets.append(codePoint == '\t' ? "\t" : " ".repeat(TerminalText.isWide(codePoint) ? 2 : 1));
            i += Character.charCount(codePoint);
        }
        carets.append(" ".repeat(Math.max(0, start - line.length())));
        int regionEnd = Math.min(end, windowEnd);
        int caretCount = regionEnd > regionStart ? TerminalText.width(line.subSequence(regionStart, regionEnd).toString()) : 1;
        carets.append("^".repeat(caretCount));
        return new CodeFrame(lead + shown + trail, carets.toString());
    }
}
