package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private static String text(LintReport report, boolean colour) {
        return Golden.render(new TextReporter(colour), report);
    }

    private static LintReport single(Finding finding, String sourceLine) {
        return new ReportFixture.Builder().add(finding, sourceLine).build("0.1.0", List.of(finding.location().path()));
    }

    @Test
    void colourAddsOnlyAnsiSequences() {
        String coloured = text(ReportFixture.report(), true);

        assertThat(coloured).contains("\u001B[1;31mERROR\u001B[0m").contains("\u001B[33mWARNING\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(text(ReportFixture.report(), false));
    }

    @Test
    void withoutColourThereIsNoEscapeCharacter() {
        assertThat(text(ReportFixture.report(), false)).doesNotContain("\u001B");
    }

    @Test
    void suppressedFindingsAreNotShownButCounted() {
        String text = text(ReportFixture.report(), false);

        assertThat(text).doesNotContain("DF020").endsWith("; 1 suppressed finding not shown\n");
    }

    @Test
    void aCleanRunSaysSo() {
        LintReport clean = new LintReport("0.1.0", List.of("Dockerfile", "task.json"), List.of(), List.of(), Map.of());

        assertThat(text(clean, false)).isEqualTo("no findings in 2 files\n");
    }

    @Test
    void theSummaryCountsFilesByKindAndNamesWhatWasNotChecked() {
        Coverage coverage = new Coverage(Map.of(DocumentKind.DOCKERFILE, 2, DocumentKind.TASK_DEFINITION, 1,
                DocumentKind.COMPOSE, 1), Set.of(DocumentKind.COMPOSE));
        LintReport report = new LintReport("0.1.0", List.of("Dockerfile", "api/Dockerfile", "compose.yaml", "task.json"),
                List.of(), List.of(), Map.of(), coverage);

        assertThat(text(report, false)).isEqualTo("no findings in 3 files (2 dockerfile, 1 task-definition); "
                + "1 compose file recognised but not checked: no rule reads compose files yet\n");
    }

    @Test
    void whatWasNotCheckedIsSaidInTheRunsLanguage() {
        Coverage coverage = new Coverage(Map.of(DocumentKind.COMPOSE, 2), Set.of(DocumentKind.COMPOSE));
        LintReport report = new LintReport("0.1.0", List.of("a/compose.yaml", "b/compose.yaml"), List.of(), List.of(),
                Map.of(), coverage);

        assertThat(Golden.render(new TextReporter(false, Localizer.english().in(Language.KO)), report))
                .endsWith("compose 파일 2개는 인식했지만 검사하지 않았습니다. compose 파일을 읽는 규칙은 아직 없습니다\n");
    }

    @Test
    void summaryCountsInTheSingular() {
        Finding one = new Finding("DF001", "root-user", Severity.ERROR, "runs as root",
                Location.at("Dockerfile", 1, 1), null, null);

        assertThat(new TextReporter(false).summary(single(one, "FROM x")))
                .isEqualTo("1 finding (1 error, 0 warnings, 0 info, 0 style) in 1 file");
    }

    @Test
    void controlCharactersFromTheFileNeverReachTheTerminal() {
        Finding finding = new Finding("DF005", "latest-tag", Severity.WARNING, "image \u001B]0;owned\u0007 uses latest",
                new Location("Dockerfile", 1, 6, 1, 10, null), null, null);

        String text = text(single(finding, "FROM \u001B[31mx"), false);

        assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007").contains("FROM \uFFFD[31mx");
    }

    @Test
    void anEmptyRegionStillGetsOneCaret() {
        Finding finding = new Finding("DF001", "root-user", Severity.ERROR, "runs as root",
                Location.at("Dockerfile", 1, 1), null, null);

        assertThat(text(single(finding, "FROM debian:12"), false))
                .contains("  1 | FROM debian:12\n    | ^\n");
    }

    @Test
    void aRegionPastTheEndOfTheLineIsMarkedWhereItStarts() {
        Finding finding = new Finding("E001", "parse-error", Severity.ERROR, "unexpected end of input",
                Location.at("task.json", 3, 4), null, null);

        assertThat(text(single(finding, "  {"), false)).contains("  3 |   {\n    |    ^\n");
    }

    @Test
    void longLinesAreCutToAWindowAroundTheRegion() {
        String line = "{\"a\": \"" + "x".repeat(500) + "\", \"image\": \"node:latest\", \"b\": \"" + "y".repeat(500) + "\"}";
        int column = line.indexOf("node:latest") + 1;
        Finding finding = new Finding("CT001", "latest-tag", Severity.WARNING, "latest",
                new Location("task.json", 1, column, 1, column + 11, null), null, null);

        List<String> lines = text(single(finding, line), false).lines().toList();

        String source = lines.get(1);
        String carets = lines.get(2);
        assertThat(source.length()).isLessThan(140);
        assertThat(source).contains("\u2026").contains("node:latest");
        assertThat(carets.indexOf('^')).isEqualTo(source.indexOf("node:latest"));
        assertThat(carets.substring(carets.indexOf('^'))).isEqualTo("^^^^^^^^^^^");
    }

    @Test
    void caretsLineUpUnderWideCharacters() {
        List<String> frame = text(ReportFixture.report(), false).lines()
                .dropWhile(l -> !l.contains("CT010")).skip(1).limit(2).toList();

        String source = frame.get(0);
        String carets = frame.get(1);
        int prefixCells = TerminalText.width(source.substring(0, source.indexOf('"', source.indexOf(':') + 1)));
        assertThat(carets.indexOf('^')).isEqualTo(prefixCells);
        assertThat(carets.chars().filter(c -> c == '^').count()).isEqualTo(TerminalText.width("\"웹-서버\""));
    }

    @Test
    void theSecretIsMaskedInTheCodeFrameToo() {
        String text = text(ReportFixture.report(), false);

        assertThat(text).contains("  14 |           \"value\": \"my***\"\n     |                    ^^^^^^^\n");
    }
}
