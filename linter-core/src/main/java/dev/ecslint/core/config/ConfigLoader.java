package dev.ecslint.core.config;

import dev.ecslint.core.custom.CustomRules;
import dev.ecslint.core.engine.Levenshtein;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.LintSettings;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates {@code .ecslint.yaml} (DESIGN.md, "Configuration"). The file is first checked
 * against its published JSON Schema ({@link ConfigSchema#CONFIG}); then rule references are resolved and
 * custom rules read. Every problem — an unknown key, a bad value, an unknown rule, a custom rule that
 * cannot work — is reported with the file, line and column, and a suggestion where one is close.
 */
public final class ConfigLoader {

    public static final List<String> FILE_NAMES = List.of(".ecslint.yaml", ".ecslint.yml");

    private static final ConfigSchema SCHEMA = ConfigSchema.of(ConfigSchema.CONFIG);

    private final RuleRegistry registry;
    private final ClassLoader schemas;

    public ConfigLoader(RuleRegistry registry) {
        this(registry, ConfigLoader.class.getClassLoader());
    }

    /** @param schemas where custom rules find the shapes of documents ({@code schemas/*.schema.json}) */
    public ConfigLoader(RuleRegistry registry, ClassLoader schemas) {
        this.registry = registry;
        this.schemas = schemas;
    }

    public Config load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ConfigException.in(file, Message.of("config.unreadable").verbatim("detail", String.valueOf(e.getMessage())));
        }
        return parse(file, text);
    }

    public Config parse(Path file, String text) throws ConfigException {
        JsonValue root;
        try {
            root = LocatedYamlReader.read(text);
        } catch (ParseProblem e) {
            throw ConfigException.at(file, e.span().line(), e.span().column(), e.message());
        }
        List<Rule<?>> customRules;
        try {
            SCHEMA.check(root);
            customRules = CustomRules.read(root.asObject().flatMap(o -> o.get("customRules")),
                    String.valueOf(file.getFileName()), registry, schemas);
        } catch (SettingProblem e) {
            throw e.in(file);
        }
        JsonObject doc = (JsonObject) root;
        Reader r = new Reader(file, registry.with(customRules));
        Optional<Config.FailThreshold> failOn = Optional.empty();
        if (doc.has("failOn")) {
            JsonValue v = doc.get("failOn").get();
            failOn = Optional.of(Config.FailThreshold.parse(scalarText(v))
                    .orElseThrow(() -> error(file, v, Message.of("config.failOn").code("found", scalarText(v)))));
        }
        Map<String, Config.RuleSetting> rules = r.ruleSettings(doc.get("rules").orElse(null));
        List<Config.Ignore> ignores = r.ignores(doc.get("ignore").orElse(null));
        List<String> trusted = r.strings(doc.get("trustedRegistries").orElse(null), "trustedRegistries");
        List<Pattern> extraNames = new ArrayList<>();
        List<String> allowNames = new ArrayList<>();
        if (doc.has("secrets")) {
            JsonObject secrets = r.object(doc.get("secrets").get(), "secrets");
            for (JsonValue v : r.list(secrets.get("extraNames").orElse(null), "secrets.extraNames")) {
                try {
                    extraNames.add(Pattern.compile(r.string(v, "secrets.extraNames")));
                } catch (PatternSyntaxException e) {
                    throw error(file, v, Message.of("config.badRegex").verbatim("detail", e.getDescription()));
                }
            }
            allowNames.addAll(r.strings(secrets.get("allowNames").orElse(null), "secrets.allowNames"));
        }
        Optional<Path> baseline = Optional.empty();
        if (doc.has("baseline")) {
            String name = r.string(doc.get("baseline").get(), "baseline");
            Path dir = file.toAbsolutePath().getParent();
            baseline = Optional.of(dir == null ? Path.of(name) : dir.resolve(name));
        }
        Config.InlineIgnores inline = Config.InlineIgnores.ALLOW;
        if (doc.has("inlineIgnores")) {
            JsonValue v = doc.get("inlineIgnores").get();
            String value = scalarText(v);
            switch (value) {
                case "allow":
                    inline = Config.InlineIgnores.ALLOW;
                    break;
                case "require-reason":
                    inline = Config.InlineIgnores.REQUIRE_REASON;
                    break;
                case "deny":
                    inline = Config.InlineIgnores.DENY;
                    break;
                default:
                    throw error(file, v, Message.of("config.inlineIgnores").code("found", value));
            }
        }
        return new Config(file, failOn, rules, ignores, new LintSettings(trusted, extraNames, allowNames), baseline,
                inline, customRules);
    }

    /** YAML 1.1 reads {@code off} as false: report values by the text the user wrote. */
    private static String scalarText(JsonValue v) {
        if (v instanceof JsonBoolean b) {
            return b.value() ? "on" : "off";
        }
        return v.text().trim();
    }

    private static ConfigException error(Path file, JsonValue at, Message message) {
        return ConfigException.at(file, at.span().line(), at.span().column(), message);
    }

    /** Reading helpers that know which file they report against and which rules its references may name. */
    private static final class Reader {
        private final Path file;
        private final RuleRegistry registry;

        Reader(Path file, RuleRegistry registry) {
            this.file = file;
            this.registry = registry;
        }

        JsonObject object(JsonValue v, String key) throws ConfigException {
            if (v instanceof JsonObject o) {
                return o;
            }
            throw error(file, v, Message.of("config.notMapping").code("key", key).phrase("found", v.typePhrase()));
        }

        List<JsonValue> list(JsonValue v, String key) throws ConfigException {
            if (v == null || v instanceof JsonValue.JsonNull) {
                return List.of();
            }
            if (v instanceof JsonValue.JsonArray a) {
                return a.items();
            }
            throw error(file, v, Message.of("config.notList").code("key", key).phrase("found", v.typePhrase()));
        }

        String string(JsonValue v, String key) throws ConfigException {
            if (v instanceof JsonString s) {
                return s.value();
            }
            if (v instanceof JsonValue.JsonNumber || v instanceof JsonBoolean) {
                return scalarText(v);
            }
            throw error(file, v, Message.of("config.notString").code("key", key).phrase("found", v.typePhrase()));
        }

        List<String> strings(JsonValue v, String key) throws ConfigException {
            List<String> out = new ArrayList<>();
            for (JsonValue item : list(v, key)) {
                out.add(string(item, key));
            }
            return out;
        }

        Map<String, Config.RuleSetting> ruleSettings(JsonValue v) throws ConfigException {
            Map<String, Config.RuleSetting> out = new LinkedHashMap<>();
            if (v == null || v instanceof JsonValue.JsonNull) {
                return out;
            }
            JsonObject rules = object(v, "rules");
            for (Member m : rules.members().values()) {
                List<RuleMeta> metas = resolve(m.key(), m.keySpan().line(), m.keySpan().column());
                String value = scalarText(m.value()).toLowerCase(Locale.ROOT);
                Config.RuleSetting setting;
                if (value.equals("off")) {
                    setting = Config.RuleSetting.disabled();
                } else {
                    setting = Severity.parse(value).map(Config.RuleSetting::severity)
                            .orElseThrow(() -> error(file, m.value(), Message.of("config.ruleSetting")
                                    .code("key", "rules." + m.key()).code("found", value)));
                }
                for (RuleMeta meta : metas) {
                    out.put(meta.id(), setting);
                }
            }
            return out;
        }

        List<Config.Ignore> ignores(JsonValue v) throws ConfigException {
            List<Config.Ignore> out = new ArrayList<>();
            for (JsonValue item : list(v, "ignore")) {
                JsonObject entry = object(item, "ignore[]");
                List<Glob> paths = new ArrayList<>();
                for (String p : strings(entry.get("paths").orElse(null), "ignore[].paths")) {
                    paths.add(Glob.of(p));
                }
                List<String> ruleIds = new ArrayList<>();
                for (JsonValue rule : list(entry.get("rules").orElse(null), "ignore[].rules")) {
                    for (RuleMeta meta : resolve(string(rule, "ignore[].rules"), rule.span().line(),
                            rule.span().column())) {
                        ruleIds.add(meta.id());
                    }
                }
                List<String> pointers = strings(entry.get("pointers").orElse(null), "ignore[].pointers");
                if (paths.isEmpty() && ruleIds.isEmpty()) {
                    throw error(file, item, Message.of("config.emptyIgnore"));
                }
                out.add(new Config.Ignore(paths, ruleIds, pointers));
            }
            return out;
        }

        private List<RuleMeta> resolve(String idOrName, int line, int column) throws ConfigException {
            List<RuleMeta> metas = registry.find(idOrName);
            if (metas.isEmpty()) {
                List<String> candidates = new ArrayList<>();
                registry.metas().forEach(m -> {
                    candidates.add(m.id());
                    candidates.add(m.name());
                });
                Message unknown = closest(idOrName, candidates)
                        .map(k -> Message.of("config.unknownRuleSuggested").code("suggestion", k))
                        .orElse(Message.of("config.unknownRule")).code("rule", idOrName);
                throw ConfigException.at(file, line, column, unknown);
            }
            return metas;
        }
    }

    static Optional<String> closest(String word, Iterable<String> candidates) {
        return Levenshtein.closest(word, candidates, Math.max(1, word.length() / 3));
    }
}
