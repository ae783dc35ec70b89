package dev.ecslint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Bundle;
import dev.ecslint.core.i18n.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
}
