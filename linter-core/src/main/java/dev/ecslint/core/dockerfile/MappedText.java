package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;

/**
 * Text assembled from pieces of a source file (a continued instruction joined into one logical line,
 * a heredoc body) that remembers, for every character, its offset in the file. Spans of anything found
 * in the text therefore point at the physical text, whatever line it sits on.
 *
 * <p>A view over a flat {@code char[]} and its offsets: the parser reads characters straight from the
 * array (no {@code String.charAt}, which costs a bounds check and a Latin-1/UTF-16 branch per character),
 * a slice shares the arrays, and strings are made only for what a token keeps.
 */
final class MappedText {

    private final SourceFile source;
    private final char[] chars;
    /** Source offset of each character of {@code chars}; {@code null}: {@code base + index} (a contiguous region). */
    private final int[] offsets;
    private final int base;
    private final int from;
    private final int length;
    private String text;

    private MappedText(SourceFile source, char[] chars, int[] offsets, int base, int from, int length) {
        this.source = source;
        this.chars = chars;
        this.offsets = offsets;
        this.base = base;
        this.from = from;
        this.length = length;
    }

    /** The first {@code length} characters of {@code chars}, at those source offsets. */
    static MappedText of(SourceFile source, char[] chars, int[] offsets, int length) {
        return new MappedText(source, chars, offsets, 0, 0, length);
    }

    /** A contiguous region of the source file, character for character. */
    static MappedText contiguous(SourceFile source, int start, int end) {
        char[] chars = new char[end - start];
        source.text().getChars(start, end, chars, 0);
        return new MappedText(source, chars, null, start, 0, chars.length);
    }

    String text() {
        String t = text;
        if (t == null) {
            t = new String(chars, from, length);
            text = t;
        }
        return t;
    }

    /** The characters {@code [start, end)} as a string. */
    String substring(int start, int end) {
        return start == 0 && end == length ? text() : new String(chars, from + start, end - start);
    }

    /** Appends the characters {@code [start, end)} to {@code out}. */
    void appendTo(StringBuilder out, int start, int end) {
        out.append(chars, from + start, end - start);
    }

    /** Index of {@code c} at or after {@code start}, or -1. */
    int indexOf(char c, int start) {
        for (int i = from + Math.max(0, start), end = from + length; i < end; i++) {
            if (chars[i] == c) {
                return i - from;
            }
        }
        return -1;
    }

    /** True when the text at {@code start} begins with {@code prefix}. */
    boolean startsWith(String prefix, int start) {
        if (start < 0 || start + prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[from + start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        if (i < 0 || i >= length) {
            throw new StringIndexOutOfBoundsException(i);
        }
        return chars[from + i];
    }

    SourceFile source() {
        return source;
    }

    /** Source offset of character {@code i}; past the end, one past the last character. */
    int offset(int i) {
        if (i < length) {
            return offsets == null ? base + from + i : offsets[from + i];
        }
        return length == 0 ? 0 : offset(length - 1) + 1;
    }

    /** The source span of characters {@code [start, end)} of this text. */
    Span span(int start, int end) {
        if (end <= start) {
            int at = offset(start);
            return source.span(at, at);
        }
        return source.span(offset(start), offset(end - 1) + 1);
    }

    Token token(int start, int end, String value) {
        return token(start, end, value, null);
    }

    /** A token whose raw text {@code [start, end)} the caller already holds ({@code null}: make it). */
    Token token(int start, int end, String value, String raw) {
        return new Token(value, raw != null ? raw : substring(start, end), span(start, end));
    }

    /** The characters {@code [start, end)}, sharing this text's arrays. */
    MappedText slice(int start, int end) {
        return new MappedText(source, chars, offsets, base, from + start, end - start);
    }
}
