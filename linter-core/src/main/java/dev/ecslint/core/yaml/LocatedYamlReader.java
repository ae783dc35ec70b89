package dev.ecslint.core.yaml;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.json.ParserMessages;
import dev.ecslint.core.model.Span;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into the same located {@link JsonValue} tree as JSON, from SnakeYAML's composed node tree
 * (no Java object is ever constructed from the document, so no tag can instantiate a class). A node with
 * a tag of its own (CloudFormation's {@code !Ref x}, {@code !GetAtt a.b}) becomes a {@link JsonTagged};
 * the CloudFormation reader gives those and JSON's {@code {"Ref": "x"}} one representation. Merge keys
 * ({@code <<: *common}) are resolved; an aliased node is converted once per use, and the expansion is
 * bounded (an alias bomb is a parse problem).
 */
public final class LocatedYamlReader {

    /** Compose files alias a common block once per service; the expansion bound below is the real guard. */
    private static final int MAX_ALIASES = 10_000;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_NODES = 250_000;

    private LocatedYamlReader() {
    }

    /** Reads the first document of a YAML stream; an empty stream is an empty object. */
    public static JsonValue read(String text) throws ParseProblem {
        JsonValue simple;
        try {
            simple = SimpleYamlReader.read(text);
        } catch (RuntimeException e) {
            simple = null; // a flaw of the fast path must cost speed, never a file: SnakeYAML reads it
        }
        return simple != null ? simple : readWithSnakeYaml(text);
    }

    /** SnakeYAML's composed node tree, converted: what {@link SimpleYamlReader} gives whenever it reads a text. */
    static JsonValue readWithSnakeYaml(String text) throws ParseProblem {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(3 * 1024 * 1024, text.length() + 1));
        // merge keys are resolved here, not by SnakeYAML: its MergeUtils loops forever on `a: &a {<<: *a}`
        options.setMergeOnCompose(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // a key without its colon is found on a later line; the key's own line is where to look
            boolean simpleKey = e.getContext() != null && e.getContext().contains("simple key") && e.getContextMark() != null;
            Mark mark = e.getProblemMark() != null && !simpleKey ? e.getProblemMark() : e.getContextMark();
            // getMessage() of a marked exception quotes the file's lines: only the problem and context are used
            String problem = e.getProblem() != null ? e.getProblem() : "unknown error";
            String context = e.getContext() != null ? ParserMessages.withoutContent(e.getContext()) + ": " : "";
            throw new ParseProblem(mark == null ? Span.START : Span.of(mark.getLine() + 1, mark.getColumn() + 1, 1),
                    Message.of("yaml.invalid").verbatim("detail", context + ParserMessages.withoutContent(problem)));
        } catch (YAMLException | IllegalArgumentException e) {
            // SnakeYAML's Tag rejects some tag texts (leading or trailing blanks) with an unchecked exception
            throw new ParseProblem(Span.START, Message.of("yaml.invalid")
                    .verbatim("detail", ParserMessages.withoutContent(e.getMessage())));
        }
        if (root == null) {
            return new JsonObject(Span.START, "", Map.of());
        }
        return new Converter().convert(root, "", 0);
    }

    /**
     * True when the text is a stream of several YAML documents ({@code ---} between Kubernetes manifests), which
     * {@link #read} rejects: no document ecslint reads is one (a template or a compose file is a single document).
     */
    public static boolean isStream(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Math.max(3 * 1024 * 1024, text.length() + 1));
        int documents = 0;
        try {
            for (Node ignored : new Yaml(options).composeAll(new StringReader(text))) {
                if (++documents > 1) {
                    return true;
                }
            }
        } catch (YAMLException | IllegalArgumentException e) {
            return documents > 0;
        }
        return false;
    }

    static Span spanOf(Node node) {
        Mark start = node.getStartMark();
        Mark end = node.getEndMark();
        if (start == null) {
            return Span.START;
        }
        if (end == null) {
            end = start;
        }
        return new Span(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
    }

    /** One conversion: counts nodes so that alias fan-out cannot blow up memory. */
    private static final class Converter {
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;

        JsonValue convert(Node node, String pointer, int depth) throws ParseProblem {
            if (++nodes > MAX_NODES) {
                throw new ParseProblem(spanOf(node), Message.of("yaml.tooManyNodes").number("nodes", MAX_NODES));
            }
            if (depth > MAX_DEPTH || onPath.put(node, Boolean.TRUE) != null) {
                throw new ParseProblem(spanOf(node), Message.of("yaml.tooDeep"));
            }
            try {
                JsonValue plain = convertPlain(node, pointer, depth);
                return intrinsic(node, plain, pointer);
            } finally {
                onPath.remove(node);
            }
        }

        private JsonValue convertPlain(Node node, String pointer, int depth) throws ParseProblem {
            Span span = spanOf(node);
            if (node instanceof MappingNode mapping) {
                Map<String, Member> members = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    if (isMergeKey(keyNode)) {
                        continue;
                    }
                    String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
                    if (members.containsKey(key)) {
                        throw new ParseProblem(spanOf(keyNode), ParserMessages.keyToShow(key)
                                .map(k -> Message.of("yaml.duplicateKey").code("key", k))
                                .orElse(Message.of("yaml.duplicateKeyHidden")));
                    }
                    members.put(key, new Member(key, spanOf(keyNode),
                            convert(tuple.getValueNode(), JsonPointer.child(pointer, key), depth + 1)));
                }
                merge(mapping, pointer, depth, members);
                return new JsonObject(span, pointer, members);
            }
            if (node instanceof SequenceNode sequence) {
                List<JsonValue> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, JsonPointer.child(pointer, items.size()), depth + 1));
                }
                return new JsonArray(span, pointer, items);
            }
            ScalarNode scalar = (ScalarNode) node;
            return ScalarValues.of(span, pointer, scalar.getValue(), scalar.getTag());
        }

        /**
         * YAML merge keys ({@code <<: *defaults}, {@code <<: [*a, *b]}): the merged mappings' entries that
         * the mapping does not set itself, the first merged mapping winning, each converted under this
         * mapping's pointer. A merge that reaches a mapping already being merged is a recursive structure.
         */
        private void merge(MappingNode mapping, String pointer, int depth, Map<String, Member> members)
                throws ParseProblem {
            for (NodeTuple tuple : mapping.getValue()) {
                if (!isMergeKey(tuple.getKeyNode())) {
                    continue;
                }
                Node value = tuple.getValueNode();
                List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
                for (Node source : sources) {
                    if (!(source instanceof MappingNode merged)) {
                        throw new ParseProblem(spanOf(source), Message.of("yaml.badMerge"));
                    }
                    if (depth > MAX_DEPTH || onPath.put(merged, Boolean.TRUE) != null) {
                        throw new ParseProblem(spanOf(source), Message.of("yaml.tooDeep"));
                    }
                    try {
                        Map<String, Member> inherited = new LinkedHashMap<>();
                        for (NodeTuple entry : merged.getValue()) {
                            Node keyNode = entry.getKeyNode();
                            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
                            if (!isMergeKey(keyNode) && !members.containsKey(key) && !inherited.containsKey(key)) {
                                inherited.put(key, new Member(key, spanOf(keyNode),
                                        convert(entry.getValueNode(), JsonPointer.child(pointer, key), depth + 1)));
                            }
                        }
                        merge(merged, pointer, depth + 1, inherited);
                        inherited.forEach(members::putIfAbsent);
                    } finally {
                        onPath.remove(merged);
                    }
                }
            }
        }

        private static boolean isMergeKey(Node keyNode) {
            return keyNode instanceof ScalarNode scalar && Tag.MERGE.equals(scalar.getTag());
        }

        /**
         * A node with a tag of its own ({@code !Ref x}, {@code !If [c, a, b]}, compose's {@code !reset}) is an
         * expression: a {@link JsonTagged} holding the tag as written and the node as its argument, at the
         * same pointer. The YAML core tags ({@code !!str}, …) are values.
         */
        private static JsonValue intrinsic(Node node, JsonValue value, String pointer) {
            String tag = node.getTag().getValue();
            if (!tag.startsWith("!") || tag.startsWith("!!")) {
                return value;
            }
            return new JsonTagged(value.span(), pointer, tag, value);
        }
    }
}
