package dev.ecslint.core.json;

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
 * ({@link LocatedText}: a JSON string literal with its escapes, a YAML scalar in any style, or a string a
 * template joins from parts), so an inner value is located exactly, at its own characters. When the
 * string cannot be located, every inner value is located at the whole holder.
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
        return read(holder.value(), LocatedText.of(holder, outer), holder, outer);
    }

    /**
     * Reads {@code text}, whose characters are located in {@code outer}, as the JSON document held at
     * {@code holder} (its pointer prefixes the inner pointers).
     *
     * @throws ParseProblem when the text is not valid JSON, located in the outer file
     */
    public static JsonValue read(LocatedText text, Located holder, SourceFile outer) throws ParseProblem {
        return read(text.value(), text, holder, outer);
    }

    private static JsonValue read(String value, LocatedText located, Located holder, SourceFile outer)
            throws ParseProblem {
        SourceFile inner = new SourceFile(null, outer.displayPath(), value);
        JsonValue tree;
        try {
            tree = LocatedJsonReader.read(value);
        } catch (ParseProblem e) {
            Span at = located == null ? holder.span() : map(e.span(), inner, located, outer);
            throw new ParseProblem(at, "the JSON text in " + describe(holder) + " is invalid: " + e.getMessage());
        }
        return relocate(tree, holder, inner, located, outer);
    }

    private static String describe(Located holder) {
        String pointer = holder.pointer();
        int slash = pointer == null ? -1 : pointer.lastIndexOf('/');
        return slash < 0 ? "the string" : "`" + pointer.substring(slash + 1) + "`";
    }

    private static JsonValue relocate(JsonValue v, Located holder, SourceFile inner, LocatedText located,
                                      SourceFile outer) {
        Span span = located == null ? holder.span() : map(v.span(), inner, located, outer);
        String pointer = holder.pointer() + v.pointer();
        if (v instanceof JsonObject o) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                Span keySpan = located == null ? holder.span() : map(m.keySpan(), inner, located, outer);
                members.put(m.key(), new Member(m.key(), keySpan, relocate(m.value(), holder, inner, located, outer)));
            }
            return new JsonObject(span, pointer, members);
        } else if (v instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>();
            for (JsonValue item : a.items()) {
                items.add(relocate(item, holder, inner, located, outer));
            }
            return new JsonArray(span, pointer, items);
        } else if (v instanceof JsonString s) {
            return new JsonString(span, pointer, s.value());
        } else if (v instanceof JsonNumber n) {
            return new JsonNumber(span, pointer, n.literal());
        } else if (v instanceof JsonBoolean b) {
            return new JsonBoolean(span, pointer, b.value());
        }
        return new JsonNull(span, pointer); // the JSON reader makes no other value
    }

    private static Span map(Span innerSpan, SourceFile inner, LocatedText located, SourceFile outer) {
        int start = offsetOf(inner, innerSpan.line(), innerSpan.column());
        int end = offsetOf(inner, innerSpan.endLine(), innerSpan.endColumn());
        return located.span(outer, start, Math.max(start, end));
    }

    private static int offsetOf(SourceFile file, int line, int column) {
        return file.lineStart(line) + column - 1;
    }
}
