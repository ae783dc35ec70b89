package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.report.RuleReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code docs/rules.md} and its Korean twin {@code docs/rules.ko.md} are generated from the rules' metadata
 * and bundles and committed; this test fails when either is stale. Regenerate both with
 * {@code mvn -pl rules -am test -Dtest=RuleReferenceTest -Ddocs.update=true}.
 */
class RuleReferenceTest {

    @ParameterizedTest
    @CsvSource({"docs/rules.md, EN", "docs/rules.ko.md, KO"})
    void committedRuleReferenceMatchesTheMetadata(String file, Language language) throws IOException {
        Path root = Path.of(System.getProperty("ecslint.root", ".."));
        Path docs = root.resolve(file);
        RuleRegistry registry = BuiltInRules.registry();
        String generated = RuleReference.markdown(registry,
                Localizer.of(language, getClass().getClassLoader()).withRules(registry::byId));
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, generated, StandardCharsets.UTF_8);
        }
        assertThat(docs).as(file + " exists").exists();
        assertThat(Files.readString(docs, StandardCharsets.UTF_8))
                .as(file + " is stale: regenerate it with -Ddocs.update=true (see this test's javadoc)")
                .isEqualTo(generated);
    }
}
