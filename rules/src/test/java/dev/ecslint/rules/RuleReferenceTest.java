package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.report.RuleReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules' metadata and committed; this test fails when it is
 * stale. Regenerate with {@code mvn -pl rules -am test -Dtest=RuleReferenceTest -Ddocs.update=true}.
 */
class RuleReferenceTest {

    @Test
    void committedRuleReferenceMatchesTheMetadata() throws IOException {
        Path root = Path.of(System.getProperty("ecslint.root", ".."));
        Path docs = root.resolve("docs/rules.md");
        String generated = RuleReference.markdown(BuiltInRules.registry());
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, generated, StandardCharsets.UTF_8);
        }
        assertThat(docs).as("docs/rules.md exists").exists();
        assertThat(Files.readString(docs, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: regenerate it with -Ddocs.update=true (see this test's javadoc)")
                .isEqualTo(generated);
    }
}
