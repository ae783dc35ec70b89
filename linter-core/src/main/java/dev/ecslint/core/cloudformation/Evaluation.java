package dev.ecslint.core.cloudformation;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.json.JsonValue.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be known of a template's values without deploying it, in one variant of its conditions.
 * {@link #choose} takes the branch of every {@code Fn::If} whose condition the variant decides and drops
 * what becomes {@code AWS::NoValue}; {@link #literals} turns a {@code Fn::Sub} without variables, a
 * {@code Fn::Join} of literals and a {@code Fn::Select} from a literal list into the string they make.
 * Everything else stays an expression: unknown.
 */
final class Evaluation {

    /** At most 2^4 variants per resource; an {@code Fn::If} on a further condition stays unknown. */
    static final int MAX_CONDITIONS = 4;

    /** A `${name}` of Fn::Sub; braces excluded from the name so a run of `${` is read in linear time. */
    static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^{}]*)}");

    private final Map<String, Boolean> conditions;
    /** Pointers of the branches taken and of the {@code Fn::If} each replaces, innermost last. */
    private final List<String[]> branches = new ArrayList<>();

    private Evaluation(Map<String, Boolean> conditions) {
        this.conditions = conditions;
    }

    /** One evaluation per combination of the conditions the value's {@code Fn::If}s test (one if none). */
    static List<Evaluation> variants(JsonValue value) {
        TreeSet<String> names = new TreeSet<>();
        collectConditions(value, names);
        List<String> decided = new ArrayList<>(names).subList(0, Math.min(names.size(), MAX_CONDITIONS));
        List<Evaluation> variants = new ArrayList<>();
        for (int bits = 0; bits < 1 << decided.size(); bits++) {
            Map<String, Boolean> assignment = new LinkedHashMap<>();
            for (int i = 0; i < decided.size(); i++) {
                assignment.put(decided.get(i), (bits & (1 << i)) == 0);
            }
            variants.add(new Evaluation(assignment));
        }
        return variants;
    }

    /** An evaluation that decides no condition. */
    static Evaluation none() {
        return new Evaluation(Map.of());
    }

    private static void collectConditions(JsonValue value, TreeSet<String> names) {
        if (value instanceof JsonTagged t) {
            List<JsonValue> args = Intrinsics.arguments(t);
            if (t.tag().equals(Intrinsics.IF) && !args.isEmpty() && args.get(0) instanceof JsonString c) {
                names.add(c.value());
            }
            collectConditions(t.argument(), names);
        } else if (value instanceof JsonObject o) {
            o.members().values().forEach(m -> collectConditions(m.value(), names));
        } else if (value instanceof JsonArray a) {
            a.items().forEach(item -> collectConditions(item, names));
        }
    }

    /**
     * How a pointer into a taken branch reads in every variant: the branch's pointer replaced by its
     * {@code Fn::If}'s, so the same finding on two branches is one finding.
     */
    String sharedPointer(String pointer) {
        String shared = pointer;
        for (int i = branches.size() - 1; i >= 0; i--) {
            String[] b = branches.get(i);
            if (shared.equals(b[0]) || shared.startsWith(b[0] + "/")) {
                shared = b[1] + shared.substring(b[0].length());
            }
        }
        return shared;
    }

    /** The value with the branches of this variant taken; empty when it is {@code AWS::NoValue}. */
    Optional<JsonValue> choose(JsonValue value) {
        if (value instanceof JsonTagged t) {
            if (t.tag().equals(Intrinsics.REF) && t.argument() instanceof JsonString s
                    && s.value().equals(Intrinsics.NO_VALUE)) {
                return Optional.empty();
            }
            List<JsonValue> args = Intrinsics.arguments(t);
            if (t.tag().equals(Intrinsics.IF) && args.size() == 3 && args.get(0) instanceof JsonString c
                    && conditions.containsKey(c.value())) {
                JsonValue branch = args.get(conditions.get(c.value()) ? 1 : 2);
                branches.add(new String[] {branch.pointer(), t.pointer()});
                return choose(branch);
            }
            return Optional.of(new JsonTagged(t.span(), t.pointer(), t.tag(),
                    choose(t.argument()).orElse(t.argument())));
        }
        if (value instanceof JsonObject o) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                choose(m.value()).ifPresent(v -> members.put(m.key(), new Member(m.key(), m.keySpan(), v)));
            }
            return Optional.of(new JsonObject(o.span(), o.pointer(), members));
        }
        if (value instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>();
            a.items().forEach(item -> choose(item).ifPresent(items::add));
            return Optional.of(new JsonArray(a.span(), a.pointer(), items));
        }
        return Optional.of(value);
    }

    /** The value with every expression that makes a literal replaced by it, at the expression's place. */
    static JsonValue literals(JsonValue value) {
        if (value instanceof JsonTagged t) {
            JsonValue argument = literals(t.argument());
            JsonTagged evaluated = new JsonTagged(t.span(), t.pointer(), t.tag(), argument);
            return literal(evaluated).<JsonValue>map(text -> new JsonString(t.span(), t.pointer(), text))
                    .or(() -> selected(evaluated)).orElse(evaluated);
        }
        if (value instanceof JsonObject o) {
            Map<String, Member> members = new LinkedHashMap<>();
            for (Member m : o.members().values()) {
                members.put(m.key(), new Member(m.key(), m.keySpan(), literals(m.value())));
            }
            return new JsonObject(o.span(), o.pointer(), members);
        }
        if (value instanceof JsonArray a) {
            List<JsonValue> items = new ArrayList<>();
            a.items().forEach(item -> items.add(literals(item)));
            return new JsonArray(a.span(), a.pointer(), items);
        }
        return value;
    }

    /** The string a {@code Fn::Sub} without variables or a {@code Fn::Join} of literals makes. */
    private static Optional<String> literal(JsonTagged t) {
        if (t.tag().equals(Intrinsics.SUB) && t.argument() instanceof JsonString template) {
            return substituteLiterals(template.value(), Map.of());
        }
        if (t.tag().equals(Intrinsics.SUB) && t.argument() instanceof JsonArray a && a.items().size() == 2
                && a.items().get(0) instanceof JsonString template && a.items().get(1) instanceof JsonObject vars) {
            Map<String, String> known = new LinkedHashMap<>();
            for (Member m : vars.members().values()) {
                scalarText(m.value()).ifPresent(v -> known.put(m.key(), v));
            }
            return substituteLiterals(template.value(), known);
        }
        if (t.tag().equals(Intrinsics.JOIN)) {
            List<JsonValue> args = Intrinsics.arguments(t);
            if (args.size() == 2 && args.get(0) instanceof JsonString delimiter && args.get(1) instanceof JsonArray parts) {
                List<String> texts = new ArrayList<>();
                for (JsonValue part : parts.items()) {
                    Optional<String> text = scalarText(part);
                    if (text.isEmpty()) {
                        return Optional.empty();
                    }
                    texts.add(text.get());
                }
                return Optional.of(String.join(delimiter.value(), texts));
            }
        }
        return Optional.empty();
    }

    /** {@code Fn::Select [i, [a, b, …]]} of a literal list: its element. */
    private static Optional<JsonValue> selected(JsonTagged t) {
        List<JsonValue> args = Intrinsics.arguments(t);
        if (!t.tag().equals(Intrinsics.SELECT) || args.size() != 2 || !(args.get(1) instanceof JsonArray list)) {
            return Optional.empty();
        }
        return index(args.get(0)).filter(i -> i < list.items().size()).map(i -> list.items().get(i));
    }

    /** A literal list index: a number or a string of digits. */
    static Optional<Integer> index(JsonValue value) {
        String text = value instanceof JsonNumber || value instanceof JsonString ? value.text().trim() : "";
        return text.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private static Optional<String> scalarText(JsonValue value) {
        return value.isScalar() && !(value instanceof JsonValue.JsonNull) ? Optional.of(value.text()) : Optional.empty();
    }

    /** A Sub template whose every variable is known ({@code ${!x}} is the literal {@code ${x}}). */
    private static Optional<String> substituteLiterals(String template, Map<String, String> known) {
        Matcher m = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}";
            } else if (known.containsKey(name.trim())) {
                replacement = known.get(name.trim());
            } else {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }
}
