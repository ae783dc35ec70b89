package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.Arrays;

/**
 * A string together with, for each of its characters and one past its end, the offset in a source file of
 * the character or escape sequence that produced it: a JSON string literal, a YAML scalar in any style, or
 * a string joined from several of those (a CloudFormation {@code !Join}). {@link EmbeddedJson} locates the
 * values of a JSON document held in such a string at their own characters in the file.
 */
public final class LocatedText {

    private final String value;
    private final int[] offsets;

    private LocatedText(String value, int[] offsets) {
        this.value = value;
        this.offsets = offsets;
    }

    public String value() {
        return value;
    }

    /** The offset in the file of the character at {@code index} ({@code value().length()}: one past the end). */
    public int offset(int index) {
        return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
    }

    /** The file offset of every character and one past the end (see {@link EmbeddedJson}). */
    int[] offsets() {
        return offsets.clone();
    }

    /** A text every character of which comes from one place (a placeholder standing for an expression). */
    public static LocatedText at(String value, int offset) {
        int[] offsets = new int[value.length() + 1];
        Arrays.fill(offsets, offset);
        return new LocatedText(value, offsets);
    }

    /** This text followed by another. */
    public LocatedText append(LocatedText next) {
        int[] joined = Arrays.copyOf(offsets, value.length() + next.offsets.length);
        System.arraycopy(next.offsets, 0, joined, value.length(), next.offsets.length);
        return new LocatedText(value + next.value, joined);
    }

    /** The characters {@code [start, end)}. */
    public LocatedText slice(int start, int end) {
        return new LocatedText(value.substring(start, end), Arrays.copyOfRange(offsets, start, end + 1));
    }

    /**
     * The text of a string value read from {@code file}: located character by character when its source text
     * is a JSON string literal or a YAML scalar that produces it, else {@code null}.
     */
    public static LocatedText of(JsonString string, SourceFile file) {
        Span span = string.span();
        if (span.line() < 1 || span.line() > file.lineCount()) {
            return null;
        }
        int begin = file.lineStart(span.line()) + span.column() - 1;
        int end = span.endLine() > file.lineCount() ? file.text().length()
                : Math.min(file.text().length(), file.lineStart(span.endLine()) + span.endColumn() - 1);
        if (begin >= file.text().length()) {
            return null;
        }
        int[] offsets = JsonStrings.offsets(file.text(), begin, string.value());
        if (offsets == null) {
            offsets = yamlScalar(string.value(), file.text(), begin, Math.max(begin, end));
        }
        return offsets == null ? null : new LocatedText(string.value(), offsets);
    }

    /** The character a JSON escape (or plain character) at {@code i} produces and its width; null if invalid. */
    private static int[] escape(String text, int i) {
        char c = text.charAt(i);
        if (c != '\\') {
            return c == '\n' || c == '\r' ? null : new int[] {c, 1};
        }
        if (i + 1 >= text.length()) {
            return null;
        }
        char e = text.charAt(i + 1);
        switch (e) {
            case 'n': return new int[] {'\n', 2};
            case 't': return new int[] {'\t', 2};
            case 'r': return new int[] {'\r', 2};
            case 'b': return new int[] {'\b', 2};
            case 'f': return new int[] {'\f', 2};
            case 'u':
                if (i + 6 > text.length()) {
                    return null;
                }
                try {
                    return new int[] {Integer.parseInt(text.substring(i + 2, i + 6), 16), 6};
                } catch (NumberFormatException ex) {
                    return null;
                }
            default: return new int[] {e, 2};
        }
    }

    /**
     * Offsets of a YAML scalar in any style (plain, quoted, literal {@code |}, folded {@code >}) that produces
     * {@code value}: each character of the value is matched to the source character, escape or line break
     * that produced it, skipping what YAML drops (indentation, quotes, the block header); {@code null} when
     * the source does not produce the value.
     */
    private static int[] yamlScalar(String value, String text, int begin, int end) {
        int i = begin;
        while (i < end && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            // node properties before the scalar: a tag (!Sub) or an anchor (&name)
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        if (i >= text.length()) {
            return null;
        }
        char first = text.charAt(i);
        boolean doubleQuoted = first == '"';
        if (first == '|' || first == '>') {
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++; // the block header and its comment
            }
        } else if (first == '"' || first == '\'') {
            i++;
        }
        int limit = Math.min(text.length(), Math.max(end, begin + 1) + 1);
        int[] offsets = new int[value.length() + 1];
        for (int k = 0; k < value.length(); k++) {
            char wanted = value.charAt(k);
            boolean matched = false;
            while (i < limit && !matched) {
                char c = text.charAt(i);
                if (c == wanted && !(doubleQuoted && c == '\\')) {
                    offsets[k] = i++;
                    matched = true;
                } else if (doubleQuoted && c == '\\') {
                    int[] escape = escape(text, i);
                    if (escape != null && escape[0] == wanted) {
                        offsets[k] = i;
                        i += escape[1];
                        matched = true;
                    } else if (i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                        i++; // an escaped line break joins the lines
                    } else {
                        return null;
                    }
                } else if ((wanted == ' ' || wanted == '\n') && (c == '\n' || c == '\r')) {
                    offsets[k] = i; // a line break folded into a space, or kept
                    i = skipBreak(text, i);
                    matched = true;
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'') {
                    i++; // indentation, quotes and breaks YAML drops
                } else {
                    return null;
                }
            }
            if (!matched) {
                return null;
            }
        }
        offsets[value.length()] = Math.min(i, text.length());
        return offsets;
    }

    private static int skipBreak(String text, int i) {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    /** The span of the characters {@code [start, end)} in the file. */
    public Span span(SourceFile file, int start, int end) {
        int from = offset(start);
        int to = from;
        if (end > start) {
            int last = offset(end - 1);
            int next = offset(end);
            // the next character's offset ends an escape sequence; across a joined part it is elsewhere
            to = next > last && next - last <= 10 ? next : last + 1;
        }
        return file.span(from, Math.max(from, to));
    }
}
