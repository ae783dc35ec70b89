package dev.ecslint.core.grade;

import dev.ecslint.core.i18n.Bundle;
import dev.ecslint.core.i18n.KoreanParticles;
import dev.ecslint.core.i18n.Language;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the feedback pages, gradebook and summary in one language
 * ({@code dev/ecslint/core/grade/labels_<lang>.properties}). {@code {0}}, {@code {1}} … in a label are
 * replaced by the arguments, as they are: no {@code MessageFormat} quoting rules to trip over. As in
 * message templates, {@code {0|finding|findings}} picks a word by the plural of a number, and a Korean
 * particle pair right after a placeholder ({@code {0}은/는}) is reduced to the form that fits the value.
 */
public final class Labels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)(?:\\|([^{}|]*)\\|([^{}|]*))?}");

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
        String[] values = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = String.valueOf(args[i]);
        }
        return fill(template(key), Markup.PLAIN, values);
    }

    /**
     * The label in a markup: its own words escaped with {@code markup}, the arguments inserted as
     * they are (the caller has formatted them for that markup already).
     */
    String format(String key, Markup markup, String... formattedArgs) {
        return fill(template(key), markup, formattedArgs);
    }

    private String template(String key) {
        return texts.get(key).orElseThrow(() -> new IllegalStateException("no label " + key + " for "
                + language.code()));
    }

    private static String fill(String template, Markup markup, String[] args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(markup.text(template.substring(last, m.start())));
            last = m.end();
            int index = m.group(1).charAt(0) - '0';
            String value = index < args.length ? args[index] : "";
            if (m.group(2) != null) {
                out.append(markup.text(isOne(value) ? m.group(2) : m.group(3)));
                continue;
            }
            out.append(value);
            Optional<KoreanParticles.Particle> particle = KoreanParticles.pairAfter(withoutTags(value), template, last);
            if (particle.isPresent()) {
                out.append(particle.get().form());
                last += particle.get().pairLength();
            }
        }
        return out.append(markup.text(template.substring(last))).toString();
    }

    /** A value already formatted as HTML without its tags: its last word decides a particle, not {@code </code>}. */
    private static String withoutTags(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            if (html.charAt(i) != '<') {
                text.append(html.charAt(i++));
                continue;
            }
            int close = html.indexOf('>', i);
            if (close < 0) {
                text.append(html, i, html.length()); // no tag closes after here: the rest is text
                break;
            }
            i = close + 1;
        }
        return text.toString();
    }

    private static boolean isOne(String number) {
        try {
            return new BigDecimal(number.trim()).compareTo(BigDecimal.ONE) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    Set<String> keys() {
        return texts.keys();
    }
}
