package dev.ecslint.core.json;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document held in a string value of another document — ECR's {@code lifecyclePolicyText},
 * a repository's {@code policyText}, CloudFormation's {@code LifecyclePolicyText} — into a located tree
 * whose spans point into the OUTER file. The string's characters are located one by one
 * ({@link LocatedText}: a JSON string literal with its escapes, a YAML scalar in any style, a string a
 * template joins from parts, a heredoc), so an inner value is located exactly, at its own characters. When
 * the string cannot be located, every inner value is located at the whole holder.
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
        LocatedText located = LocatedText.of(holder, outer);
        if (located == null) {
            return read(holder.value(), null, (start, end) -> holder.span(), holder.pointer(), describe(holder));
        }
        return read(located, holder, outer);
    }

    /**
     * Reads {@code text}, whose characters are located in {@code outer}, as the JSON document held at
     * {@code holder} (its pointer prefixes the inner pointers).
     *
     * @throws ParseProblem when the text is not valid JSON, located in the outer file
     */
    public static JsonValue read(LocatedText text, Located holder, SourceFile outer) throws ParseProblem {
        return read(text.value(), text.offsets(), outer::span, holder.pointer(), describe(holder));
    }

    /** Where text offsets of the embedding file lie: a span from a start and an exclusive end offset. */
    @FunctionalInterface
    public interface Placement {
        Span span(int start, int end);
    }

    /**
     * Reads JSON text whose characters come from an embedding file (a string literal, a heredoc), every value
     * located through {@code offsets}.
     *
     * @param offsets       the embedding file's offset of each character of {@code json} and one past the
     *                      last; {@code null} to place every value at {@code placement.span(0, 0)}
     * @param pointerPrefix prepended to every pointer of the embedded document
     * @param description   names the holder in the parse problem ("`lifecyclePolicyText`")
     * @throws ParseProblem when the text is not valid JSON, located in the embedding file
     */
    public static JsonValue read(String json, int[] offsets, Placement placement, String pointerPrefix,
                                 String description) throws ParseProblem {
        SourceFile inner = new SourceFile(null, "", json);
        JsonValue tree;
        try {
            tree = LocatedJsonReader.read(json);
        } catch (ParseProblem e) {
            throw new ParseProblem(map(e.span(), inner, offsets, placement), Message.of("json.embedded")
                    .verbatim("holder", description).phrase("problem", e.message()));
        }
        return relocate(tree, pointerPrefix == null ? "" : pointerPrefix, inner, offsets, placement);
    }

    private static String describe(Located holder) {
        String pointer = holder.pointer();
        int slash = pointer == null ? -1 : pointer.lastIndexOf('/');
        return slash < 0 ? "the string" : "`" + pointer.substring(slash + 1) + "`";
    }

    private static JsonValue relocate(JsonValue v, String prefix, SourceFile inner, int[] rawOffsets,
                                      Placement placement) {
        Span span = map(v.span(), inner, rawOffsets, placement);
        String pointer = prefix + v.pointer();
        if (v instanceof JsonObject o) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                members.put(m.key(), new Member(m.key(), map(m.keySpan(), inner, rawOffsets, placement),
                        relocate(m.value(), prefix, inner, rawOffsets, placement)));
            }
            return new JsonObject(span, pointer, members);
        } else if (v instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>();
            for (JsonValue item : a.items()) {
                items.add(relocate(item, prefix, inner, rawOffsets, placement));
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

    private static Span map(Span innerSpan, SourceFile inner, int[] rawOffsets, Placement placement) {
        if (rawOffsets == null) {
            return placement.span(0, 0);
        }
        int start = offsetOf(inner, innerSpan.line(), innerSpan.column());
        int end = offsetOf(inner, innerSpan.endLine(), innerSpan.endColumn());
        int last = rawOffsets.length - 1;
        int rawStart = rawOffsets[Math.max(0, Math.min(start, last))];
        int rawEnd = rawOffsets[Math.max(0, Math.min(end, last))];
        if (end > start && end <= last) {
            // the next character's offset ends an escape sequence; across two joined parts it lies elsewhere
            int lastCharacter = rawOffsets[end - 1];
            if (rawEnd < lastCharacter || rawEnd - lastCharacter > 10) {
                rawEnd = lastCharacter + 1;
            }
        }
        return placement.span(rawStart, Math.max(rawStart, rawEnd));
    }

    private static int offsetOf(SourceFile file, int line, int column) {
        return file.lineStart(line) + column - 1;
    }
}
