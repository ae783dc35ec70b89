package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        JsonNode report = JSON.readTree(Golden.render(new JsonReporter(), ReportFixture.report()));

        assertThat(keys(report)).containsExactly("tool", "summary", "findings");
        assertThat(keys(report.path("summary")))
                .containsExactly("files", "findings", "error", "warning", "info", "style");
        assertThat(report.path("summary").path("findings").asInt()).isEqualTo(report.path("findings").size());
        JsonNode withPointer = report.path("findings").path(2);
        assertThat(keys(withPointer)).containsExactly("ruleId", "ruleName", "severity", "message", "path", "line",
                "column", "endLine", "endColumn", "pointer", "fix");
        assertThat(keys(report.path("findings").path(0))).doesNotContain("pointer");
    }

    @Test
    void suppressedFindingsAreNeitherListedNorCounted() throws Exception {
        JsonNode report = JSON.readTree(Golden.render(new JsonReporter(), ReportFixture.report()));

        assertThat(report.path("summary").path("style").asInt()).isEqualTo(1);
        report.path("findings").forEach(f -> assertThat(f.path("ruleId").asText()).isNotEqualTo("DF020"));
    }

    @Test
    void emptyReportsAreCompleteDocuments() throws Exception {
        LintReport empty = new LintReport("0.1.0", List.of(), List.of(), List.of(), Map.of());

        assertThat(JSON.readTree(Golden.render(new JsonReporter(), empty)).path("findings").isArray()).isTrue();
        assertThat(Golden.render(new GitlabReporter(), empty)).isEqualTo("[]\n");
    }

    @Test
    void gitlabIssuesHaveUniqueFingerprintsAndTheMappedSeverities() throws Exception {
        JsonNode issues = JSON.readTree(Golden.render(new GitlabReporter(), ReportFixture.report()));

        List<String> fingerprints = new ArrayList<>();
        List<String> severities = new ArrayList<>();
        issues.forEach(issue -> {
            fingerprints.add(issue.path("fingerprint").asText());
            severities.add(issue.path("check_name").asText() + "=" + issue.path("severity").asText());
        });
        assertThat(fingerprints).hasSize(ReportFixture.report().activeFindings().size()).doesNotHaveDuplicates();
        assertThat(severities).contains("DF001=critical", "DF005=major", "TD010=minor", "DF030=info");
    }
}
