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

    /** The frame of {@code finding} over its source line {@code line}. */
    public static CodeFrame of(Finding finding, String line) {
        int start = finding.location().column() - 1;
        String text = visibleLine(finding, line);
        int end = regionEnd(finding, line) + text.length() - line.length();
        return framed(text, start, Math.max(end, start));
    }

    /**
     * {@code line} as reports may show it: with the finding's region masked when its message shows a
     * masked secret. Fingerprints hash this too, so that not even a hash of a secret leaves ecslint.
     */
    public static String visibleLine(Finding finding, String line) {
        int start = finding.location().column() - 1;
        if (start >= line.length() || !finding.showsSecret()) {
            return line;
        }
        int end = Math.min(Math.max(regionEnd(finding, line), start), line.length());
        return line.substring(0, start) + maskRegion(line.substring(start, end)) + line.substring(end);
    }

    /** Exclusive end index of the region on its first line (to the line's end when it spans lines). */
    private static int regionEnd(Finding finding, String line) {
        Location at = finding.location();
        return at.endLine() == at.line() ? at.endColumn() - 1 : line.length();
    }

    private static String maskRegion(String region) {
        if (region.isEmpty()) {
            return region;
        }
        boolean quoted = region.length() >= 2 && region.charAt(0) == region.charAt(region.length() - 1)
                && (region.charAt(0) == '"' || region.charAt(0) == '\'');
        if (quoted) {
            char quote = region.charAt(0);
            return quote + Secrets.mask(region.substring(1, region.length() - 1)) + quote;
        }
        return Secrets.mask(region);
    }

    private static CodeFrame framed(String line, int start, int end) {
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
        String shown = TerminalText.printable(line.substring(windowStart, windowEnd));

        StringBuilder carets = new StringBuilder(" ".repeat(lead.length()));
        int regionStart = Math.min(start, windowEnd);
        for (int i = windowStart; i < regionStart; ) {
            int codePoint = line.codePointAt(i);
            carets.append(codePoint == '\t' ? "\t" : " ".repeat(TerminalText.isWide(codePoint) ? 2 : 1));
            i += Character.charCount(codePoint);
        }
        carets.append(" ".repeat(Math.max(0, start - line.length())));
        int regionEnd = Math.min(end, windowEnd);
        int caretCount = regionEnd > regionStart ? TerminalText.width(line.substring(regionStart, regionEnd)) : 1;
        carets.append("^".repeat(caretCount));
        return new CodeFrame(lead + shown + trail, carets.toString());
    }
}
