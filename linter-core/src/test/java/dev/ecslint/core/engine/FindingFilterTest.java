package dev.ecslint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.FileReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingFilterTest {

    private static Finding finding(String ruleId, Severity severity) {
        return new Finding(ruleId, "name", severity, "text", Location.at("Dockerfile", 1, 1), null, null);
    }

    private static final FileReport FILE = new FileReport("Dockerfile", DocumentKind.DOCKERFILE,
            List.of(finding("DF001", Severity.ERROR), finding("DF004", Severity.INFO), finding("CT012", Severity.WARNING),
                    finding("E002", Severity.STYLE), finding("LAB10", Severity.WARNING)), Map.of());

    @Test
    void aFilterOfEverythingReturnsTheFileItself() {
        assertThat(FindingFilter.ALL.apply(FILE)).isSameAs(FILE);
        assertThat(new FindingFilter(Set.of(), Severity.STYLE).apply(FILE)).isSameAs(FILE);
    }

    @Test
    void familiesAreTheIdWithoutItsNumberAndEngineFindingsStay() {
        assertThat(new FindingFilter(Set.of(" df", "LAB"), Severity.STYLE).apply(FILE).findings())
                .extracting(Finding::ruleId).containsExactly("DF001", "DF004", "E002", "LAB10");
        assertThat(new FindingFilter(Set.of("CT"), Severity.WARNING).apply(FILE).findings())
                .extracting(Finding::ruleId).containsExactly("CT012");
        assertThat(new FindingFilter(Set.of(), Severity.WARNING).apply(FILE).findings())
                .extracting(Finding::ruleId).containsExactly("DF001", "CT012", "LAB10");
    }
}
