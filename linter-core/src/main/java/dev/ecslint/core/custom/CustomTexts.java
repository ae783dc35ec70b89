package dev.ecslint.core.custom;

import dev.ecslint.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The sentences ecslint writes about custom rules (titles, generated fixes, rationale), whole and with
 * named placeholders, in English and Korean ({@code texts_en.properties}, {@code texts_ko.properties}
 * beside this class, keys {@code custom.*}). They are filled in when a rule is read, because they are
 * about the rule; the texts of findings ({@code custom.missing}, {@code custom.tooComplex}) are
 * {@link dev.ecslint.core.i18n.Message}s the reports write from the same bundle in the run's language.
 */
final class CustomTexts {

    private static final Properties EN = load("en");
    private static final Properties KO = load("ko");

    private CustomTexts() {
    }

    private static Properties load(String language) {
        String resource = "texts_" + language + ".properties";
        Properties texts = new Properties();
        try (InputStream in = CustomTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Both languages of one text ({@code title.equals}) with its placeholders filled. */
    static LocalizedText of(String key, Map<String, String> arguments) {
        return LocalizedText.per(language -> text(language, key, arguments));
    }

    /** One text ({@code rationale}) in one language with its placeholders filled. */
    static String text(Language language, String key, Map<String, String> arguments) {
        return fill(language == Language.KO ? KO : EN, "custom." + key, arguments);
    }

    private static String fill(Properties texts, String key, Map<String, String> arguments) {
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no text " + key);
        }
        for (Map.Entry<String, String> a : arguments.entrySet()) {
            template = template.replace("{" + a.getKey() + "}", a.getValue());
        }
        return template;
    }
}
