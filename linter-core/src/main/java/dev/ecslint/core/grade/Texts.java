package dev.ecslint.core.grade;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * A UTF-8 {@code .properties} resource read with {@link PropertyResourceBundle} from a UTF-8 reader (the
 * JDK's {@code ResourceBundle.getBundle} would guess the encoding), as a plain map.
 */
final class Texts {

    private final TreeMap<String, String> values;

    private Texts(TreeMap<String, String> values) {
        this.values = values;
    }

    /** The resource, or no texts when it does not exist (a custom rule jar brings no explanations). */
    static Texts load(ClassLoader loader, String resource) {
        TreeMap<String, String> values = new TreeMap<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                ResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
                    String key = keys.nextElement();
                    values.put(key, bundle.getString(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Texts(values);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    java.util.Set<String> keys() {
        return values.keySet();
    }
}
