package dev.ecslint.core.yaml;

import dev.ecslint.core.model.Span;
import java.util.Arrays;

/**
 * The text a {@link SimpleYamlReader} reads, with its line starts: positions become SnakeYAML's marks
 * (0-based line and column, columns counted in code points). Only texts whose lines end with {@code \n}
 * and whose characters are printable, tab-free and in the Basic Multilingual Plane are taken, so that a
 * column is a {@code char} count and a line break is one character.
 */
final class YamlText {

    final String text;
    final int length;
    private final int[] lineStarts;
    private int lastLine;

    private YamlText(String text, int[] lineStarts) {
        this.text = text;
        this.length = text.length();
        this.lineStarts = lineStarts;
    }

    /** Null when the text has a character the reader leaves to SnakeYAML. */
    static YamlText of(String text) {
        int[] starts = new int[64];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (!plain(c)) {
                return null;
            }
        }
        return new YamlText(text, Arrays.copyOf(starts, lines));
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c <= 0x7E
                || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    char at(int pos) {
        return pos < length ? text.charAt(pos) : '\0';
    }

    int line(int pos) {
        // the reader asks about the line it is on, or one a few lines further, nearly every time
        int line = lastLine;
        if (pos >= lineStarts[line]) {
            for (int step = 0; step < 8; step++, line++) {
                if (line + 1 == lineStarts.length || pos < lineStarts[line + 1]) {
                    lastLine = line;
                    return line;
                }
            }
        }
        int found = Arrays.binarySearch(lineStarts, pos);
        lastLine = found >= 0 ? found : -found - 2;
        return lastLine;
    }

    int column(int pos) {
        return pos - lineStarts[line(pos)];
    }

    int lineEnd(int pos) {
        int end = text.indexOf('\n', pos);
        return end < 0 ? length : end;
    }

    int skipSpaces(int pos) {
        while (pos < length && text.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    /** Blank: a space, a line break or the end of the text (SnakeYAML's {@code NULL_BL_T_LINEBR} without tabs). */
    boolean blank(int pos) {
        char c = at(pos);
        return c == ' ' || c == '\n' || c == '\0';
    }

    boolean lineEndOrComment(int pos) {
        char c = at(pos);
        return c == '\n' || c == '\0' || c == '#';
    }

    /** A position's line and column in one value, taken while the reader is near it. */
    long mark(int pos) {
        int line = line(pos);
        return (long) line << 32 | (pos - lineStarts[line]);
    }

    /** The span from a {@link #mark} to a position. */
    Span span(long startMark, int end) {
        int endLine = line(end);
        return new Span((int) (startMark >>> 32) + 1, (int) startMark + 1, endLine + 1, end - lineStarts[endLine] + 1);
    }

    /** The span between two {@link #mark}s. */
    static Span span(long startMark, long endMark) {
        return new Span((int) (startMark >>> 32) + 1, (int) startMark + 1, (int) (endMark >>> 32) + 1, (int) endMark + 1);
    }

    Span span(int start, int end) {
        int startLine = line(start);
        int endLine = line(end);
        return new Span(startLine + 1, start - lineStarts[startLine] + 1, endLine + 1, end - lineStarts[endLine] + 1);
    }
}
