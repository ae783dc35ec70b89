package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void everyNameFindsTheReporterOfThatFormat() {
        for (String name : Reporters.names()) {
            assertThat(Reporters.byName(name, false)).get().extracting(Reporter::format).isEqualTo(name);
        }
        assertThat(Reporters.names()).containsExactly("text", "compact", "json", "sarif", "checkstyle", "junit", "gitlab",
                "github");
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownNamesFindNothing() {
        assertThat(Reporters.byName(" SARIF ", false)).get().isInstanceOf(SarifReporter.class);
        assertThat(Reporters.byName("html", false)).isEmpty();
        assertThat(Reporters.byName(null, false)).isEmpty();
    }
}
