package dev.ecslint.core.model;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The decoded text of one file, with the offsets of its lines so that any offset maps to a 1-based
 * line and column. A UTF-8 byte-order mark is dropped (editors do not count it); {@code \r\n},
 * {@code \r} and {@code \n} all end a line.
 */
public final class SourceFile {

    private final Path path;
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;
    /**
     * 0-based index of the line {@link #lineOf} found last. Read and written without synchronisation:
     * any value is a valid hint (it is checked before use), so a thread seeing another's is harmless.
     */
    private int lastLine;

    /**
     * @param path        the file on disk, or {@code null} for standard input and archive entries
     * @param displayPath the path shown in findings
     */
    public SourceFile(Path path, String displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lineStarts = computeLineStarts(this.text);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        if (text.indexOf('\r') < 0) {
            // the usual case: String.indexOf is an intrinsic that scans many characters per step
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
            return Arrays.copyOf(starts, count);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public Path path() {
        return path;
    }

    public String displayPath() {
        return displayPath;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** The text of a 1-based line without its line terminator; empty past the end. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        return text.substring(lineStarts[line - 1], lineEnd(line));
    }

    /** Offset just past the last character of a 1-based line, its line terminator excluded. */
    public int lineEnd(int line) {
        int start = lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
        int end = line < lineStarts.length ? lineStarts[Math.max(line, 1)] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** 1-based line of a character offset. */
    public int lineOf(int offset) {
        // spans are asked for in reading order: try the line of the last answer and the next one first
        int last = lastLine;
        if (last < lineStarts.length && lineStarts[last] <= offset) {
            if (last + 1 == lineStarts.length || offset < lineStarts[last + 1]) {
                return last + 1;
            }
            if (last + 2 == lineStarts.length || last + 2 < lineStarts.length && offset < lineStarts[last + 2]) {
                lastLine = last + 1;
                return last + 2;
            }
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i + 1 : -i - 1;
        lastLine = Math.max(0, line - 1);
        return line;
    }

    /** 1-based column of a character offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The span covering offsets {@code [start, end)}. */
    public Span span(int start, int end) {
        int endLine = lineOf(end);
        return new Span(lineOf(start), columnOf(start), endLine, end - lineStarts[endLine - 1] + 1);
    }
}
