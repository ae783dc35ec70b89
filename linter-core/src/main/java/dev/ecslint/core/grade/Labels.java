package dev.ecslint.core.grade;

/**
 * The words of the feedback pages, gradebook and summary in one language
 * ({@code dev/ecslint/core/grade/labels_<lang>.properties}). {@code {0}}, {@code {1}} … in a label are
 * replaced by the arguments, as they are: no {@code MessageFormat} quoting rules to trip over.
 */
public final class Labels {

    private final Language language;
    private final Texts texts;

    private Labels(Language language, Texts texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Labels of(Language language) {
        return new Labels(language, Texts.load(Labels.class.getClassLoader(),
                "dev/ecslint/core/grade/labels_" + language.code() + ".properties"));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String text = texts.get(key).orElseThrow(() -> new IllegalStateException("no label " + key + " for "
                + language.code()));
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    java.util.Set<String> keys() {
        return texts.keys();
    }
}
