package dev.ecslint.core.custom;

import dev.ecslint.core.config.SettingProblem;
import dev.ecslint.core.custom.Condition.Operator;
import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.i18n.Template;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.report.RuleFamilies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the {@code customRules:} list of {@code .ecslint.yaml} or a rubric into rules (DESIGN.md, "Custom
 * rules"). The file's JSON Schema has already checked the shape of every entry (keys, types, the id and
 * name patterns, kinds, severities); this checks what a schema cannot: the id and name are free (not a
 * built-in rule, not a rule jar's, not a built-in family, not used twice), the paths parse and can select
 * something in documents of the kind, the regular expressions compile and cannot backtrack
 * catastrophically, the conditions fit together and the message's placeholders exist. Each problem is
 * reported at its place in the file.
 */
public final class CustomRules {

    /** What a message may show: the value found, and where it is. */
    private static final List<String> PLACEHOLDERS = List.of("value", "path");

    private final String definedIn;
    private final RuleRegistry registry;
    private final ClassLoader schemas;
    private final Map<String, JsonValue> ids = new HashMap<>();
    private final Map<String, JsonValue> names = new HashMap<>();

    private CustomRules(String definedIn, RuleRegistry registry, ClassLoader schemas) {
        this.definedIn = definedIn;
        this.registry = registry;
        this.schemas = schemas;
    }

    /**
     * @param list      the value of {@code customRules}, already valid against the file's schema, or empty
     * @param definedIn the file name, for the rules' descriptions ({@code .ecslint.yaml}, {@code rubric.yaml})
     * @param registry  the rules the custom ones must not collide with
     * @param schemas   where the document shapes are ({@code schemas/*.schema.json})
     */
    public static List<Rule<?>> read(Optional<JsonValue> list, String definedIn, RuleRegistry registry,
                                     ClassLoader schemas) throws SettingProblem {
        List<Rule<?>> rules = new ArrayList<>();
        if (list.isEmpty()) {
            return rules;
        }
        CustomRules reader = new CustomRules(definedIn, registry, schemas);
        for (JsonValue item : list.get().elements()) {
            rules.add(reader.rule((JsonObject) item));
        }
        return rules;
    }

    private Rule<?> rule(JsonObject o) throws SettingProblem {
        JsonValue idNode = o.get("id").orElseThrow();
        String id = idNode.text();
        checkId(id, idNode);
        JsonValue nameNode = o.get("name").orElseThrow();
        checkName(nameNode.text(), nameNode);
        CustomRuleKind<?> kind = CustomRuleKind.byLabel(o.get("kind").orElseThrow().text()).orElseThrow();
        Optional<SchemaShape> shape = kind.shape(schemas);
        JsonValue givenNode = o.get("given").orElseThrow();
        PathExpression given = path(givenNode, kind, shape, "given");
        Requirement then = requirement(given, o.object("then").orElseThrow(), true);
        checkComparable(given, givenNode, then, shape);
        List<Requirement> when = new ArrayList<>();
        Optional<JsonValue> whenNode = o.get("when");
        if (whenNode.isPresent()) {
            List<JsonValue> items = whenNode.get() instanceof JsonObject ? List.of(whenNode.get())
                    : whenNode.get().elements();
            for (JsonValue item : items) {
                JsonObject w = (JsonObject) item;
                when.add(requirement(path(w.get("path").orElseThrow(), kind, shape, "when.path"), w, false));
            }
        }
        JsonValue messageNode = o.get("message").orElseThrow();
        LocalizedText message = text(messageNode);
        checkPlaceholders(message, messageNode);
        LocalizedText title = then.essentialSentences("title", shortPath(given)).get(0);
        LocalizedText fix = o.get("fix").isPresent() ? text(o.get("fix").get())
                : joined(then.essentialSentences("fix", given.text()), " ");
        LocalizedText rationale = rationale(given, then, when, idNode.span().line());
        RuleMeta meta = RuleMeta.builder(id, nameNode.text())
                .title(title.in(Language.EN))
                .severity(o.get("severity").map(s -> Severity.parse(s.text()).orElseThrow()).orElse(Severity.WARNING))
                .category(Category.MAINTAINABILITY)
                .kinds(kind.documentKind())
                .rationale(rationale.in(Language.EN))
                .fix(fix.in(Language.EN))
                .build();
        return create(meta, kind, then, when, message.message(id + ".message"), fix.message(id + ".fix"),
                Map.of("title", title, "rationale", rationale, "fix", fix));
    }

    /** Every placeholder of the message, in each language, is {@code {value}} or {@code {path}}. */
    private static void checkPlaceholders(LocalizedText message, JsonValue at) throws SettingProblem {
        for (String template : message.templates().values()) {
            for (String name : Template.placeholders(template)) {
                if (!PLACEHOLDERS.contains(name)) {
                    String hint = Levenshtein.closest(name, PLACEHOLDERS, 2)
                            .map(best -> "; did you mean `{" + best + "}`?").orElse("");
                    throw new SettingProblem(at.span(), "message: unknown placeholder `{" + name + "}`" + hint
                            + " (placeholders: {value}, {path})");
                }
            }
        }
    }

    /**
     * The texts of custom rules that no bundle holds, per language and key ({@code LAB001.title}), for a
     * {@link dev.ecslint.core.i18n.Localizer} (grading feedback, catalogs) to write them in either language.
     */
    public static Map<Language, Map<String, String>> texts(List<? extends Rule<?>> rules) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Rule<?> rule : rules) {
            if (rule instanceof CustomRule<?> custom) {
                custom.texts().forEach((part, text) -> {
                    for (Language language : Language.values()) {
                        texts.computeIfAbsent(language, l -> new TreeMap<>())
                                .put(rule.meta().id() + "." + part, text.in(language));
                    }
                });
            }
        }
        return texts;
    }

    private static <T> CustomRule<T> create(RuleMeta meta, CustomRuleKind<T> kind, Requirement then,
                                            List<Requirement> when, Message message, Message fix,
                                            Map<String, LocalizedText> texts) {
        return new CustomRule<>(meta, kind, then, when, message, fix, texts);
    }

    private void checkId(String id, JsonValue at) throws SettingProblem {
        String family = id.replaceAll("\\d+$", "");
        if (RuleFamilies.isBuiltIn(family)) { // a built-in family's next rule could take the id
            throw new SettingProblem(at.span(), "id " + id + " is in the family " + family + " of the built-in rules, "
                    + "whose next rule could take it; use a family of your own, such as TEAM" + id.substring(family.length()));
        }
        Optional<RuleMeta> taken = registry.byId(id);
        if (taken.isPresent()) {
            throw new SettingProblem(at.span(), "id " + id + " is taken by the rule " + id + " " + taken.get().name()
                    + "; give the custom rule an id of its own");
        }
        JsonValue first = ids.putIfAbsent(id, at);
        if (first != null) {
            throw new SettingProblem(at.span(), "two custom rules have the id " + id + " (the first at line "
                    + first.span().line() + "); each rule needs its own");
        }
    }

    private void checkName(String name, JsonValue at) throws SettingProblem {
        List<RuleMeta> taken = registry.find(name);
        if (!taken.isEmpty()) {
            throw new SettingProblem(at.span(), "name " + name + " is taken by "
                    + taken.stream().map(RuleMeta::id).collect(Collectors.joining(", "))
                    + "; `rules:` and `ignore:` could not tell them apart, so choose another name");
        }
        JsonValue first = names.putIfAbsent(name, at);
        if (first != null) {
            throw new SettingProblem(at.span(), "two custom rules are named " + name + " (the first at line "
                    + first.span().line() + "); each rule needs its own name");
        }
    }

    /** Parses a path and checks it can select something in documents of the kind. */
    private PathExpression path(JsonValue node, CustomRuleKind<?> kind, Optional<SchemaShape> shape, String key)
            throws SettingProblem {
        String text = node.text();
        PathExpression path;
        try {
            path = PathExpression.parse(text);
        } catch (PathExpression.SyntaxError e) {
            throw new SettingProblem(inside(node, e.offset()), key + ": `" + text + "` is not a path: " + e.getMessage());
        }
        if (shape.isPresent()) {
            Optional<SchemaShape.Mismatch> mismatch = shape.get().check(path);
            if (mismatch.isPresent()) {
                int offset = path.steps().get(mismatch.get().step()).offset();
                throw new SettingProblem(inside(node, offset), key + ": `" + text + "` can never match "
                        + kind.noun() + ": " + mismatch.get().message());
            }
        }
        return path;
    }

    /**
     * The place of a character of a one-line scalar (a path, a pattern), so that an error points into it;
     * the scalar itself when it is not written as read.
     */
    private static Span inside(JsonValue node, int offset) {
        Span span = node.span();
        int width = span.endColumn() - span.column();
        int length = node.text().length();
        if (span.line() != span.endLine() || offset < 0 || (width != length && width != length + 2)) {
            return span;
        }
        int quote = width == length + 2 ? 1 : 0;
        return Span.of(span.line(), span.column() + quote + Math.min(offset, length), 1);
    }

    /** {@code then} (with {@code given}) or one {@code when} entry (with its {@code path}). */
    private Requirement requirement(PathExpression path, JsonObject o, boolean then) throws SettingProblem {
        boolean present = o.get("present").filter(JsonBoolean.class::isInstance).isPresent();
        boolean absent = o.get("absent").filter(JsonBoolean.class::isInstance).isPresent();
        String where = then ? "then" : "when";
        if (present && absent) {
            throw new SettingProblem(o.get("absent").get().span(), where + ": present and absent contradict each "
                    + "other; keep one");
        }
        List<Condition> conditions = new ArrayList<>();
        for (JsonValue.Member m : o.members().values()) {
            Optional<Operator> operator = Operator.byKey(m.key());
            if (operator.isPresent()) {
                conditions.add(condition(operator.get(), m.value(), where));
            }
        }
        if (absent && !conditions.isEmpty()) {
            throw new SettingProblem(o.get("absent").get().span(), where + ": absent: true fails on every value the "
                    + "path selects, so `" + conditions.get(0).operator().key + "` would never be tested; keep one");
        }
        return new Requirement(path, present, absent, conditions);
    }

    private Condition condition(Operator operator, JsonValue value, String where) throws SettingProblem {
        switch (operator) {
            case IN:
            case NOT_IN:
                return Condition.comparing(operator, value.elements());
            case MATCHES:
            case NOT_MATCHES:
                try {
                    return Condition.matching(operator, SafeRegex.compile(value.text()));
                } catch (SafeRegex.Rejected e) {
                    throw new SettingProblem(inside(value, e.index()), where + "." + operator.key + ": "
                            + e.getMessage());
                }
            case MIN:
            case MAX:
                BigDecimal bound = ((JsonNumber) value).decimal().orElseThrow(() -> new SettingProblem(value.span(),
                        where + "." + operator.key + " must be a number; found " + value.text()));
                return Condition.bounded(operator, bound);
            default:
                return Condition.comparing(operator, List.of(value));
        }
    }

    /** A comparison on a path that selects only objects or lists can never be meant: say how to reach values. */
    private static void checkComparable(PathExpression given, JsonValue givenNode, Requirement then,
                                        Optional<SchemaShape> shape) throws SettingProblem {
        if (then.conditions().isEmpty() || shape.isEmpty()) {
            return;
        }
        Set<String> types = shape.get().typesAt(given);
        if (!types.isEmpty() && types.stream().allMatch(t -> t.equals("object") || t.equals("array"))) {
            String what = types.contains("array") ? "a list: add [*] to test each element" : "an object: add the key "
                    + "of the value to test";
            throw new SettingProblem(givenNode.span(), "given: `" + given.text() + "` selects " + what + " (`"
                    + then.conditions().get(0).operator().key + "` compares values)");
        }
        boolean numeric = then.conditions().stream().anyMatch(c -> c.operator() == Operator.MIN
                || c.operator() == Operator.MAX);
        if (numeric && !types.isEmpty() && types.stream().noneMatch(t -> t.equals("number") || t.equals("integer")
                || t.equals("string"))) {
            throw new SettingProblem(givenNode.span(), "given: `" + given.text() + "` selects " + String.join(" or ",
                    types) + " values, which min and max cannot compare");
        }
    }

    private static LocalizedText text(JsonValue node) {
        if (node instanceof JsonObject o) {
            return LocalizedText.of(o.string("en").orElse(null), o.string("ko").orElse(null));
        }
        return LocalizedText.same(node.text());
    }

    private LocalizedText rationale(PathExpression given, Requirement then, List<Requirement> when, int line) {
        LocalizedText requirements = joined(then.sentences("title", given.text()), "; ");
        List<LocalizedText> conditions = new ArrayList<>();
        for (Requirement w : when) {
            conditions.addAll(w.sentences("title", w.path().text()));
        }
        LocalizedText applies = joined(conditions, "; ");
        return LocalizedText.per(language -> {
            String text = CustomTexts.text(language, "rationale", Map.of("file", definedIn,
                    "line", String.valueOf(line), "requirements", requirements.in(language)));
            return when.isEmpty() ? text : text + " " + CustomTexts.text(language, "rationale.when",
                    Map.of("conditions", applies.in(language)));
        });
    }

    private static LocalizedText joined(List<LocalizedText> parts, String separator) {
        return LocalizedText.per(language -> parts.stream().map(p -> p.in(language))
                .collect(Collectors.joining(separator)));
    }

    /** The last key of a path, which names what a title is about ({@code containerPort}). */
    private static String shortPath(PathExpression path) {
        for (int i = path.steps().size() - 1; i >= 0; i--) {
            if (path.steps().get(i) instanceof PathExpression.Key k) {
                return k.name();
            }
        }
        return path.text();
    }
}
