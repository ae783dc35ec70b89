package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Bundle;
import dev.ecslint.core.i18n.Language;

/**
 * The words of the feedback pages, gradebook and summary in one language
 * ({@code dev/ecslint/core/grade/labels_<lang>.properties}). {@code {0}}, {@code {1}} … in a label are
 * replaced by the arguments, as they are: no {@code MessageFormat} quoting rules to trip over.
 */
public final class Labels {

    private final Language language;
    private final Bundle texts;

    private Labels(Language language, Bundle texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Labels of(Language language) {
        return new Labels(language, Bundle.load(Labels.class.getClassLoader(),
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

    /**
     * The label in a markup: its own words escaped with {@code markup}, the arguments inserted as
     * they are (the caller has formatted them for that markup already).
     */
    String format(String key, Markup markup, String... formattedArgs) {
        String template = texts.get(key).orElseThrow(() -> new IllegalStateException("no label " + key + " for "
                + language.code()));
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d)}").matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(markup.text(template.substring(last, m.start())));
            int index = m.group(1).charAt(0) - '0';
            out.append(index < formattedArgs.length ? formattedArgs[index] : "");
            last = m.end();
        }
        return out.append(markup.text(template.substring(last))).toString();
    }

    java.util.Set<String> keys() {
        return texts.keys();
    }
}
