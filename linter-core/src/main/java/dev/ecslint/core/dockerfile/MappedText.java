package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;

/**
 * Text assembled from pieces of a source file (a continued instruction joined into one logical line,
 * a heredoc body) that remembers, for every character, its offset in the file. Spans of anything found
 * in the text therefore point at the physical text, whatever line it sits on.
 */
final class MappedText {

    private final SourceFile source;
    private final String text;
    private final int[] offsets;

    MappedText(SourceFile source, String text, int[] offsets) {
        this.source = source;
        this.text = text;
        this.offsets = offsets;
    }

    /** A contiguous region of the source file, character for character. */
    static MappedText contiguous(SourceFile source, int start, int end) {
        int[] offsets = new int[end - start];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new MappedText(source, source.text().substring(start, end), offsets);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    SourceFile source() {
        return source;
    }

    /** Source offset of character {@code i}; past the end, one past the last character. */
    int offset(int i) {
        if (i < offsets.length) {
            return offsets[i];
        }
        return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
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
        return new Token(value, text.substring(start, end), span(start, end));
    }

    MappedText slice(int start, int end) {
        int[] part = new int[end - start];
        System.arraycopy(offsets, start, part, 0, part.length);
        return new MappedText(source, text.substring(start, end), part);
    }
}
