package dev.ecslint.core.json;

import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document held in a string value of another document — ECR's {@code lifecyclePolicyText},
 * a repository's {@code policyText}, CloudFormation's {@code LifecyclePolicyText} — into a located tree
 * whose spans point into the OUTER file. When the holder is a JSON string literal, every escape sequence
 * is accounted for, so an inner value is located exactly (on the holder's line, at its own columns).
 * When the literal cannot be mapped (a YAML block scalar, for example), every inner value is located at
 * the whole holder string.
 *
 * <p>Inner pointers are the holder's pointer followed by the pointer inside the embedded document, e.g.
 * {@code /lifecyclePolicyText/rules/0/selection}: they name the embedded value unambiguously, although an
 * RFC 6901 resolver stops at the string.
 */
public final class EmbeddedJson {

    private EmbeddedJson() {
    }

    /**
     * @throws ParseProblem when the string is not valid JSON, located in the outer file
     */
    public static JsonValue read(JsonString holder, SourceFile outer) throws ParseProblem {
        int[] rawOffsets = rawOffsets(holder, outer);
        SourceFile inner = new SourceFile(null, outer.displayPath(), holder.value());
        JsonValue tree;
        try {
            tree = LocatedJsonReader.read(holder.value());
        } catch (ParseProblem e) {
            Span at = rawOffsets == null ? holder.span() : map(e.span(), inner, rawOffsets, outer);
            throw new ParseProblem(at, "the JSON text in " + describe(holder) + " is invalid: " + e.getMessage());
        }
        return relocate(tree, holder, inner, rawOffsets, outer);
    }

    private static String describe(JsonString holder) {
        String pointer = holder.pointer();
        int slash = pointer == null ? -1 : pointer.lastIndexOf('/');
        return slash < 0 ? "the string" : "`" + pointer.substring(slash + 1) + "`";
    }

    private static JsonValue relocate(JsonValue v, JsonString holder, SourceFile inner, int[] rawOffsets,
                                      SourceFile outer) {
        Span span = rawOffsets == null ? holder.span() : map(v.span(), inner, rawOffsets, outer);
        String pointer = holder.pointer() + v.pointer();
        if (v instanceof JsonObject o) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                Span keySpan = rawOffsets == null ? holder.span() : map(m.keySpan(), inner, rawOffsets, outer);
                members.put(m.key(), new Member(m.key(), keySpan,
                        relocate(m.value(), holder, inner, rawOffsets, outer)));
            }
            return new JsonObject(span, pointer, members);
        } else if (v instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>();
            for (JsonValue item : a.items()) {
                items.add(relocate(item, holder, inner, rawOffsets, outer));
            }
            return new JsonArray(span, pointer, items);
        } else if (v instanceof JsonString s) {
            return new JsonString(span, pointer, s.value());
        } else if (v instanceof JsonNumber n) {
            return new JsonNumber(span, pointer, n.literal());
        } else if (v instanceof JsonBoolean b) {
            return new JsonBoolean(span, pointer, b.value());
        }
        return new JsonNull(span, pointer);
    }

    private static Span map(Span innerSpan, SourceFile inner, int[] rawOffsets, SourceFile outer) {
        int start = offsetOf(inner, innerSpan.line(), innerSpan.column());
        int end = offsetOf(inner, innerSpan.endLine(), innerSpan.endColumn());
        int last = rawOffsets.length - 1;
        int rawStart = rawOffsets[Math.max(0, Math.min(start, last))];
        int rawEnd = rawOffsets[Math.max(0, Math.min(end, last))];
        return outer.span(rawStart, Math.max(rawStart, rawEnd));
    }

    private static int offsetOf(SourceFile file, int line, int column) {
        return file.lineStart(line) + column - 1;
    }

    /**
     * For each character of the decoded string (and one past its end), the offset in the outer file of
     * the escape sequence or character that produced it; {@code null} when the holder's source text is not
     * a JSON string literal that decodes to the holder's value.
     */
    private static int[] rawOffsets(JsonString holder, SourceFile outer) {
        Span span = holder.span();
        if (span.line() < 1 || span.line() > outer.lineCount()) {
            return null;
        }
        String text = outer.text();
        int begin = offsetOf(outer, span.line(), span.column());
        if (begin >= text.length() || text.charAt(begin) != '"') {
            return null;
        }
        String value = holder.value();
        int[] offsets = new int[value.length() + 1];
        int decoded = 0;
        int i = begin + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            if (decoded >= value.length()) {
                return null;
            }
            offsets[decoded] = i;
            char c = text.charAt(i);
            char produced;
            int width;
            if (c != '\\') {
                produced = c;
                width = 1;
            } else if (i + 1 >= text.length()) {
                return null;
            } else {
                char e = text.charAt(i + 1);
                width = 2;
                switch (e) {
                    case 'n': produced = '\n'; break;
                    case 't': produced = '\t'; break;
                    case 'r': produced = '\r'; break;
                    case 'b': produced = '\b'; break;
                    case 'f': produced = '\f'; break;
                    case 'u':
                        if (i + 6 > text.length()) {
                            return null;
                        }
                        try {
                            produced = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
                        } catch (NumberFormatException ex) {
                            return null;
                        }
                        width = 6;
                        break;
                    default: produced = e; break;
                }
            }
            if (produced != value.charAt(decoded)) {
                return null;
            }
            decoded++;
            i += width;
        }
        if (decoded != value.length() || i >= text.length()) {
            return null;
        }
        offsets[decoded] = i;
        return offsets;
    }
}
