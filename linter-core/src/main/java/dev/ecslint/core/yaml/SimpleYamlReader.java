package dev.ecslint.core.yaml;

import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the subset of YAML that real CloudFormation templates and compose files are written in (block
 * mappings and sequences, plain scalars (folded over lines too), one-line quoted scalars, literal and folded
 * block scalars, local tags such as {@code !Ref}, flow collections of one-line scalars) straight into the
 * located tree, with the values, spans and pointers SnakeYAML's path gives; SnakeYAML's scanner, parser and
 * composer cost about three times more. Anything else (anchors, aliases, merge keys, multi-line quoted
 * scalars, tabs, {@code \r}, several documents, duplicate keys, errors of any kind) makes it give up, and
 * {@link LocatedYamlReader} reads the text with SnakeYAML instead: the subset only decides speed, never a
 * result. {@code SimpleYamlReaderTest} holds it to SnakeYAML's trees.
 */
final class SimpleYamlReader {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_NODES = 100_000;
    /** SnakeYAML drops a possible simple key longer than this. */
    private static final int MAX_KEY_LENGTH = 1000;

    /** Thrown wherever the text leaves the subset; no stack trace, it is control flow. */
    private static final class OutsideSubset extends RuntimeException {
        private static final OutsideSubset INSTANCE = new OutsideSubset();

        private OutsideSubset() {
            super(null, null, false, false);
        }
    }

    private final YamlText yaml;
    private final String text;
    /** Between nodes: the next token's position (first character of the next content line), or the end. */
    private int pos;
    private int nodes;

    private SimpleYamlReader(YamlText yaml) {
        this.yaml = yaml;
        this.text = yaml.text;
    }

    /** The located tree of a one-document stream whose root is a block mapping, or null outside the subset. */
    static JsonValue read(String text) {
        YamlText yaml = YamlText.of(text);
        if (yaml == null) {
            return null;
        }
        try {
            return new SimpleYamlReader(yaml).document();
        } catch (OutsideSubset e) {
            return null;
        }
    }

    /** Gives up: thrown wherever the text leaves the subset, caught in {@link #read}. */
    static RuntimeException outside() {
        return OutsideSubset.INSTANCE;
    }

    private JsonValue document() {
        int start = nextContent(0, true);
        if (start < yaml.length && text.startsWith("---", start) && yaml.column(start) == 0 && yaml.blank(start + 3)) {
            int after = yaml.skipSpaces(start + 3);
            if (!yaml.lineEndOrComment(after)) {
                throw outside();
            }
            start = nextContent(after);
        }
        if (start >= yaml.length || keyEnd(start) < 0) {
            throw outside();
        }
        pos = start;
        JsonValue root = blockMapping(yaml.column(start), start, "", 0);
        if (pos != yaml.length) {
            throw outside();
        }
        return root;
    }

    /**
     * From {@code from} (anywhere on a line whose remainder is blank or a comment), the first character of the
     * next line holding a token, or the end of the text. Document markers and directives are outside the subset.
     */
    private int nextContent(int from) {
        return nextContent(from, false);
    }

    private int nextContent(int from, boolean documentStart) {
        int p = from;
        while (true) {
            p = yaml.skipSpaces(p);
            char c = yaml.at(p);
            if (c == '#') {
                p = yaml.lineEnd(p);
                c = yaml.at(p);
            }
            if (c == '\0') {
                return yaml.length;
            }
            if (c == '\n') {
                p++;
                continue;
            }
            if (!documentStart && yaml.column(p) == 0 && (c == '%' || (text.startsWith("---", p) || text.startsWith("...", p))
                    && yaml.blank(p + 3))) {
                throw outside();
            }
            return p;
        }
    }

