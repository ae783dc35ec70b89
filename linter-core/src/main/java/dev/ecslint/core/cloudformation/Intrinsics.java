package dev.ecslint.core.cloudformation;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.JsonValue.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives CloudFormation's intrinsic functions one representation, whatever the template's syntax: a
 * {@link JsonTagged} named by the function's long form. YAML's short forms ({@code !Ref x}, {@code !Sub …},
 * {@code !GetAtt a.b}) and JSON's objects of one key ({@code {"Ref": "x"}}, {@code {"Fn::Sub": …}}) both
 * become {@code JsonTagged("Ref", …)}, {@code JsonTagged("Fn::Sub", …)}; {@code !GetAtt a.b} takes the
 * argument {@code ["a", "b"]} of the long form. Spans and pointers stay those of the template.
 */
final class Intrinsics {

    static final String REF = "Ref";
    static final String IF = "Fn::If";
    static final String SUB = "Fn::Sub";
    static final String JOIN = "Fn::Join";
    static final String SELECT = "Fn::Select";
    static final String GET_AZS = "Fn::GetAZs";
    static final String NO_VALUE = "AWS::NoValue";

    private Intrinsics() {
    }

    static JsonValue normalize(JsonValue value) {
        if (value instanceof JsonTagged t) {
            return fromShortForm(t);
        }
        if (value instanceof JsonObject o) {
            if (o.members().size() == 1) {
                Member only = o.members().values().iterator().next();
                String key = only.key();
                if (key.equals(REF) || key.startsWith("Fn::")
                        || key.equals("Condition") && only.value() instanceof JsonString) {
                    return new JsonTagged(o.span(), o.pointer(), key, normalize(only.value()));
                }
            }
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                members.put(m.key(), new Member(m.key(), m.keySpan(), normalize(m.value())));
            }
            return new JsonObject(o.span(), o.pointer(), members);
        }
        if (value instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>(a.items().size());
            a.items().forEach(item -> items.add(normalize(item)));
            return new JsonArray(a.span(), a.pointer(), items);
        }
        return value;
    }

    private static JsonValue fromShortForm(JsonTagged t) {
        String tag = t.tag();
        if (!tag.startsWith("!")) {
            return new JsonTagged(t.span(), t.pointer(), tag, normalize(t.argument()));
        }
        String function = tag.substring(1);
        String name = function.equals(REF) || function.equals("Condition") ? function : "Fn::" + function;
        JsonValue argument = normalize(t.argument());
        if (name.equals("Fn::GetAtt") && argument instanceof JsonString s && s.value().indexOf('.') > 0) {
            int dot = s.value().indexOf('.');
            argument = new JsonArray(s.span(), s.pointer(), List.of(
                    new JsonString(s.span(), s.pointer(), s.value().substring(0, dot)),
                    new JsonString(s.span(), s.pointer(), s.value().substring(dot + 1))));
        }
        return new JsonTagged(t.span(), t.pointer(), name, argument);
    }

    /** True when the value is the function {@code name}. */
    static boolean is(JsonValue value, String name) {
        return value instanceof JsonTagged t && t.tag().equals(name);
    }

    /** The arguments of a function that takes a list ({@code Fn::If}, {@code Fn::Join}); empty otherwise. */
    static List<JsonValue> arguments(JsonTagged function) {
        return function.argument() instanceof JsonArray a ? a.items() : List.of();
    }
}
