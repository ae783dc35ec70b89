package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format on the one synthetic run of {@link ReportFixture}. */
class ReportGoldenTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "text,       golden.txt",
        "compact,    golden-compact.txt",
        "json,       golden.json",
        "sarif,      golden.sarif",
        "checkstyle, golden-checkstyle.xml",
        "junit,      golden-junit.xml",
        "gitlab,     golden-gitlab.json",
        "github,     golden-github.txt",
    })
    void formatMatchesItsGoldenFile(String format, String goldenFile) {
        Reporter reporter = Reporters.byName(format, false).orElseThrow();

        Golden.assertMatches(goldenFile, Golden.render(reporter, ReportFixture.report()));
    }

    @ParameterizedTest
    @MethodSource("dev.ecslint.core.report.Reporters#names")
    void noFormatPrintsTheSecretTheMessageMasked(String format) {
        String output = Golden.render(Reporters.byName(format, true).orElseThrow(), ReportFixture.report());

        assertThat(output).doesNotContain(ReportFixture.SECRET).doesNotContain("password-1");
    }

    @ParameterizedTest
    @MethodSource("dev.ecslint.core.report.Reporters#names")
    void outputIsTheSameForTheSameReport(String format) {
        Reporter reporter = Reporters.byName(format, false).orElseThrow();

        assertThat(Golden.render(reporter, ReportFixture.report()))
                .isEqualTo(Golden.render(reporter, ReportFixture.report()));
    }

    @org.junit.jupiter.api.Test
    void ruleReferenceMatchesItsGoldenFile() {
        Golden.assertMatches("golden-rules.md", RuleReference.markdown(ReportFixture.rules()));
    }
}
