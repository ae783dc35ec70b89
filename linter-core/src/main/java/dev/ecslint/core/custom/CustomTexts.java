package dev.ecslint.core.custom;

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
 * beside this class).
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

    /** Both languages of one text with its placeholders filled. */
    static LocalizedText of(String key, Map<String, String> arguments) {
        return LocalizedText.per(language -> text(language, key, arguments));
    }

    /** One text in one language ({@code en}, {@code ko}) with its placeholders filled. */
    static String text(String language, String key, Map<String, String> arguments) {
        return fill(language.equals("ko") ? KO : EN, key, arguments);
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
