package dev.ecslint.core.grade;

import dev.ecslint.core.model.RuleMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule titles, rationales and fixes in the feedback's language, from the bundles beside the rule
 * metadata ({@code dev/ecslint/rules/explanations_<lang>.properties}, keys {@code <ID>.title},
 * {@code <ID>.rationale}, {@code <ID>.fix}). A rule the bundle does not know (a custom rule jar) is
 * explained with its metadata's English text.
 */
public final class Explanations {

    public static final String RESOURCE = "dev/ecslint/rules/explanations_%s.properties";
    public static final List<String> PARTS = List.of("title", "rationale", "fix");

    private final Texts texts;

    private Explanations(Texts texts) {
        this.texts = texts;
    }

    public static Explanations load(Language language, ClassLoader loader) {
        return new Explanations(Texts.load(loader, String.format(RESOURCE, language.code())));
    }

    public String title(RuleMeta meta) {
        return texts.get(meta.id() + ".title").orElse(meta.title());
    }

    public String rationale(RuleMeta meta) {
        return texts.get(meta.id() + ".rationale").orElse(meta.rationale());
    }

    public String fix(RuleMeta meta) {
        return texts.get(meta.id() + ".fix").orElse(meta.fix());
    }

    /** The keys of these rules that the bundle lacks or leaves blank. */
    public List<String> missingKeys(List<RuleMeta> metas) {
        List<String> missing = new ArrayList<>();
        for (RuleMeta meta : metas) {
            for (String part : PARTS) {
                String key = meta.id() + "." + part;
                if (texts.get(key).isEmpty()) {
                    missing.add(key);
                }
            }
        }
        return missing;
    }
}
