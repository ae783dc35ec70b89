package dev.ecslint.core.i18n;

import dev.ecslint.core.engine.EngineRules;
import dev.ecslint.core.model.RuleMeta;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes {@link Message}s and rule texts in one language. Templates come from the bundles: ecslint's own
 * ({@code dev/ecslint/core/i18n/messages_<lang>.properties}), the rules' ({@code
 * dev/ecslint/rules/explanations_<lang>.properties} in every jar that has one: each rule's title,
 * rationale, fix and message keys side by side) and any a front end adds. A key the language lacks is
 * written in English; a rule key no bundle has (a custom rule jar without bundles) from the rule's
 * metadata; an unknown key as itself, never an exception. Immutable and thread-safe.
 */
public final class Localizer {

    /** The bundles every localizer reads, as resource names with {@code %s} for the language code. */
    public static final List<String> BUNDLES = List.of("dev/ecslint/core/i18n/messages_%s.properties",
            "dev/ecslint/core/custom/texts_%s.properties", "dev/ecslint/rules/explanations_%s.properties");

    private final Language language;
    private final ClassLoader loader;
    private final List<String> bundleNames;
    private final Function<String, Optional<RuleMeta>> rules;
    private final Map<Language, Map<String, String>> texts;
    /** This language's bundles, read on first use (their reading starts when the localizer is made). */
    private volatile List<Bundle> own;
    private volatile List<Bundle> english;

    private Localizer(Language language, ClassLoader loader, List<String> bundleNames,
                      Function<String, Optional<RuleMeta>> rules, Map<Language, Map<String, String>> texts) {
        this.language = language;
        this.loader = loader;
        this.bundleNames = List.copyOf(bundleNames);
        this.rules = rules;
        this.texts = Map.copyOf(texts);
        Bundle.prefetch(loader, resources(language));
    }

    /** The texts of {@code language} found on {@code loader}. */
    public static Localizer of(Language language, ClassLoader loader) {
        return new Localizer(language, loader, BUNDLES, Localizer::engineRule, Map.of());
    }

    /** English from ecslint's own class loader, read once: for exceptions, tests and callers that choose no language. */
    public static Localizer english() {
        return English.TEXTS;
    }

    /** Loaded on first use: a run in Korean that never needs English never reads it. */
    private static final class English {
        static final Localizer TEXTS = of(Language.EN, Localizer.class.getClassLoader());
    }

    /** This localizer with one more bundle ({@code dev/ecslint/cli/messages} reads {@code …/messages_ko.properties}). */
    public Localizer withBundle(String baseName) {
        List<String> names = new ArrayList<>(bundleNames);
        names.add(baseName + "_%s.properties");
        return new Localizer(language, loader, names, rules, texts);
    }

    /** This localizer, falling back to the metadata of these rules for rule keys no bundle has. */
    public Localizer withRules(Function<String, Optional<RuleMeta>> metaById) {
        return new Localizer(language, loader, bundleNames, id -> metaById.apply(id).or(() -> engineRule(id)), texts);
    }

    /** The engine's own rules (E001–E003) are known without any rule jar. */
    private static Optional<RuleMeta> engineRule(String id) {
        return EngineRules.ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * This localizer with texts that come from no bundle, per language and key: the titles, rationale and
     * fixes of a configuration's or rubric's custom rules ({@code LAB001.title}). A bundle still wins.
     */
    public Localizer withTexts(Map<Language, Map<String, String>> more) {
        Map<Language, Map<String, String>> merged = new EnumMap<>(Language.class);
        merged.putAll(texts);
        more.forEach((lang, values) -> merged.merge(lang, values, (a, b) -> {
            Map<String, String> both = new HashMap<>(a);
            both.putAll(b);
            return both;
        }));
        return new Localizer(language, loader, bundleNames, rules, merged);
    }

    /** The same texts in another language. */
    public Localizer in(Language other) {
        return other == language ? this : new Localizer(other, loader, bundleNames, rules, texts);
    }

    public Language language() {
        return language;
    }

    /** The message in this language. */
    public String render(Message message) {
        String template = message.isLiteral() ? literalTemplate(message) : template(message.key()).orElse(null);
        if (template == null) {
            return message.args().isEmpty() ? message.key() : message.key() + " " + message.args();
        }
        return Template.render(template, message.args(), this::render);
    }

    /** The text of a key without arguments. */
    public String text(String key) {
        return render(Message.of(key));
    }

    public String title(RuleMeta meta) {
        return ruleText(meta, "title", meta.title());
    }

    public String rationale(RuleMeta meta) {
        return ruleText(meta, "rationale", meta.rationale());
    }

    public String fix(RuleMeta meta) {
        return ruleText(meta, "fix", meta.fix());
    }

    /** A rule's text in this language; a rule no bundle or text knows is described by the metadata in hand. */
    private String ruleText(RuleMeta meta, String part, String fromMetadata) {
        String key = meta.id() + "." + part;
        return fromTexts(key).isPresent() || fromMetadata == null ? text(key) : fromMetadata;
    }

    /** The template of a key in this language, else in English, else from a rule's metadata. */
    public Optional<String> template(String key) {
        return fromTexts(key).or(() -> fromMetadata(key));
    }

    /** The template of a key in this language's texts, else in the English ones; never from metadata. */
    private Optional<String> fromTexts(String key) {
        Optional<String> found = find(ownBundles(), key).or(() -> given(language, key));
        if (found.isEmpty() && language != Language.EN) {
            found = find(englishBundles(), key).or(() -> given(Language.EN, key));
        }
        return found;
    }

    private Optional<String> given(Language which, String key) {
        return Optional.ofNullable(texts.getOrDefault(which, Map.of()).get(key));
    }

    /** True when this language's own bundles hold the key (no fallback). */
    public boolean has(String key) {
        return find(ownBundles(), key).isPresent();
    }

    /** Every key this language's bundles hold. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        ownBundles().forEach(b -> keys.addAll(b.keys()));
        return keys;
    }

    private String literalTemplate(Message message) {
        String template = message.templates().get(language);
        if (template == null) {
            template = message.templates().get(Language.EN);
        }
        return template != null ? template : message.templates().values().iterator().next();
    }

    private Optional<String> fromMetadata(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String part = key.substring(dot + 1);
        return rules.apply(key.substring(0, dot)).map(meta -> {
            switch (part) {
                case "title":
                    return meta.title();
                case "rationale":
                    return meta.rationale();
                case "fix":
                    return meta.fix();
                default:
                    return meta.messages().get(part);
            }
        });
    }

    private List<Bundle> ownBundles() {
        List<Bundle> bundles = own;
        if (bundles == null) {
            bundles = load(language);
            own = bundles;
        }
        return bundles;
    }

    private List<Bundle> englishBundles() {
        if (language == Language.EN) {
            return ownBundles();
        }
        List<Bundle> bundles = english;
        if (bundles == null) {
            bundles = load(Language.EN);
            english = bundles;
        }
        return bundles;
    }

    private List<Bundle> load(Language which) {
        List<Bundle> bundles = new ArrayList<>(bundleNames.size());
        for (String resource : resources(which)) {
            bundles.add(Bundle.shared(loader, resource));
        }
        return List.copyOf(bundles);
    }

    private List<String> resources(Language which) {
        List<String> resources = new ArrayList<>(bundleNames.size());
        for (String name : bundleNames) {
            resources.add(name.replace("%s", which.code()));
        }
        return resources;
    }

    private static Optional<String> find(List<Bundle> bundles, String key) {
        for (Bundle bundle : bundles) {
            Optional<String> text = bundle.get(key);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
