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
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of a UTF-8 {@code .properties} resource, as a plain map. Every resource of that name on the
 * class loader counts (the built-in rules jar and a custom rule jar may both bring one); the first one
 * on the class path wins a key they share. Read with {@link PropertyResourceBundle} from a UTF-8 reader:
 * the JDK's {@code ResourceBundle.getBundle} would guess the encoding.
 */
public final class Bundle {

    /**
     * Bundles already read, per class loader and resource: a run derives several localizers (the command
     * line's, the session's with its rules, with custom texts, in another language) and each reads the same
     * resources; reading the rules' ~100 KB of texts once instead of five times is a third of a
     * single-file run's start (docs/benchmarks.md). Weak keys: a custom rule jar's loader is not kept alive.
     */
    private static final Map<ClassLoader, Map<String, Bundle>> SHARED = new WeakHashMap<>();

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

    /**
     * The same as {@link #load}, read once per class loader and resource: the resources of a loader do not
     * change while it lives. Thread-safe.
     */
    public static Bundle shared(ClassLoader loader, String resource) {
        Map<String, Bundle> ofLoader;
        synchronized (SHARED) {
            ofLoader = SHARED.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
        return ofLoader.computeIfAbsent(resource, r -> load(loader, r));
    }

    /** The text of a key; blank texts count as missing. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public Set<String> keys() {
        return values.keySet();
    }
}
