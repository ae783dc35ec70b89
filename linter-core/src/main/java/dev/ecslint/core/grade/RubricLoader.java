package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.config.ConfigSchema;
import dev.ecslint.core.config.Glob;
import dev.ecslint.core.config.SettingProblem;
import dev.ecslint.core.custom.CustomRules;
import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a rubric YAML file (docs/grading.md) and checks everything an instructor can get wrong, each
 * problem reported at its {@code file:line:column}: what its published JSON Schema ({@link ConfigSchema#RUBRIC})
 * rejects — unknown keys (with a suggestion), unknown kinds and severities, negative points —, custom rules
 * that cannot work, unknown rules, artifacts worth more than the total, repeated item names.
 */
public final class RubricLoader {

    private static final ConfigSchema SCHEMA = ConfigSchema.of(ConfigSchema.RUBRIC);

    private final RuleRegistry registry;
    private final ClassLoader schemas;

    public RubricLoader(RuleRegistry registry) {
        this(registry, RubricLoader.class.getClassLoader());
    }

    /** @param schemas where custom rules find the shapes of documents ({@code schemas/*.schema.json}) */
    public RubricLoader(RuleRegistry registry, ClassLoader schemas) {
        this.registry = registry;
        this.schemas = schemas;
    }

    public Rubric load(Path file) throws RubricException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RubricException(ConfigException.in(file, Message.of("rubric.unreadable")
                    .verbatim("detail", String.valueOf(e.getMessage()))).message());
        }
        return parse(file.toString(), text);
    }

    public Rubric parse(String fileName, String text) throws RubricException {
        return new Reader(fileName).rubric(text);
    }

    /** Reading helpers that know which file they report against. */
    private final class Reader {
        private final String file;
        private final Set<String> itemNames = new HashSet<>();
        /** The registered rules and the rubric's custom rules: what deductions may name. */
        private RuleRegistry rules = registry;

        Reader(String file) {
            this.file = file;
        }

        Rubric rubric(String text) throws RubricException {
            JsonValue root;
            try {
                root = LocatedYamlReader.read(text);
            } catch (ParseProblem e) {
                throw new RubricException(at(e.span(), e.message()));
            }
            List<Rule<?>> customRules;
            try {
                SCHEMA.check(root);
                customRules = CustomRules.read(root.asObject().flatMap(o -> o.get("customRules")),
                        file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1), registry, schemas);
            } catch (SettingProblem e) {
                throw new RubricException(at(e.span(), e.message()));
            }
            rules = registry.with(customRules);
            JsonObject doc = object(root, "the rubric");
            BigDecimal total = number(required(doc, "total", Message.of("settings.document." + ConfigSchema.RUBRIC)),
                    "total", false);
            if (total.signum() <= 0) {
                throw error(doc.get("total").get(), Message.of("rubric.totalZero"));
            }
            BigDecimal floor = doc.has("floor") ? number(doc.get("floor").get(), "floor", true) : BigDecimal.ZERO;
            if (floor.compareTo(total) > 0) {
                throw error(doc.get("floor").get(), Message.of("rubric.floorAboveTotal").number("floor", floor)
                        .number("total", total));
            }
            List<Rubric.Artifact> artifacts = new ArrayList<>();
            BigDecimal artifactPoints = BigDecimal.ZERO;
            for (JsonValue item : list(doc.get("artifacts").orElse(null), "artifacts")) {
                Rubric.Artifact artifact = artifact(item);
                artifacts.add(artifact);
                artifactPoints = artifactPoints.add(artifact.points());
            }
            if (artifactPoints.compareTo(total) > 0) {
                throw error(doc.get("artifacts").get(), Message.of("rubric.artifactsOverTotal")
                        .number("points", artifactPoints).number("total", total));
            }
            List<Rubric.Deduction> deductions = new ArrayList<>();
            for (JsonValue item : list(doc.get("deductions").orElse(null), "deductions")) {
                deductions.add(deduction(item));
            }
            List<Rubric.Bonus> bonuses = new ArrayList<>();
            for (JsonValue item : list(doc.get("bonus").orElse(null), "bonus")) {
                bonuses.add(bonus(item));
            }
            if (artifacts.isEmpty() && deductions.isEmpty()) {
                throw error(doc, Message.of("rubric.nothingToGrade"));
            }
            String title = doc.has("title") ? string(doc.get("title").get(), "title") : "ecslint";
            Language language = language(doc);
            boolean extraCredit = doc.has("extraCredit") && bool(doc.get("extraCredit").get(), "extraCredit");
            return new Rubric(title, total, floor, extraCredit, language, inlineIgnores(doc),
                    limits(doc.get("limits").orElse(null)), artifacts, deductions, bonuses, customRules);
        }

        /**
         * {@code lang:} (as {@code --lang} and the plugin's {@code <lang>} spell it), or {@code language:},
         * the spelling rubrics used first; English when neither is given.
         */
        private Language language(JsonObject doc) throws RubricException {
            if (doc.has("lang") && doc.has("language")) {
                throw error(doc.get("language").get(), Message.of("rubric.languageTwice"));
            }
            String key = doc.has("language") ? "language" : "lang";
            if (!doc.has(key)) {
                return Language.EN;
            }
            JsonValue v = doc.get(key).get();
            return Language.parse(string(v, key))
                    .orElseThrow(() -> error(v, Message.of("rubric.language").code("key", key).code("found", v.text())));
        }

        private Config.InlineIgnores inlineIgnores(JsonObject doc) throws RubricException {
            if (!doc.has("inlineIgnores")) {
                return Config.InlineIgnores.DENY;
            }
            JsonValue v = doc.get("inlineIgnores").get();
            String value = v instanceof JsonValue.JsonBoolean b ? (b.value() ? "allow" : "deny") : v.text().trim();
            switch (value) {
                case "allow":
                    return Config.InlineIgnores.ALLOW;
                case "require-reason":
                    return Config.InlineIgnores.REQUIRE_REASON;
                case "deny":
                    return Config.InlineIgnores.DENY;
                default:
                    throw error(v, Message.of("config.inlineIgnores").code("found", value));
            }
        }

        private SubmissionLimits limits(JsonValue v) throws RubricException {
            SubmissionLimits d = SubmissionLimits.DEFAULT;
            if (v == null || v instanceof JsonNull) {
                return d;
            }
            JsonObject limits = object(v, "limits");
            return new SubmissionLimits(
                    positive(limits, "maxFileBytes", d.maxFileBytes()),
                    (int) Math.min(Integer.MAX_VALUE, positive(limits, "maxFiles", d.maxFiles())),
                    positive(limits, "maxTotalBytes", d.maxTotalBytes()),
                    (int) Math.min(Integer.MAX_VALUE, positive(limits, "maxEntries", d.maxEntries())));
        }

        private long positive(JsonObject limits, String key, long fallback) throws RubricException {
            if (!limits.has(key)) {
                return fallback;
            }
            JsonValue v = limits.get(key).get();
            BigDecimal n = number(v, "limits." + key, false);
            if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0) {
                throw error(v, Message.of("settings.wholeAbove").phrase("where", where("limits." + key))
                        .number("minimum", 0).verbatim("found", v.text()));
            }
            return n.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
        }

        private Rubric.Artifact artifact(JsonValue item) throws RubricException {
            JsonObject o = object(item, "each artifact");
            String name = name(o, "artifact");
            Message place = item("artifact", name);
            return new Rubric.Artifact(name, selector(o, place), number(required(o, "points", place), "points", false));
        }

        private Rubric.Bonus bonus(JsonValue item) throws RubricException {
            JsonObject o = object(item, "each bonus item");
            String name = name(o, "bonus");
            boolean clean = o.has("clean") && bool(o.get("clean").get(), "clean");
            Message place = item("bonus", name);
            return new Rubric.Bonus(name, selector(o, place), clean, number(required(o, "points", place), "points", false));
        }

        private Rubric.Deduction deduction(JsonValue item) throws RubricException {
            JsonObject o = object(item, "each deduction");
            String name = name(o, "deduction");
            Set<String> ruleIds = new TreeSet<>();
            for (JsonValue rule : scalarOrList(o.get("rules").orElse(null), "rules")) {
                List<RuleMeta> metas = rules.find(string(rule, "rules"));
                if (metas.isEmpty()) {
                    List<String> candidates = new ArrayList<>();
                    rules.metas().forEach(m -> {
                        candidates.add(m.id());
                        candidates.add(m.name());
                    });
                    Optional<String> best = closest(rule.text(), candidates);
                    throw error(rule, best.map(b -> Message.of("config.unknownRuleSuggested").code("suggestion", b))
                            .orElse(Message.of("config.unknownRule")).code("rule", rule.text()));
                }
                metas.forEach(m -> ruleIds.add(m.id()));
            }
            Set<Severity> severities = EnumSet.noneOf(Severity.class);
            for (JsonValue s : scalarOrList(o.get("severity").orElse(null), "severity")) {
                severities.add(Severity.parse(string(s, "severity")).orElseThrow(() -> error(s,
                        Message.of("rubric.severity").code("found", s.text()))));
            }
            if (ruleIds.isEmpty() && severities.isEmpty()) {
                throw error(o, Message.of("rubric.deductionCharges").code("name", name));
            }
            BigDecimal points = number(required(o, "points", item("deduction", name)), "points", false);
            BigDecimal cap = number(required(o, "cap", item("deduction", name)), "cap", false);
            if (cap.compareTo(points) < 0) {
                throw error(o.get("cap").get(), Message.of("rubric.capBelowPoints").number("cap", cap)
                        .number("points", points));
            }
            return new Rubric.Deduction(name, ruleIds, severities, points, cap);
        }

        private Rubric.FileSelector selector(JsonObject o, Message what) throws RubricException {
            Optional<Glob> glob = Optional.empty();
            if (o.has("glob")) {
                String pattern = string(o.get("glob").get(), "glob");
                if (pattern.isBlank()) {
                    throw error(o.get("glob").get(), Message.of("settings.empty").phrase("where", where("glob")));
                }
                glob = Optional.of(Glob.of(pattern));
            }
            Optional<DocumentKind> kind = Optional.empty();
            if (o.has("kind")) {
                JsonValue v = o.get("kind").get();
                kind = Optional.of(kind(v));
            }
            if (glob.isEmpty() && kind.isEmpty()) {
                throw error(o, Message.of("rubric.selectorNeeded").phrase("item", what));
            }
            return new Rubric.FileSelector(glob, kind);
        }

        private DocumentKind kind(JsonValue v) throws RubricException {
            String text = string(v, "kind").trim().toLowerCase(Locale.ROOT);
            List<String> labels = new ArrayList<>();
            for (DocumentKind k : DocumentKind.values()) {
                if (k == DocumentKind.UNKNOWN) {
                    continue;
                }
                labels.add(k.label());
                if (k.label().equals(text)) {
                    return k;
                }
            }
            Optional<String> best = closest(text, labels);
            throw error(v, best.map(b -> Message.of("rubric.unknownKindSuggested").code("suggestion", b))
                    .orElse(Message.of("rubric.unknownKind")).code("kind", text).verbatim("kinds", String.join(", ", labels)));
        }

        /** The name of an item of {@code type} ({@code artifact}, {@code bonus}, {@code deduction}). */
        private String name(JsonObject o, String type) throws RubricException {
            JsonValue v = required(o, "name", Message.of("rubric.item." + type + "Unnamed"));
            String name = string(v, "name").trim();
            if (name.isEmpty()) {
                throw error(v, Message.of("rubric.nameEmpty"));
            }
            if (!itemNames.add(name)) {
                throw error(v, Message.of("rubric.nameTwice").code("name", name));
            }
            return name;
        }

        private JsonValue required(JsonObject o, String key, Message what) throws RubricException {
            return o.get(key).orElseThrow(() -> error(o, Message.of("settings.required").phrase("where", what)
                    .code("key", key)));
        }

        JsonObject object(JsonValue v, String what) throws RubricException {
            if (v instanceof JsonObject o) {
                return o;
            }
            throw error(v, wrongType(what, "object", v));
        }

        List<JsonValue> list(JsonValue v, String key) throws RubricException {
            if (v == null || v instanceof JsonNull) {
                return List.of();
            }
            if (v instanceof JsonArray a) {
                return a.items();
            }
            throw error(v, wrongType(key, "array", v));
        }

        List<JsonValue> scalarOrList(JsonValue v, String key) throws RubricException {
            if (v instanceof JsonString || v instanceof JsonNumber) {
                return List.of(v);
            }
            return list(v, key);
        }

        String string(JsonValue v, String key) throws RubricException {
            if (v instanceof JsonString s) {
                return s.value();
            }
            if (v instanceof JsonNumber) {
                return v.text();
            }
            throw error(v, wrongType(key, "string", v));
        }

        boolean bool(JsonValue v, String key) throws RubricException {
            if (v instanceof JsonValue.JsonBoolean b) {
                return b.value();
            }
            throw error(v, wrongType(key, "boolean", v));
        }

        private static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000);
        private static final int MAX_DECIMALS = 6;

        BigDecimal number(JsonValue v, String key, boolean negativeAllowed) throws RubricException {
            if (v instanceof JsonNumber n && n.decimal().isPresent()) {
                BigDecimal value = n.decimal().get();
                if (!negativeAllowed && value.signum() < 0) {
                    throw error(v, Message.of("settings.negative").phrase("where", where(key)).verbatim("found", n.literal()));
                }
                // points are added up: 1e999999999 + 1 would make BigDecimal build a billion-digit number
                boolean points = !key.startsWith("limits.");
                if (points && (value.abs().compareTo(MAX_NUMBER) > 0 || value.stripTrailingZeros().scale() > MAX_DECIMALS)) {
                    throw error(v, Message.of("rubric.numberRange").phrase("where", where(key))
                            .number("max", MAX_NUMBER).number("decimals", MAX_DECIMALS).verbatim("found", n.literal()));
                }
                return value;
            }
            throw error(v, wrongType(key, "number", v));
        }

        RubricException error(JsonValue at, Message problem) {
            return new RubricException(at(at.span(), problem));
        }

        /** {@code file:line:column: problem}, as configuration errors are written. */
        private Message at(Span span, Message problem) {
            return ConfigException.at(file, span.line(), span.column(), problem).message();
        }
    }

    /** "artifact `Dockerfile`", "deduction `errors`". */
    private static Message item(String type, String name) {
        return Message.of("rubric.item." + type).code("name", name);
    }

    private static Optional<String> closest(String word, Iterable<String> candidates) {
        return Levenshtein.closest(word, candidates, Math.max(1, word.length() / 3));
    }

    /** A key of the rubric ({@code limits.maxFiles}) as messages name the place of a problem. */
    private static Message where(String place) {
        return ConfigSchema.place(place);
    }

    /** "`points` must be a number, found a string `ten`". */
    private static Message wrongType(String place, String type, JsonValue found) {
        return ConfigSchema.wrongType(where(place), List.of(ConfigSchema.typeName(type)), found);
    }
}
