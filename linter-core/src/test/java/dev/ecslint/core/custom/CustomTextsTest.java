package dev.ecslint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.ConfigSchema;
import dev.ecslint.core.i18n.Bundle;
import dev.ecslint.core.i18n.Template;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text ecslint writes about custom rules exists in English and Korean, with the same placeholders. */
class CustomTextsTest {

    /** Texts that are the same words in both languages. */
    private static final Set<String> UNTRANSLATED = Set.of("custom.type.null", "custom.kind.dockerfile",
            "custom.error.regex");

    @Test
    void everyTextIsInBothLanguagesWithTheSamePlaceholders() {
        ClassLoader loader = getClass().getClassLoader();
        Bundle en = Bundle.load(loader, "dev/ecslint/core/custom/texts_en.properties");
        Bundle ko = Bundle.load(loader, "dev/ecslint/core/custom/texts_ko.properties");
        assertThat(ko.keys()).containsExactlyInAnyOrderElementsOf(en.keys());
        List<String> problems = new ArrayList<>();
        for (String key : en.keys()) {
            String english = en.get(key).orElseThrow();
            String korean = ko.get(key).orElseThrow();
            if (!Set.copyOf(Template.placeholders(english)).equals(Set.copyOf(Template.placeholders(korean)))) {
                problems.add(key + ": placeholders differ: " + english + " / " + korean);
            }
            if (!UNTRANSLATED.contains(key) && !korean.matches("(?s).*[\\uAC00-\\uD7A3].*")) {
                problems.add(key + ": not Korean: " + korean);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemasPatternMessagesForEditorsAreTheLoadersEnglish() {
        Set<String> forEditors = new TreeSet<>();
        collect(ConfigSchema.document(ConfigSchema.CUSTOM_RULES), forEditors);
        Bundle en = Bundle.load(getClass().getClassLoader(), "dev/ecslint/core/custom/texts_en.properties");
        Set<String> loaders = new TreeSet<>();
        en.keys().stream().filter(k -> k.startsWith("configSchema.pattern.")).forEach(k -> loaders.add(en.get(k).get()));
        assertThat(forEditors).isNotEmpty().isEqualTo(loaders);
    }

    private static void collect(JsonValue node, Set<String> out) {
        if (node instanceof JsonObject o) {
            o.string("patternErrorMessage").ifPresent(out::add);
            o.members().values().forEach(m -> collect(m.value(), out));
        } else if (node instanceof JsonValue.JsonArray a) {
            a.items().forEach(i -> collect(i, out));
        }
    }
}
