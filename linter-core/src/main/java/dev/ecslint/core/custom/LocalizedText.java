package dev.ecslint.core.custom;

import java.util.Optional;
import java.util.function.Function;

/**
 * A text a custom rule gives in one or both languages: {@code message: "…"} (the same for every reader)
 * or {@code message: {en: "…", ko: "…"}} (either may be left out; the other stands in).
 */
record LocalizedText(String en, String ko) {

    static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    /** A text made for each language by {@code write}. */
    static LocalizedText per(Function<String, String> write) {
        return new LocalizedText(write.apply("en"), write.apply("ko"));
    }

    /** The text for readers of {@code language} ({@code en}, {@code ko}); the other language when it is absent. */
    String in(String language) {
        String preferred = language.equals("ko") ? ko : en;
        return preferred != null ? preferred : Optional.ofNullable(en).orElse(ko);
    }
}
