package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Template;
import dev.ecslint.core.model.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message a rule declares is written in Korean too, with the same placeholders as its English
 * template and with its particles in pairs after placeholders ({@code {image}을/를}), so a Korean report
 * never falls back to English or shows a placeholder.
 */
class MessageTemplatesTest {

    @Test
    void everyDeclaredMessageHasAKoreanTemplateWithTheSamePlaceholders() {
        Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader());
        List<String> problems = new ArrayList<>();
        for (RuleMeta meta : BuiltInRules.registry().metas()) {
            meta.messages().forEach((name, english) -> {
                String key = meta.id() + "." + name;
                Optional<String> ko = korean.has(key) ? korean.template(key) : Optional.empty();
                Set<String> unused = new TreeSet<>(Template.placeholders(english));
                ko.ifPresent(t -> unused.removeAll(Template.placeholders(t)));
                // Korean has no plural: a count English uses only to choose a word may go unused
                unused.removeIf(placeholder -> !english.contains("{" + placeholder + "}"));
                if (ko.isEmpty()) {
                    problems.add(key + ": no Korean template");
                } else if (!Template.placeholders(english).containsAll(Template.placeholders(ko.get()))
                        || !unused.isEmpty()) {
                    problems.add(key + ": placeholders " + Template.placeholders(ko.get()) + " instead of "
                            + Template.placeholders(english));
                } else if (!Template.bareParticles(ko.get()).isEmpty()) {
                    problems.add(key + ": particles not in pairs " + Template.bareParticles(ko.get()));
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
