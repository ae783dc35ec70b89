package dev.ecslint.core.yaml;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Span;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** A YAML scalar as a located JSON value, typed by its resolved tag (YAML 1.1, as SnakeYAML resolves it). */
final class ScalarValues {

    /** Only read after construction, so one instance serves every thread. */
    private static final FirstCharacterResolver RESOLVER = new FirstCharacterResolver();

    /**
     * SnakeYAML's resolver, which tries its patterns by a scalar's first character: a scalar whose first
     * character has none (most names and words) is a string without a map look-up or a regular expression.
     */
    private static final class FirstCharacterResolver extends Resolver {
        private final boolean[] hasPatterns = new boolean[128];

        FirstCharacterResolver() {
            for (Character first : yamlImplicitResolvers.keySet()) {
                if (first != null && first < 128) {
                    hasPatterns[first] = true;
                }
            }
        }

        /** Only for a letter: SnakeYAML resolves some scalars starting with other characters by other means. */
        Tag resolvePlain(String value) {
            char first = value.isEmpty() ? ' ' : value.charAt(0);
            if ((first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') && !hasPatterns[first]) {
                return Tag.STR;
            }
            return resolve(NodeId.scalar, value, true);
        }
    }

    private ScalarValues() {
    }

    /** The tag SnakeYAML gives a plain scalar without a tag of its own. */
    static Tag resolvePlain(String value) {
        return RESOLVER.resolvePlain(value);
    }

    static JsonValue of(Span span, String pointer, String value, Tag tag) {
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return new JsonNumber(span, pointer, value);
        }
        if (Tag.BOOL.equals(tag)) {
            String lower = value.toLowerCase(Locale.ROOT);
            return new JsonBoolean(span, pointer, lower.equals("true") || lower.equals("yes") || lower.equals("on")
                    || lower.equals("y"));
        }
        if (Tag.NULL.equals(tag)) {
            return new JsonNull(span, pointer);
        }
        return new JsonString(span, pointer, value);
    }
}
