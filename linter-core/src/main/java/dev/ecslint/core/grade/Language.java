package dev.ecslint.core.grade;

import java.util.Locale;
import java.util.Optional;

/** The language feedback is written in. */
public enum Language {
    EN, KO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> parse(String text) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(text.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
