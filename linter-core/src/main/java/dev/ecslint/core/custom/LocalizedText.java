package dev.ecslint.core.custom;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Message;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A text a custom rule gives, or ecslint writes about one, in English and Korean: {@code message: "…"}
 * (the same for every reader) or {@code message: {en: "…", ko: "…"}} (either may be left out; the
 * other stands in, as for any literal {@link Message}).
 */
record LocalizedText(Map<Language, String> templates) {

    LocalizedText {
        templates = Map.copyOf(templates);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
    }

    static LocalizedText of(String en, String ko) {
        Map<Language, String> templates = new EnumMap<>(Language.class);
        if (en != null) {
            templates.put(Language.EN, en);
        }
        if (ko != null) {
            templates.put(Language.KO, ko);
        }
        return new LocalizedText(templates);
    }

    static LocalizedText same(String text) {
        return of(text, null);
    }

    /** A text made for each language by {@code write}. */
    static LocalizedText per(Function<Language, String> write) {
        return of(write.apply(Language.EN), write.apply(Language.KO));
    }

    /** The text for readers of {@code language}; English, else the other, when it has none. */
    String in(Language language) {
        String text = templates.get(language);
        return text != null ? text : templates.getOrDefault(Language.EN, templates.values().iterator().next());
    }

    /** As a message whose templates these are, named {@code key} in tests. */
    Message message(String key) {
        return Message.literal(key, templates);
    }
}
