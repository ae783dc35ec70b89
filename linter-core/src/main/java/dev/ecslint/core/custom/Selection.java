package dev.ecslint.core.custom;

import dev.ecslint.core.custom.PathExpression.Index;
import dev.ecslint.core.custom.PathExpression.Key;
import dev.ecslint.core.custom.PathExpression.Step;
import dev.ecslint.core.custom.PathExpression.Wildcard;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * What a path selects in one document. Every {@code *} opens one branch per element or member; a branch
 * ends in a {@link Hit} (a value), a {@link Miss} (a key that is absent or {@code null}, an index past the
 * end, an empty collection under {@code *}, or a step that does not fit the value's type — at the deepest
 * value that exists), or nowhere when it meets an unknown value (a placeholder or intrinsic standing for a
 * whole object or list), which is never judged.
 *
 * @param unknown how many branches met an unknown value
 */
record Selection(List<Hit> hits, List<Miss> misses, int unknown) {

    /**
     * A selected value.
     *
     * @param path   where it is, as a path over the document ({@code containerDefinitions[0].image})
     * @param parent the object holding it, or {@code null} for an array element
     * @param key    its key in {@code parent}, or {@code null}
     */
    record Hit(JsonValue value, String path, JsonObject parent, String key) { }

    /**
     * A branch that selected nothing.
     *
     * @param nearest the deepest value that exists on the way
     * @param path    what is missing, as a path over the document ({@code containerDefinitions[1].healthCheck})
     */
    record Miss(JsonValue nearest, String path) { }

    Selection {
        hits = List.copyOf(hits);
        misses = List.copyOf(misses);
    }

    static Selection of(PathExpression path, JsonValue root) {
        Walk walk = new Walk(path);
        walk.step(root, 0, "", null, null);
        return new Selection(walk.hits, walk.misses, walk.unknown);
    }

    /**
     * In a document that holds only part of its subject, a top-level key it lacks may be set elsewhere (the
     * task-level settings of a bare container array) or kept as it is (an update): unknown, not missing.
     */
    Selection topLevelUnknown(JsonValue root) {
        List<Miss> nested = misses.stream().filter(m -> m.nearest() != root).toList();
        return new Selection(hits, nested, unknown + misses.size() - nested.size());
    }

    /** One walk of a path over a document. */
    private static final class Walk {
        private final PathExpression path;
        final List<Hit> hits = new ArrayList<>();
        final List<Miss> misses = new ArrayList<>();
        int unknown;

        Walk(PathExpression path) {
            this.path = path;
        }

        void step(JsonValue node, int index, String concrete, JsonObject parent, String key) {
            if (UnknownValues.isUnknown(node) && index < path.steps().size()) {
                unknown++;
                return;
            }
            if (index == path.steps().size()) {
                hits.add(new Hit(node, concrete, parent, key));
                return;
            }
            Step step = path.steps().get(index);
            if (step instanceof Key k) {
                JsonValue child = node instanceof JsonObject o ? o.get(k.name()).orElse(null) : null;
                follow(node, child, index, concrete, new Key(k.name(), 0).written(concrete.isEmpty()),
                        node instanceof JsonObject o ? o : null, k.name());
            } else if (step instanceof Index i) {
                JsonValue child = node instanceof JsonArray a && i.index() < a.items().size()
                        ? a.items().get(i.index()) : null;
                follow(node, child, index, concrete, "[" + i.index() + "]", null, null);
            } else if (step instanceof Wildcard) {
                every(node, index, concrete);
            }
        }

        private void follow(JsonValue node, JsonValue child, int index, String concrete, String written,
                            JsonObject parent, String key) {
            if (child == null || child instanceof JsonNull) {
                misses.add(new Miss(node, concrete + written + path.remainder(index + 1)));
            } else {
                step(child, index + 1, concrete + written, parent, key);
            }
        }

        private void every(JsonValue node, int index, String concrete) {
            int before = hits.size() + misses.size() + unknown;
            if (node instanceof JsonArray a) {
                for (int i = 0; i < a.items().size(); i++) {
                    JsonValue item = a.items().get(i);
                    if (!(item instanceof JsonNull)) {
                        step(item, index + 1, concrete + "[" + i + "]", null, null);
                    }
                }
            } else if (node instanceof JsonObject o) {
                for (JsonValue.Member m : o.members().values()) {
                    if (!(m.value() instanceof JsonNull)) {
                        step(m.value(), index + 1, concrete + new Key(m.key(), 0).written(concrete.isEmpty()), o,
                                m.key());
                    }
                }
            }
            if (hits.size() + misses.size() + unknown == before) {
                misses.add(new Miss(node, concrete + path.remainder(index)));
            }
        }
    }
}
