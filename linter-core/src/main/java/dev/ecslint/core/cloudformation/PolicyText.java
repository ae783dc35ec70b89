package dev.ecslint.core.cloudformation;

import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.LocatedText;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.mapping.AwsTree;
import dev.ecslint.core.mapping.KeyMapping;
import dev.ecslint.core.model.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The JSON document a template property holds as text ({@code LifecyclePolicyText},
 * {@code RepositoryPolicyText}): a string, an object written in place, or a {@code Fn::Sub} /
 * {@code Fn::Join} whose literal parts can be read. Each character keeps its place in the template, so a
 * finding inside the policy points at it. A part the template leaves to deploy time (a {@code ${Days}}
 * variable, a {@code !Ref}) reads as a placeholder string — unknown, never a violation — even where the
 * JSON wants a number.
 */
final class PolicyText {


    private PolicyText() {
    }

    /**
     * The document, or empty when the template leaves it to deploy time.
     *
     * @throws ParseProblem when a text the template fully gives is not valid JSON (located in the template)
     */
    static Optional<JsonValue> read(JsonValue value, SourceFile file) throws ParseProblem {
        if (value instanceof JsonObject o) {
            // written in place: keys as ECR and IAM spell them, each collection spanning from its key
            return Optional.of(AwsTree.map(Evaluation.literals(o), KeyMapping.builder(KeyMapping.Case.CAMEL).build()));
        }
        if (value instanceof JsonString s) {
            return Optional.of(EmbeddedJson.read(s, file));
        }
        if (!(value instanceof JsonTagged t)) {
            return Optional.empty();
        }
        Composer text = new Composer();
        if (t.tag().equals(Intrinsics.SUB) && subTemplate(t, text, file)
                || t.tag().equals(Intrinsics.JOIN) && join(t, text, file)) {
            try {
                return Optional.of(EmbeddedJson.read(text.located, t, file));
            } catch (ParseProblem e) {
                if (text.unknownParts > 0) {
                    return Optional.empty(); // what deploy time fills in may make it valid
                }
                throw e;
            }
        }
        return Optional.empty();
    }

    private static boolean subTemplate(JsonTagged sub, Composer out, SourceFile file) {
        JsonString template;
        Map<String, JsonValue> variables = new LinkedHashMap<>();
        if (sub.argument() instanceof JsonString s) {
            template = s;
        } else if (sub.argument() instanceof JsonArray a && a.items().size() == 2
                && a.items().get(0) instanceof JsonString s && a.items().get(1) instanceof JsonObject vars) {
            template = s;
            vars.members().values().forEach(m -> variables.put(m.key(), Evaluation.literals(m.value())));
        } else {
            return false;
        }
        LocatedText located = locate(template, file);
        Matcher m = Evaluation.SUB_VARIABLE.matcher(located.value());
        int done = 0;
        while (m.find()) {
            out.append(located.slice(done, m.start()));
            String name = m.group(1).trim();
            JsonValue given = variables.get(name);
            if (name.startsWith("!")) {
                out.append(LocatedText.at("${" + name.substring(1) + "}", located.offset(m.start())));
            } else if (given != null && given.isScalar()) {
                out.append(LocatedText.at(given.text(), located.offset(m.start())));
            } else {
                out.unknown(m.group(), located.offset(m.start()));
            }
            done = m.end();
        }
        out.append(located.slice(done, located.value().length()));
        return true;
    }

    private static boolean join(JsonTagged join, Composer out, SourceFile file) {
        List<JsonValue> args = Intrinsics.arguments(join);
        if (args.size() != 2 || !(args.get(0) instanceof JsonString delimiter) || !(args.get(1) instanceof JsonArray parts)) {
            return false;
        }
        LocatedText separator = locate(delimiter, file);
        boolean first = true;
        for (JsonValue part : parts.items()) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            JsonValue literal = Evaluation.literals(part);
            if (part instanceof JsonString s) {
                out.append(locate(s, file));
            } else if (literal.isScalar()) {
                out.append(LocatedText.at(literal.text(), offset(part, file)));
            } else {
                out.unknown("${" + part.text() + "}", offset(part, file));
            }
        }
        return true;
    }

    private static LocatedText locate(JsonString s, SourceFile file) {
        LocatedText located = LocatedText.of(s, file);
        return located != null ? located : LocatedText.at(s.value(), offset(s, file));
    }

    private static int offset(JsonValue value, SourceFile file) {
        return file.lineStart(value.span().line()) + value.span().column() - 1;
    }

    /** Builds the text, knowing whether it is inside a JSON string, so a placeholder stays valid JSON. */
    private static final class Composer {
        LocatedText located = LocatedText.at("", 0);
        boolean inString;
        boolean escaped;
        int unknownParts;

        void append(LocatedText part) {
            String text = part.value();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\' && inString) {
                    escaped = true;
                } else if (c == '"') {
                    inString = !inString;
                }
            }
            located = located.value().isEmpty() ? part : located.append(part);
        }

        /** A part chosen at deploy time: a placeholder string, quoted when the JSON wants a value there. */
        void unknown(String placeholder, int offset) {
            unknownParts++;
            String safe = placeholder.replace("\"", "'").replace("\\", "/");
            append(LocatedText.at(inString ? safe : "\"" + safe + "\"", offset));
        }
    }
}
