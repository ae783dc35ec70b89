package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Localizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void theStepSummaryTablesEveryFindingUpToItsLimit() {
        String markdown = Golden.render(new GithubReporter().stepSummary(), ReportFixture.report());

        assertThat(markdown).startsWith("### ecslint\n\n" + Localizer.english().render(RunSummary.of(ReportFixture.report())) + "\n\n"
                + "| file | severity | rule | message |\n|---|---|---|---|\n");
        assertThat(markdown.lines().filter(l -> l.startsWith("| `"))).hasSize(ReportFixture.report().activeFindings().size());
        assertThat(markdown).contains("| `policies/R&D: team, v2.json:3` | warning | LP003 untagged-never-expire |")
                .doesNotContain(ReportFixture.SECRET);
    }

    @Test
    void messagesEscapePercentAndLineBreaks() {
        assertThat(GithubReporter.escapeData("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertThat(GithubReporter.escapeProperty("R&D: team, v2%.json")).isEqualTo("R&D%3A team%2C v2%25.json");
    }

    @Test
    void oneCommandPerActiveFindingWithTheSeverityCommandThenTheSummary() {
        List<String> lines = Golden.render(new GithubReporter(), ReportFixture.report()).lines().toList();
        List<String> commands = lines.subList(0, lines.size() - 1);

        assertThat(commands).hasSize(ReportFixture.report().activeFindings().size());
        assertThat(commands).allMatch(line -> line.matches("::(error|warning|notice) file=[^:]+::.*"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(Localizer.english().render(RunSummary.of(ReportFixture.report())));
        assertThat(lines).filteredOn(line -> line.contains("title=DF030")).singleElement()
                .asString().startsWith("::notice ");
    }
}
