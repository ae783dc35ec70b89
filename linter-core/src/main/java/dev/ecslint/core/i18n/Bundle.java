package dev.ecslint.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The texts of a UTF-8 {@code .properties} resource, as a plain map. Every resource of that name on the
 * class loader counts (the built-in rules jar and a custom rule jar may both bring one); the first one
 * on the class path wins a key they share. Read with {@link PropertyResourceBundle} from a UTF-8 reader:
 * the JDK's {@code ResourceBundle.getBundle} would guess the encoding.
 */
public final class Bundle {

    private final Map<String, String> values;

    private Bundle(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Every resource named {@code resource} on {@code loader}, merged; none is an empty bundle. */
    public static Bundle load(ClassLoader loader, String resource) {
        TreeMap<String, String> values = new TreeMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream()) {
                    ResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
                        String key = keys.nextElement();
                        values.putIfAbsent(key, bundle.getString(key));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Bundle(values);
    }

    /** The text of a key; blank texts count as missing. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public Set<String> keys() {
        return values.keySet();
    }
}
