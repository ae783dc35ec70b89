package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigSchema;
import dev.ecslint.core.config.Glob;
import dev.ecslint.core.config.SettingProblem;
import dev.ecslint.core.custom.CustomRules;
import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.engine.RuleRegistry;
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
            throw new RubricException(file + ": cannot read the rubric: " + e.getMessage());
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
                throw new RubricException(file + ":" + e.span().line() + ":" + e.span().column() + ": "
                        + e.getMessage());
            }
            List<Rule<?>> customRules;
            try {
                SCHEMA.check(root);
                customRules = CustomRules.read(root.asObject().flatMap(o -> o.get("customRules")),
                        file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1), registry, schemas);
            } catch (SettingProblem e) {
                throw new RubricException(e.located(file));
            }
            rules = registry.with(customRules);
            JsonObject doc = object(root, "the rubric");
            BigDecimal total = number(required(doc, "total", "the rubric"), "total", false);
            if (total.signum() <= 0) {
                throw error(doc.get("total").get(), "total must be more than 0");
            }
            BigDecimal floor = doc.has("floor") ? number(doc.get("floor").get(), "floor", true) : BigDecimal.ZERO;
            if (floor.compareTo(total) > 0) {
                throw error(doc.get("floor").get(), "floor (" + floor + ") is above the total (" + total + ")");
            }
            List<Rubric.Artifact> artifacts = new ArrayList<>();
            BigDecimal artifactPoints = BigDecimal.ZERO;
            for (JsonValue item : list(doc.get("artifacts").orElse(null), "artifacts")) {
                Rubric.Artifact artifact = artifact(item);
                artifacts.add(artifact);
                artifactPoints = artifactPoints.add(artifact.points());
            }
            if (artifactPoints.compareTo(total) > 0) {
                throw error(doc.get("artifacts").get(), "the artifacts are worth " + artifactPoints.toPlainString()
                        + " points, more than the total of " + total.toPlainString());
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
                throw error(doc, "the rubric needs artifacts, deductions or both: with neither every submission "
                        + "gets the total");
            }
            String title = doc.has("title") ? string(doc.get("title").get(), "title") : "ecslint";
            Language language = Language.EN;
            if (doc.has("language")) {
                JsonValue v = doc.get("language").get();
                language = Language.parse(string(v, "language"))
                        .orElseThrow(() -> error(v, "language must be ko or en; found `" + v.text() + "`"));
            }
            boolean extraCredit = doc.has("extraCredit") && bool(doc.get("extraCredit").get(), "extraCredit");
            return new Rubric(title, total, floor, extraCredit, language, inlineIgnores(doc),
                    limits(doc.get("limits").orElse(null)), artifacts, deductions, bonuses, customRules);
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
                    throw error(v, "inlineIgnores must be allow, require-reason or deny; found `" + value + "`");
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
                throw error(v, "limits." + key + " must be a whole number above 0; found " + v.text());
            }
            return n.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
        }

        private Rubric.Artifact artifact(JsonValue item) throws RubricException {
            JsonObject o = object(item, "each artifact");
            String name = name(o, "artifact");
            return new Rubric.Artifact(name, selector(o, "artifact " + name),
                    number(required(o, "points", "artifact " + name), "points", false));
        }

        private Rubric.Bonus bonus(JsonValue item) throws RubricException {
            JsonObject o = object(item, "each bonus item");
            String name = name(o, "bonus item");
            boolean clean = o.has("clean") && bool(o.get("clean").get(), "clean");
            return new Rubric.Bonus(name, selector(o, "bonus item " + name), clean,
                    number(required(o, "points", "bonus item " + name), "points", false));
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
                    throw error(rule, "unknown rule `" + rule.text() + "`" + hint(rule.text(), candidates)
                            + " (ecslint --list-rules shows every id and name)");
                }
                metas.forEach(m -> ruleIds.add(m.id()));
            }
            Set<Severity> severities = EnumSet.noneOf(Severity.class);
            for (JsonValue s : scalarOrList(o.get("severity").orElse(null), "severity")) {
                severities.add(Severity.parse(string(s, "severity")).orElseThrow(() -> error(s,
                        "severity must be error, warning, info or style; found `" + s.text() + "`")));
            }
            if (ruleIds.isEmpty() && severities.isEmpty()) {
                throw error(o, "deduction " + name + " needs `rules`, `severity` or both to say which findings "
                        + "it charges");
            }
            BigDecimal points = number(required(o, "points", "deduction " + name), "points", false);
            BigDecimal cap = number(required(o, "cap", "deduction " + name), "cap", false);
            if (cap.compareTo(points) < 0) {
                throw error(o.get("cap").get(), "cap (" + cap.toPlainString() + ") is less than the points of one "
                        + "finding (" + points.toPlainString() + ")");
            }
            return new Rubric.Deduction(name, ruleIds, severities, points, cap);
        }

        private Rubric.FileSelector selector(JsonObject o, String what) throws RubricException {
            Optional<Glob> glob = Optional.empty();
            if (o.has("glob")) {
                String pattern = string(o.get("glob").get(), "glob");
                if (pattern.isBlank()) {
                    throw error(o.get("glob").get(), "glob must not be empty");
                }
                glob = Optional.of(Glob.of(pattern));
            }
            Optional<DocumentKind> kind = Optional.empty();
            if (o.has("kind")) {
                JsonValue v = o.get("kind").get();
                kind = Optional.of(kind(v));
            }
            if (glob.isEmpty() && kind.isEmpty()) {
                throw error(o, what + " needs a `glob`, a `kind` or both to say which files satisfy it");
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
            throw error(v, "unknown kind `" + text + "`" + hint(text, labels) + " (kinds: " + String.join(", ", labels)
                    + ")");
        }

        private String name(JsonObject o, String what) throws RubricException {
            JsonValue v = required(o, "name", what);
            String name = string(v, "name").trim();
            if (name.isEmpty()) {
                throw error(v, "name must not be empty: it heads a column of grades.csv");
            }
            if (!itemNames.add(name)) {
                throw error(v, "two rubric items are named `" + name + "`; each name heads its own column");
            }
            return name;
        }

        private JsonValue required(JsonObject o, String key, String what) throws RubricException {
            return o.get(key).orElseThrow(() -> error(o, what + " needs `" + key + "`"));
        }

        JsonObject object(JsonValue v, String what) throws RubricException {
            if (v instanceof JsonObject o) {
                return o;
            }
            throw error(v, what + " must be a mapping, found " + v.typeName());
        }

        List<JsonValue> list(JsonValue v, String key) throws RubricException {
            if (v == null || v instanceof JsonNull) {
                return List.of();
            }
            if (v instanceof JsonArray a) {
                return a.items();
            }
            throw error(v, key + " must be a list, found " + v.typeName());
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
            throw error(v, key + " must be a string, found " + v.typeName());
        }

        boolean bool(JsonValue v, String key) throws RubricException {
            if (v instanceof JsonValue.JsonBoolean b) {
                return b.value();
            }
            throw error(v, key + " must be true or false, found " + v.typeName());
        }

        BigDecimal number(JsonValue v, String key, boolean negativeAllowed) throws RubricException {
            if (v instanceof JsonNumber n && n.decimal().isPresent()) {
                BigDecimal value = n.decimal().get();
                if (!negativeAllowed && value.signum() < 0) {
                    throw error(v, key + " must not be negative; found " + n.literal());
                }
                return value;
            }
            throw error(v, key + " must be a number, found " + v.typeName() + " `" + v.text() + "`");
        }

        RubricException error(JsonValue at, String message) {
            return new RubricException(file + ":" + at.span().line() + ":" + at.span().column() + ": " + message);
        }
    }

    private static String hint(String word, Iterable<String> candidates) {
        return hint(word, candidates, "");
    }

    private static String hint(String word, Iterable<String> candidates, String prefix) {
        return Levenshtein.closest(word, candidates, Math.max(1, word.length() / 3))
                .map(best -> "; did you mean `" + prefix + best + "`?").orElse("");
    }
}
