package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.RuleMeta;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule is explained in every language the grader writes feedback in
 * ({@code explanations_<lang>.properties} beside the rules). The English bundle is generated from the
 * metadata; after changing a rule's title, rationale or fix run
 * {@code mvn -pl rules test -Dtest=ExplanationsTest -Dexplanations.update=true} and review the diff. The
 * Korean bundle is written by hand: a new rule needs its three Korean keys.
 */
class ExplanationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/dev/ecslint/rules");

    private static final List<String> PARTS = List.of("title", "rationale", "fix");

    @Test
    void everyRegisteredRuleIsExplainedInEveryLanguage() {
        List<RuleMeta> metas = BuiltInRules.registry().metas();
        for (Language language : Language.values()) {
            Localizer texts = Localizer.of(language, getClass().getClassLoader());
            List<String> missing = new ArrayList<>();
            for (RuleMeta meta : metas) {
                for (String part : PARTS) {
                    if (!texts.has(meta.id() + "." + part)) {
                        missing.add(meta.id() + "." + part);
                    }
                }
            }
            assertThat(missing).as("keys missing from explanations_" + language.code() + ".properties").isEmpty();
        }
    }

    @Test
    void theEnglishBundleIsTheMetadata() throws IOException {
        Path file = BUNDLES.resolve("explanations_en.properties");
        String generated = english(BuiltInRules.registry().metas());
        if (Boolean.getBoolean("explanations.update")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("explanations_en.properties is stale: run mvn -pl rules test -Dtest=ExplanationsTest "
                        + "-Dexplanations.update=true")
                .isEqualTo(generated);
    }

    @Test
    void bundlesHoldOnlyWellFormedKeysWithAllThreeParts() throws IOException {
        for (Language language : Language.values()) {
            Properties bundle = new Properties();
            try (Reader in = Files.newBufferedReader(BUNDLES.resolve("explanations_" + language.code()
                    + ".properties"), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            TreeSet<String> ids = new TreeSet<>();
            for (String key : bundle.stringPropertyNames()) {
                assertThat(key).as(language.code() + " key").matches("[A-Z]{1,3}\\d{3}\\.[a-z][A-Za-z0-9]*");
                ids.add(key.substring(0, key.indexOf('.')));
            }
            for (String id : ids) {
                for (String part : PARTS) {
                    assertThat(bundle.getProperty(id + "." + part)).as(language.code() + " " + id + "." + part)
                            .isNotBlank();
                }
            }
        }
    }

    /** The English bundle as the metadata says it, sorted by rule id. */
    static String english(List<RuleMeta> metas) {
        StringBuilder out = new StringBuilder();
        out.append("# Generated from the rules' metadata by ExplanationsTest: do not edit by hand; run\n");
        out.append("# mvn -pl rules test -Dtest=ExplanationsTest -Dexplanations.update=true after changing a rule.\n");
        List<RuleMeta> sorted = new ArrayList<>(metas);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        for (RuleMeta m : sorted) {
            out.append(m.id()).append(".title=").append(escape(m.title())).append('\n');
            out.append(m.id()).append(".rationale=").append(escape(m.rationale())).append('\n');
            out.append(m.id()).append(".fix=").append(escape(m.fix())).append('\n');
            m.messages().forEach((name, template) -> out.append(m.id()).append('.').append(name).append('=')
                    .append(escape(template)).append('\n'));
        }
        return out.toString();
    }

    private static String escape(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }
}
