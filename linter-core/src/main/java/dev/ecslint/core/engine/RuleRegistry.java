package dev.ecslint.core.engine;

import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule available to a run: the engine's E rules plus those found with {@link ServiceLoader}
 * (the built-in rules jar and any custom rule jar on the class path), sorted by id.
 */
public final class RuleRegistry {

    private final List<Rule<?>> rules;
    private final Map<String, RuleMeta> metaByKey = new LinkedHashMap<>();

    public RuleRegistry(List<Rule<?>> rules) {
        List<Rule<?>> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.meta().id()));
        this.rules = List.copyOf(sorted);
        for (RuleMeta meta : EngineRules.ALL) {
            index(meta);
        }
        for (Rule<?> rule : this.rules) {
            index(rule.meta());
        }
    }

    private void index(RuleMeta meta) {
        RuleMeta clash = metaByKey.putIfAbsent(meta.id(), meta);
        if (clash != null) {
            throw new IllegalStateException("two rules share the id " + meta.id());
        }
        clash = metaByKey.putIfAbsent(meta.name() + "@" + meta.family(), meta);
        if (clash != null) {
            throw new IllegalStateException("two " + meta.family() + " rules share the name " + meta.name());
        }
    }

    /** Rules found on the given class loader (the CLI's or a Maven plugin realm). */
    @SuppressWarnings("rawtypes")
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule<?>> found = new ArrayList<>();
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
            found.add(rule);
        }
        return new RuleRegistry(found);
    }

    public List<Rule<?>> rules() {
        return rules;
    }

    /** Metadata of every rule, engine rules included, sorted by id. */
    public List<RuleMeta> metas() {
        List<RuleMeta> all = new ArrayList<>(EngineRules.ALL);
        rules.forEach(r -> all.add(r.meta()));
        all.sort(Comparator.comparing(RuleMeta::id));
        return all;
    }

    /**
     * The rules an id or name refers to: an id names one rule; a name may be shared across families
     * ({@code root-user} is DF001 and CT001), and then names all of them.
     */
    public List<RuleMeta> find(String idOrName) {
        String key = idOrName.trim();
        List<RuleMeta> found = new ArrayList<>();
        for (RuleMeta meta : metas()) {
            if (meta.id().equalsIgnoreCase(key) || meta.name().equals(key.toLowerCase(Locale.ROOT))) {
                found.add(meta);
            }
        }
        return found;
    }

    public Optional<RuleMeta> byId(String id) {
        return Optional.ofNullable(metaByKey.get(id.toUpperCase(Locale.ROOT)));
    }
}
