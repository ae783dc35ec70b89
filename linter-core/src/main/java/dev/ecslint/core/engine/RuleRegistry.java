package dev.ecslint.core.engine;

import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every rule available to a run: the engine's E rules, the {@link RuleSet}s found with {@link ServiceLoader}
 * (the built-in rules jar and any custom rule jar on the class path) and single {@link Rule} services.
 *
 * <p>A rule set is asked for its rules only when they are needed: {@link #rulesFor} creates the sets
 * that inspect one subject type (a Dockerfile-only run never loads the task-definition rules), and the
 * whole catalog ({@link #rules()}, {@link #metas()}) is created on first use. Thread-safe.
 */
public final class RuleRegistry {

    private final List<RuleSet> sets;
    private final List<Rule<?>> singles;
    /** Shared with the registries {@link #with} derives, so that each set's rules are created once. */
    private final Map<RuleSet, List<Rule<?>>> created;
    private volatile Catalog catalog;

    /** A registry of these rules only (tests, and front ends that build their own list). */
    public RuleRegistry(List<Rule<?>> rules) {
        this(List.of(), rules);
    }

    public RuleRegistry(List<RuleSet> sets, List<Rule<?>> singles) {
        this(sets, singles, new ConcurrentHashMap<>());
    }

    private RuleRegistry(List<RuleSet> sets, List<Rule<?>> singles, Map<RuleSet, List<Rule<?>>> created) {
        this.sets = List.copyOf(sets);
        this.singles = List.copyOf(singles);
        this.created = created;
    }

    /**
     * These rules and {@code more} (the custom rules of a configuration or rubric), sharing the rule sets
     * already created. The caller has checked that no id or name of {@code more} is taken.
     */
    public RuleRegistry with(List<? extends Rule<?>> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Rule<?>> all = new ArrayList<>(singles);
        all.addAll(more);
        return new RuleRegistry(sets, all, created);
    }

    /** Rules found on the given class loader (the CLI's or a Maven plugin realm). */
    @SuppressWarnings("rawtypes")
    public static RuleRegistry load(ClassLoader loader) {
        List<RuleSet> sets = new ArrayList<>();
        for (RuleSet set : ServiceLoader.load(RuleSet.class, loader)) {
            sets.add(set);
        }
        List<Rule<?>> singles = new ArrayList<>();
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
            singles.add(rule);
        }
        return new RuleRegistry(sets, singles);
    }

    /** The rules that inspect subjects of this type, sorted by id; creates only the sets that do. */
    public List<Rule<?>> rulesFor(Class<?> subjectType) {
        Catalog all = catalog;
        List<Rule<?>> found = new ArrayList<>();
        if (all != null) {
            for (Rule<?> rule : all.rules) {
                if (rule.subjectType().isAssignableFrom(subjectType)) {
                    found.add(rule);
                }
            }
            return found;
        }
        for (RuleSet set : sets) {
            if (set.subjectTypes().stream().anyMatch(t -> t.isAssignableFrom(subjectType))) {
                for (Rule<?> rule : create(set)) {
                    if (rule.subjectType().isAssignableFrom(subjectType)) {
                        found.add(rule);
                    }
                }
            }
        }
        for (Rule<?> rule : singles) {
            if (rule.subjectType().isAssignableFrom(subjectType)) {
                found.add(rule);
            }
        }
        found.sort(Comparator.comparing(r -> r.meta().id()));
        return found;
    }

    /** Every rule, sorted by id (creates every rule set). */
    public List<Rule<?>> rules() {
        return catalog().rules;
    }

    /** Metadata of every rule, engine rules included, sorted by id. */
    public List<RuleMeta> metas() {
        return catalog().metas;
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
        return Optional.ofNullable(catalog().metaByKey.get(id.toUpperCase(Locale.ROOT)));
    }

    private List<Rule<?>> create(RuleSet set) {
        return created.computeIfAbsent(set, s -> List.copyOf(s.rules()));
    }

    private Catalog catalog() {
        Catalog all = catalog;
        if (all == null) {
            synchronized (this) {
                all = catalog;
                if (all == null) {
                    List<Rule<?>> rules = new ArrayList<>();
                    sets.forEach(set -> rules.addAll(create(set)));
                    rules.addAll(singles);
                    all = new Catalog(rules);
                    catalog = all;
                }
            }
        }
        return all;
    }

    /** The whole catalog, checked for repeated ids and names once it is created. */
    private static final class Catalog {
        final List<Rule<?>> rules;
        final List<RuleMeta> metas;
        final Map<String, RuleMeta> metaByKey = new LinkedHashMap<>();

        Catalog(List<Rule<?>> unsorted) {
            List<Rule<?>> sorted = new ArrayList<>(unsorted);
            sorted.sort(Comparator.comparing(r -> r.meta().id()));
            this.rules = List.copyOf(sorted);
            for (RuleMeta meta : EngineRules.ALL) {
                index(meta);
            }
            List<RuleMeta> all = new ArrayList<>(EngineRules.ALL);
            for (Rule<?> rule : rules) {
                index(rule.meta());
                all.add(rule.meta());
            }
            all.sort(Comparator.comparing(RuleMeta::id));
            this.metas = List.copyOf(all);
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
    }
}
