package dev.ecslint.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The texts of a UTF-8 {@code .properties} resource, as a plain map. Every resource of that name on the
 * class loader counts (the built-in rules jar and a custom rule jar may both bring one); the first one
 * on the class path wins a key they share. Read with {@link PropertyResourceBundle} from a UTF-8 reader:
 * the JDK's {@code ResourceBundle.getBundle} would guess the encoding.
 */
public final class Bundle {

    /**
     * Bundles read or being read, per class loader and resource: a run derives several localizers (the
     * command line's, the session's with its rules, with custom texts, in another language) and each needs
     * the same resources; reading the rules' ~100 KB of texts once instead of five times was a third of a
     * single-file run's start (docs/benchmarks.md). Weak keys: a custom rule jar's loader is not kept alive
     * (a task drops its callable, the one reference to the loader, once it has run).
     */
    private static final Map<ClassLoader, Map<String, FutureTask<Bundle>>> SHARED = new WeakHashMap<>();

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
     * The same as {@link #load}, read once per class loader and resource (the resources of a loader do not
     * change while it lives); waits for a {@link #prefetch} of it under way. Thread-safe.
     */
    public static Bundle shared(ClassLoader loader, String resource) {
        FutureTask<Bundle> task = task(loader, resource, null);
        task.run(); // does nothing when it ran or another thread is running it
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return load(loader, resource);
        }
    }

    /**
     * Starts reading these resources on a background thread, for {@link #shared} to find them read: a run
     * needs its texts only when it writes the first finding, and parsing ~100 KB of properties in the
     * interpreter overlaps with reading, parsing and linting the files on the other core.
     */
    public static void prefetch(ClassLoader loader, List<String> resources) {
        List<FutureTask<Bundle>> fresh = new ArrayList<>(resources.size());
        for (String resource : resources) {
            task(loader, resource, fresh);
        }
        if (!fresh.isEmpty()) {
            Thread reader = new Thread(() -> fresh.forEach(FutureTask::run), "ecslint-texts");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The task of a resource, created if none exists yet (and then added to {@code created}). */
    private static FutureTask<Bundle> task(ClassLoader loader, String resource, List<FutureTask<Bundle>> created) {
        synchronized (SHARED) {
            Map<String, FutureTask<Bundle>> ofLoader = SHARED.computeIfAbsent(loader, l -> new HashMap<>());
            FutureTask<Bundle> task = ofLoader.get(resource);
            if (task == null) {
                task = new FutureTask<>(() -> load(loader, resource));
                ofLoader.put(resource, task);
                if (created != null) {
                    created.add(task);
                }
            }
            return task;
        }
    }

    /** The text of a key; blank texts count as missing. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public Set<String> keys() {
        return values.keySet();
    }
}
