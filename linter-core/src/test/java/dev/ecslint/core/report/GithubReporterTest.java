package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void messagesEscapePercentAndLineBreaks() {
        assertThat(GithubReporter.escapeData("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertThat(GithubReporter.escapeProperty("R&D: team, v2%.json")).isEqualTo("R&D%3A team%2C v2%25.json");
    }

    @Test
    void oneCommandPerActiveFindingWithTheSeverityCommand() {
        List<String> lines = Golden.render(new GithubReporter(), ReportFixture.report()).lines().toList();

        assertThat(lines).hasSize(ReportFixture.report().activeFindings().size());
        assertThat(lines).allMatch(line -> line.matches("::(error|warning|notice) file=[^:]+::.*"));
        assertThat(lines).filteredOn(line -> line.contains("title=DF030")).singleElement()
                .asString().startsWith("::notice ");
    }
}
