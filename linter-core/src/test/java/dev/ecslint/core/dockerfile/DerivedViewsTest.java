package dev.ecslint.core.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.SourceFile;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What several rules derive from one file is computed once per file and key. */
class DerivedViewsTest {

    private static Dockerfile parse(String text) throws Exception {
        return DockerfileParser.parse(new SourceFile(null, "Dockerfile", text));
    }

    @Test
    void aViewIsComputedOncePerFileAndKey() throws Exception {
        Dockerfile first = parse("FROM alpine\nRUN apk add curl\n");
        Dockerfile second = parse("FROM alpine\nRUN apk add curl\n");
        AtomicInteger computed = new AtomicInteger();
        Object key = new Object();
        for (int i = 0; i < 3; i++) {
            assertThat(first.<String>derived(key, d -> d.finalStage().baseImage().value() + ":" + computed.incrementAndGet()))
                    .isEqualTo("alpine:1");
        }
        assertThat(second.<String>derived(key, d -> "other:" + computed.incrementAndGet())).isEqualTo("other:2");
        // a derivation may use another one of the same file
        assertThat(first.<String>derived("outer", d -> d.<String>derived(key, x -> "never") + "+")).isEqualTo("alpine:1+");
    }
}
