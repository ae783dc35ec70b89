package dev.ecslint.core.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A language every user-facing text of ecslint is written in. */
public enum Language {
    EN, KO;

    /** The environment variables that name a locale, in POSIX precedence: the first one set decides. */
    private static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    /** {@code en} or {@code ko}: what {@code --lang}, {@code <lang>} and a rubric's {@code lang:} accept. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code en} or {@code ko}, in any case and with surrounding blanks; anything else is empty. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(text.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a run that names none: {@code ECSLINT_LANG} when it names one ({@code ko},
     * {@code en}, or a locale such as {@code ko_KR.UTF-8}); else the first of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} that is set: Korean when it starts with {@code ko}, English
     * otherwise; English when none is set.
     */
    public static Language fromEnvironment(Map<String, String> env) {
        Optional<Language> chosen = ofLocale(env.get("ECSLINT_LANG"));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (String variable : LOCALE_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return ofLocale(value).orElse(EN);
            }
        }
        return EN;
    }

    /** {@code ko}, {@code ko_KR.UTF-8}, {@code en-US}, … by their language part; {@code C}, {@code fr_FR}: empty. */
    private static Optional<Language> ofLocale(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.trim().split("[_.@-]", 2)[0];
        return parse(code);
    }
}