    private void countNode(int depth) {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            throw outside();
        }
    }

    // ---- block collections

    /** Entries at column {@code indent}, the first at {@link #pos}; ends at the next token left of it. */
    private JsonObject blockMapping(int indent, int start, String pointer, int depth) {
        countNode(depth);
        long startMark = yaml.mark(start);
        Map<String, Member> members = new LinkedHashMap<>();
        while (true) {
            int keyStart = pos;
            int colon = keyEnd(keyStart);
            if (colon < 0) {
                throw outside();
            }
            ScalarText key = keyText(keyStart);
            if (members.containsKey(key.value)) {
                throw outside();
            }
            Span keySpan = yaml.span(keyStart, key.end);
            JsonValue value = nodeAfterIndicator(colon + 1, indent, JsonPointer.child(pointer, key.value), depth + 1,
                    false, true);
            members.put(key.value, new Member(key.value, keySpan, value));
            if (pos >= yaml.length || yaml.column(pos) < indent) {
                break;
            }
            if (yaml.column(pos) > indent || blockEntry(pos)) {
                throw outside();
            }
        }
        return new JsonObject(yaml.span(startMark, pos), pointer, members);
    }

    /** Entries {@code -} at column {@code indent}; an indentless one (under a key, same column) ends at a key. */
    private JsonArray blockSequence(int indent, int start, String pointer, int depth, boolean indentless) {
        countNode(depth);
        long startMark = yaml.mark(start);
        List<JsonValue> items = new ArrayList<>();
        while (true) {
            items.add(nodeAfterIndicator(pos + 1, indent, JsonPointer.child(pointer, items.size()), depth + 1,
                    true, false));
            if (pos >= yaml.length || yaml.column(pos) < indent) {
                break;
            }
            if (yaml.column(pos) > indent) {
                throw outside();
            }
            if (!blockEntry(pos)) {
                if (indentless) {
                    break;
                }
                throw outside();
            }
        }
        return new JsonArray(yaml.span(startMark, pos), pointer, items);
    }

    private boolean blockEntry(int p) {
        return yaml.at(p) == '-' && yaml.blank(p + 1);
    }

    /**
     * The node after a mapping's {@code :} or a sequence's {@code -} ({@code indicatorEnd} just after it), in a
     * block collection at column {@code indent}: on the same line, on the lines below, or empty.
     */
    private JsonValue nodeAfterIndicator(int indicatorEnd, int indent, String pointer, int depth,
                                         boolean inSequence, boolean indentlessAllowed) {
        int p = yaml.skipSpaces(indicatorEnd);
        if (yaml.lineEndOrComment(p)) {
            if (p == indicatorEnd && yaml.at(p) == '#') {
                throw outside();
            }
            return nodeBelow(p, indent, pointer, depth, null, -1, indicatorEnd, indentlessAllowed);
        }
        if (yaml.at(p) == '!') {
            return taggedNode(p, indent, pointer, depth, indentlessAllowed);
        }
        if (inSequence && keyEnd(p) >= 0) {
            pos = p;
            return blockMapping(yaml.column(p), p, pointer, depth);
        }
        if (inSequence && blockEntry(p)) {
            pos = p;
            return blockSequence(yaml.column(p), p, pointer, depth, false);
        }
        return inlineNode(p, p, indent, pointer, depth);
    }

    /** The lines below an indicator or tag that ends its line: a nested node, an indentless sequence or nothing. */
    private JsonValue nodeBelow(int lineRest, int indent, String pointer, int depth, String tag, int tagStart,
                                int emptyAt, boolean indentlessAllowed) {
        long emptyMark = yaml.mark(emptyAt);
        long tagMark = tag != null ? yaml.mark(tagStart) : emptyMark;
        int next = nextContent(lineRest);
        int column = yaml.column(next);
        int start = tag != null ? tagStart : next;
        JsonValue node;
        if (next < yaml.length && column > indent) {
            if (blockEntry(next)) {
                pos = next;
                node = blockSequence(column, start, pointer, depth, false);
            } else if (yaml.at(next) != '!' && keyEnd(next) >= 0) {
                pos = next;
                node = blockMapping(column, start, pointer, depth);
            } else if (yaml.at(next) == '!') {
                if (tag != null) {
                    throw outside();
                }
                return taggedNode(next, indent, pointer, depth, false);
            } else {
                node = inlineNode(next, start, indent, pointer, depth);
            }
        } else if (next < yaml.length && column == indent && indentlessAllowed && blockEntry(next)) {
            pos = next;
            node = blockSequence(column, start, pointer, depth, true);
        } else {
            countNode(depth);
            pos = next;
            node = tag != null
                    ? new JsonString(YamlText.span(tagMark, emptyMark), pointer, "")
                    : ScalarValues.of(YamlText.span(emptyMark, emptyMark), pointer, "", ScalarValues.resolvePlain(""));
        }
        return tagged(tag, node, pointer);
    }

    /** A node with a local tag: the rest of its line, or the lines below when the tag ends the line. */
    private JsonValue taggedNode(int tagStart, int indent, String pointer, int depth, boolean indentlessAllowed) {
        int tagEnd = tagEnd(tagStart);
        String tag = text.substring(tagStart, tagEnd);
        int p = yaml.skipSpaces(tagEnd);
        if (yaml.lineEndOrComment(p)) {
            if (p == tagEnd && yaml.at(p) == '#') {
                throw outside();
            }
            return nodeBelow(p, indent, pointer, depth, tag, tagStart, tagEnd, indentlessAllowed);
        }
        if (keyEnd(p) >= 0) {
            throw outside(); // the tag belongs to a key
        }
        return tagged(tag, inlineNode(p, tagStart, indent, pointer, depth), pointer);
    }

    private static JsonValue tagged(String tag, JsonValue node, String pointer) {
        return tag == null ? node : new JsonTagged(node.span(), pointer, tag, node);
    }

    /**
     * A scalar or flow collection that starts at {@code p} on its line (its span from {@code start}, where a tag
     * may stand) and must end it; the next line must not be deeper than the collection at {@code indent}.
     */
    private JsonValue inlineNode(int p, int start, int indent, String pointer, int depth) {
        countNode(depth);
        long startMark = yaml.mark(start);
        boolean tagged = start != p;
        char c = yaml.at(p);
        JsonValue node;
        int end;
        if (c == '|' || c == '>') {
            BlockScalar scalar = BlockScalar.scan(yaml, p, indent);
            node = new JsonString(yaml.span(startMark, scalar.end()), pointer, scalar.value());
            pos = nextContent(scalar.resume());
            if (pos < yaml.length && yaml.column(pos) > indent) {
                throw outside();
            }
            return node;
        }
        if (c == '[' || c == '{') {
            FlowReader flow = new FlowReader(p, depth);
            node = flow.node(start, pointer);
            end = flow.pos;
        } else if (c == '"' || c == '\'') {
            ScalarText scalar = quoted(p);
            node = new JsonString(yaml.span(startMark, scalar.end), pointer, scalar.value);
            end = scalar.end;
        } else {
            ScalarText scalar = plainScalar(p, indent);
            node = tagged ? new JsonString(yaml.span(startMark, scalar.end), pointer, scalar.value)
                    : ScalarValues.of(yaml.span(startMark, scalar.end), pointer, scalar.value,
                    ScalarValues.resolvePlain(scalar.value));
            end = scalar.end;
        }
        int after = yaml.skipSpaces(end);
        if (!yaml.lineEndOrComment(after) || after == end && yaml.at(after) == '#') {
            throw outside();
        }
        pos = nextContent(after);
        if (pos < yaml.length && yaml.column(pos) > indent) {
            throw outside(); // a plain scalar going on, or an error
        }
        return node;
    }

    // ---- keys and scalars

    /** The position of the {@code :} of a simple key starting at {@code p} on its line, or -1. */
    private int keyEnd(int p) {
        char c = yaml.at(p);
        int end;
        if (c == '"' || c == '\'') {
            end = quotedEnd(p);
            if (end < 0) {
                return -1;
            }
            end = yaml.skipSpaces(end);
        } else {
            if (!plainStart(p, false)) {
                return -1;
            }
            end = yaml.skipSpaces(plainEnd(p, false));
        }
        return yaml.at(end) == ':' && yaml.blank(end + 1) && end - p <= MAX_KEY_LENGTH ? end : -1;
    }

    private ScalarText keyText(int p) {
        char c = yaml.at(p);
        if (c == '"' || c == '\'') {
            return quoted(p);
        }
        int end = plainEnd(p, false);
        String value = text.substring(p, end);
        if (value.equals("<<") || end == p) {
            throw outside(); // a merge key
        }
        return new ScalarText(value, end);
    }

    private record ScalarText(String value, int end) { }

    /**
     * A plain scalar in a block collection at column {@code indent}, over as many lines as SnakeYAML's
     * {@code scanPlain} takes: the lines below that are deeper than the collection and not comments, folded
     * (a line break becomes a space, n empty lines n line breaks).
     */
    private ScalarText plainScalar(int p, int indent) {
        int end = plainEnd(p, false);
        if (end == p) {
            throw outside();
        }
        StringBuilder value = null;
        while (true) {
            int lineRest = yaml.skipSpaces(end);
            if (yaml.at(lineRest) != '\n') {
                break;
            }
            int next = lineRest + 1;
            int emptyLines = 0;
            while (true) {
                next = yaml.skipSpaces(next);
                if (yaml.at(next) != '\n') {
                    break;
                }
                emptyLines++;
                next++;
            }
            char c = yaml.at(next);
            if (c == '#' || c == '\0' || yaml.column(next) <= indent) {
                break;
            }
            if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
                throw outside();
            }
            int chunkEnd = chunkEnd(next, false);
            if (yaml.at(chunkEnd) == ':') {
                throw outside(); // a multi-line key: an error
            }
            if (value == null) {
                value = new StringBuilder(text.substring(p, end));
            }
            value.append(emptyLines == 0 ? " " : "\n".repeat(emptyLines)).append(text, next, chunkEnd);
            end = chunkEnd;
        }
        return new ScalarText(value == null ? text.substring(p, end) : value.toString(), end);
    }

    /** Whether a plain scalar may start at {@code p} (SnakeYAML's check, narrowed: no {@code ?}/{@code :} start). */
    private boolean plainStart(int p, boolean flow) {
        char c = yaml.at(p);
        if (c == '\0' || c == ' ' || c == '\n') {
            return false;
        }
        if (c == '-') {
            return !yaml.blank(p + 1) && (!flow || ",[]{}".indexOf(yaml.at(p + 1)) < 0);
        }
        return "-?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    /**
     * The end of a one-line plain scalar starting at {@code p} (trailing spaces excluded): before {@code ": "},
     * {@code " #"} or the line end; in flow context also before {@code ,[]{}}. Inside a flow collection a
     * {@code ?} or a {@code #} is outside the subset.
     */
    private int plainEnd(int p, boolean flow) {
        if (!plainStart(p, flow)) {
            throw outside();
        }
        return chunkEnd(p, flow);
    }

    /** The end of the plain scalar's text on the line of {@code p}, trailing spaces excluded. */
    private int chunkEnd(int p, boolean flow) {
        int end = p;
        int q = p;
        while (true) {
            char c = yaml.at(q);
            if (c == '\n' || c == '\0') {
                return end;
            }
            if (c == ' ') {
                q++;
                if (yaml.at(q) == '#') {
                    if (flow) {
                        throw outside();
                    }
                    return end;
                }
                continue;
            }
            if (c == ':' && (yaml.blank(q + 1) || flow && ",[]{}".indexOf(yaml.at(q + 1)) >= 0)) {
                return end;
            }
            if (flow && ",[]{}".indexOf(c) >= 0) {
                return end;
            }
            if (flow && c == '?') {
                throw outside();
            }
            q++;
            end = q;
        }
    }

    /** The end (after the closing quote) of a one-line quoted scalar at {@code p}, or -1. */
    private int quotedEnd(int p) {
        char quote = yaml.at(p);
        int q = p + 1;
        while (true) {
            char c = yaml.at(q);
            if (c == '\n' || c == '\0') {
                return -1;
            }
            if (quote == '\'' && c == '\'') {
                if (yaml.at(q + 1) != '\'') {
                    return q + 1;
                }
                q += 2;
            } else if (quote == '"' && c == '\\') {
                q += 2;
            } else if (quote == '"' && c == '"') {
                return q + 1;
            } else {
                q++;
            }
        }
    }

    private ScalarText quoted(int p) {
        int end = quotedEnd(p);
        if (end < 0) {
            throw outside();
        }
        char quote = yaml.at(p);
        String body = text.substring(p + 1, end - 1);
        if (quote == '\'') {
            return new ScalarText(body.replace("''", "'"), end);
        }
        if (body.indexOf('\\') < 0) {
            return new ScalarText(body, end);
        }
        StringBuilder value = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = body.charAt(++i);
            value.append(switch (escaped) {
                case '\\', '"' -> escaped;
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> throw outside();
            });
        }
        return new ScalarText(value.toString(), end);
    }

    /** The end of a local tag ({@code !Ref}, {@code !GetAtt}) at {@code p}; other tags are outside the subset. */
    private int tagEnd(int p) {
        int q = p + 1;
        while (true) {
            char c = yaml.at(q);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ':' || c == '_'
                    || c == '-' || c == '.') {
                q++;
            } else {
                break;
            }
        }
        if (q == p + 1 || !yaml.blank(q)) {
            throw outside();
        }
        return q;
    }

    // ---- flow collections

    /**
     * One flow collection ({@code [a, !Ref b]}, {@code {Ref: x}}), over one line or several; ends after its
     * bracket. Plain scalars in it stay on one line.
     */
    private final class FlowReader {
        private int pos;
        private final int depth;

        FlowReader(int pos, int depth) {
            this.pos = pos;
            this.depth = depth;
        }

        JsonValue node(int start, String pointer) {
            char c = yaml.at(pos);
            if (c == '[') {
                return sequence(start, pointer);
            }
            if (c == '{') {
                return mapping(start, pointer);
            }
            throw outside();
        }

        private JsonValue sequence(int start, String pointer) {
            long startMark = yaml.mark(start);
            pos++;
            List<JsonValue> items = new ArrayList<>();
            while (true) {
                pos = gap(pos);
                if (yaml.at(pos) == ']') {
                    break;
                }
                items.add(item(JsonPointer.child(pointer, items.size())));
                pos = gap(pos);
                if (yaml.at(pos) == ',') {
                    pos++;
                } else if (yaml.at(pos) != ']') {
                    throw outside();
                }
            }
            pos++;
            return new JsonArray(yaml.span(startMark, pos), pointer, items);
        }

        private JsonValue mapping(int start, String pointer) {
            long startMark = yaml.mark(start);
            pos++;
            Map<String, Member> members = new LinkedHashMap<>();
            while (true) {
                pos = gap(pos);
                if (yaml.at(pos) == '}') {
                    break;
                }
                int keyStart = pos;
                ScalarText key = flowKey(keyStart);
                if (members.containsKey(key.value)) {
                    throw outside();
                }
                JsonValue value = item(JsonPointer.child(pointer, key.value));
                members.put(key.value, new Member(key.value, yaml.span(keyStart, key.end), value));
                pos = gap(pos);
                if (yaml.at(pos) == ',') {
                    pos++;
                } else if (yaml.at(pos) != '}') {
                    throw outside();
                }
            }
            pos++;
            return new JsonObject(yaml.span(startMark, pos), pointer, members);
        }

        private JsonValue item(String pointer) {
            countNode(depth + 1);
            pos = gap(pos);
            int start = pos;
            String tag = null;
            if (yaml.at(pos) == '!') {
                int tagEnd = tagEnd(pos);
                tag = text.substring(pos, tagEnd);
                pos = gap(tagEnd);
            }
            char c = yaml.at(pos);
            JsonValue node;
            if (c == '[' || c == '{') {
                FlowReader inner = new FlowReader(pos, depth + 1);
                node = inner.node(start, pointer);
                pos = inner.pos;
            } else if (c == '"' || c == '\'') {
                ScalarText scalar = quoted(pos);
                pos = scalar.end;
                node = new JsonString(yaml.span(start, pos), pointer, scalar.value);
            } else {
                int end = plainEnd(pos, true);
                if (end == pos) {
                    throw outside();
                }
                String value = text.substring(pos, end);
                pos = end;
                int after = yaml.skipSpaces(end);
                if (yaml.at(after) == '\n' && ",]}".indexOf(yaml.at(gap(after))) < 0) {
                    throw outside(); // the scalar may go on on the next line
                }
                node = tag != null ? new JsonString(yaml.span(start, end), pointer, value)
                        : ScalarValues.of(yaml.span(start, end), pointer, value, ScalarValues.resolvePlain(value));
            }
            if (yaml.at(gap(pos)) == ':') {
                throw outside(); // a single-pair mapping inside a sequence
            }
            return tagged(tag, node, pointer);
        }

        /** Spaces, line breaks and comments between flow tokens. */
        private int gap(int p) {
            while (true) {
                p = yaml.skipSpaces(p);
                char c = yaml.at(p);
                if (c == '#') {
                    if (yaml.at(p - 1) != ' ' && yaml.at(p - 1) != '\n') {
                        throw outside();
                    }
                    p = yaml.lineEnd(p);
                } else if (c == '\n') {
                    p = nextContent(p);
                } else {
                    return p;
                }
            }
        }

        /** A plain or quoted key and its {@code ": "}; {@link #pos} is left after the colon. */
        private ScalarText flowKey(int keyStart) {
            char c = yaml.at(keyStart);
            ScalarText key;
            if (c == '"' || c == '\'') {
                key = quoted(keyStart);
            } else {
                int end = plainEnd(keyStart, true);
                key = new ScalarText(text.substring(keyStart, end), end);
            }
            int colon = yaml.skipSpaces(key.end);
            if (key.value.isEmpty() || key.value.equals("<<") || yaml.at(colon) != ':' || yaml.at(colon + 1) != ' ') {
                throw outside();
            }
            pos = colon + 1;
            return key;
        }
    }
}

