package dev.ecslint.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run derives several localizers from one class loader; each bundle resource is read once for all of them. */
class BundleSharingTest {

    /** Delegates to the test's loader and counts how often each resource is looked up. */
    private static final class CountingLoader extends ClassLoader {
        final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

        CountingLoader() {
            super(BundleSharingTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            reads.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            return super.getResources(name);
        }
    }

    @Test
    void derivedLocalizersReadEachBundleOnce() {
        CountingLoader loader = new CountingLoader();
        Localizer korean = Localizer.of(Language.KO, loader).withRules(id -> Optional.empty())
                .withTexts(Map.of(Language.EN, Map.of("X001.title", "x"))).withBundle("dev/ecslint/core/grade/labels");
        Localizer english = korean.in(Language.EN).withRules(id -> Optional.empty());

        assertThat(korean.render(Message.of("container.named").code("name", "app"))).isEqualTo("`app` 컨테이너");
        assertThat(english.render(Message.of("container.named").code("name", "app"))).isEqualTo("container `app`");
        assertThat(korean.keys()).isNotEmpty(); // waits for every bundle of both languages
        assertThat(english.keys()).isNotEmpty();
        assertThat(loader.reads).containsKeys("dev/ecslint/core/i18n/messages_ko.properties",
                "dev/ecslint/core/i18n/messages_en.properties", "dev/ecslint/core/grade/labels_ko.properties");
        assertThat(loader.reads.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    }

    @Test
    void aBundleSharedIsTheSameAsOneLoaded() {
        ClassLoader loader = getClass().getClassLoader();
        String resource = "dev/ecslint/core/i18n/messages_en.properties";
        Bundle shared = Bundle.shared(loader, resource);
        assertThat(Bundle.shared(loader, resource)).isSameAs(shared);
        Bundle loaded = Bundle.load(loader, resource);
        assertThat(shared.keys()).isEqualTo(loaded.keys()).isNotEmpty();
        shared.keys().forEach(key -> assertThat(shared.get(key)).isEqualTo(loaded.get(key)));
        // another loader reads its own resources
        assertThat(Bundle.shared(new CountingLoader(), resource)).isNotSameAs(shared);
    }
}
