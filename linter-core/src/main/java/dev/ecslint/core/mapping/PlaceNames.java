package dev.ecslint.core.mapping;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for a source's {@link dev.ecslint.core.engine.SubjectReader.Naming}: the segments of a pointer,
 * and the dotted path people read ({@code ContainerDefinitions[0].User}, {@code environment["a.b"]}).
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    /** The unescaped segments of an RFC 6901 pointer ({@code ""} has none). */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /**
     * The dotted path of {@code segments}, read from {@code from} down: a key is {@code .key} (or
     * {@code ["key"]} when it holds a dot, a space or a bracket), an array index {@code [i]}. Segments the tree
     * does not hold (inside a policy string) are shown by their look: digits as an index.
     */
    public static String dotted(JsonValue from, List<String> segments) {
        StringBuilder out = new StringBuilder();
        JsonValue at = from;
        for (String segment : segments) {
            if (at instanceof JsonTagged t) {
                if (!segment.equals(t.tag()) || t.argument().pointer().equals(t.pointer())) {
                    at = t.argument(); // a YAML tag sits on the node itself: !If [c, a, b] holds /1 and /2
                } else {
                    append(out, segment, false); // a JSON function object: {"Fn::If": [c, a, b]}
                    at = t.argument();
                    continue;
                }
            }
            boolean index;
            JsonValue next = null;
            if (at instanceof JsonObject o) {
                index = false;
                next = o.get(segment).orElse(null);
            } else if (at instanceof JsonArray a) {
                int i = parseIndex(segment);
                index = i >= 0; // else a key of a document held in the expression's text (a policy in a !Join)
                next = i >= 0 && i < a.items().size() ? a.items().get(i) : null;
            } else {
                index = parseIndex(segment) >= 0;
            }
            append(out, segment, index);
            at = next;
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String segment, boolean index) {
        if (index) {
            out.append('[').append(segment).append(']');
        } else if (segment.isEmpty() || needsQuotes(segment)) {
            out.append("[\"").append(segment.replace("\"", "\\\"")).append("\"]");
        } else {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(segment);
        }
    }

    /** A key holding a dot, white space, a bracket or a quote is written {@code ["key"]}. */
    private static boolean needsQuotes(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '.' || c == '[' || c == ']' || c == '"' || c == ' ' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    private static int parseIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(segment);
    }
}
