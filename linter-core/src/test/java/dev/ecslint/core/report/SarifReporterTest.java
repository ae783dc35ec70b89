package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream schema = SarifReporterTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            assertThat(schema).as("the OASIS SARIF schema is on the test class path").isNotNull();
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
        }
    }

    private static List<String> schemaErrors(String sarif) {
        List<Error> errors = sarifSchema.validate(sarif, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    private static JsonNode run(String sarif) throws IOException {
        return JSON.readTree(sarif).path("runs").path(0);
    }

    @Test
    void fixtureReportIsValidSarif() {
        assertThat(schemaErrors(Golden.render(new SarifReporter(), ReportFixture.report()))).isEmpty();
    }

    @Test
    void schemaCheckRejectsAnInvalidLog() {
        String broken = Golden.render(new SarifReporter(), ReportFixture.report())
                .replaceFirst("\"startLine\": 1,", "\"startLine\": 0,");

        assertThat(schemaErrors(broken)).isNotEmpty();
    }

    @Test
    void emptyReportIsACompleteValidLog() throws IOException {
        LintReport empty = new LintReport("0.1.0", List.of(), List.of(), List.of(), Map.of());

        String sarif = Golden.render(new SarifReporter(), empty);

        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode run = run(sarif);
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results")).isEmpty();
        assertThat(run.path("tool").path("driver").path("rules").isArray()).isTrue();
    }

    @Test
    void everyRuleThatRanIsDescribedOnceAndResultsPointAtTheirRule() throws IOException {
        LintReport fixture = ReportFixture.report();
        List<dev.ecslint.core.model.RuleMeta> twice = new ArrayList<>(fixture.rules());
        twice.addAll(fixture.rules());
        LintReport duplicated = new LintReport(fixture.toolVersion(), fixture.files(), fixture.findings(), twice,
                fixture.snippets());

        JsonNode run = run(Golden.render(new SarifReporter(), duplicated));

        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules).hasSize(fixture.rules().size());
        for (JsonNode result : run.path("results")) {
            assertThat(rules.path(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
        }
    }

    @Test
    void findingOfARuleWithoutMetadataGetsAMinimalDescriptor() throws IOException {
        Finding engine = new Finding("E001", "parse-error", Severity.ERROR, "unexpected end of input",
                Location.at("broken.json", 3, 1), null, null);
        LintReport report = new LintReport("0.1.0", List.of("broken.json"), List.of(engine), List.of(), Map.of());

        String sarif = Golden.render(new SarifReporter(), report);

        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode rule = run(sarif).path("tool").path("driver").path("rules").path(0);
        assertThat(rule.path("id").asText()).isEqualTo("E001");
        assertThat(rule.path("shortDescription").path("text").asText()).isEqualTo("E001 parse-error");
        assertThat(run(sarif).path("results").path(0).path("ruleIndex").asInt()).isZero();
    }

    @Test
    void securityRulesCarryASecuritySeverityAndOthersAProblemSeverity() throws IOException {
        JsonNode rules = run(Golden.render(new SarifReporter(), ReportFixture.report()))
                .path("tool").path("driver").path("rules");

        assertThat(ruleById(rules, "CT004").path("properties").path("security-severity").asText()).isEqualTo("8.0");
        assertThat(ruleById(rules, "TD010").path("properties").path("security-severity").asText()).isEqualTo("3.0");
        assertThat(ruleById(rules, "DF005").path("properties").has("security-severity")).isFalse();
        assertThat(ruleById(rules, "DF005").path("properties").path("problem.severity").asText()).isEqualTo("warning");
        assertThat(ruleById(rules, "DF020").path("defaultConfiguration").path("level").asText()).isEqualTo("note");
    }

    private static JsonNode ruleById(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void suppressedFindingsAreCarriedWithTheirSuppression() throws IOException {
        JsonNode results = run(Golden.render(new SarifReporter(), ReportFixture.report())).path("results");

        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(result -> {
            if (result.has("suppressions")) {
                suppressed.add(result);
            }
        });
        assertThat(suppressed).hasSize(1);
        assertThat(suppressed.get(0).path("ruleId").asText()).isEqualTo("DF020");
        assertThat(suppressed.get(0).path("suppressions").path(0).path("kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.get(0).path("suppressions").path(0).path("justification").asText())
                .isEqualTo("kept apart for the build cache");
    }

    @Test
    void ecslintsOwnJustificationIsInTheReportsLanguage() throws IOException {
        LintReport report = new ReportFixture.Builder().add(new Finding("DF005", "latest-tag", Severity.WARNING,
                "image `node:latest` uses the `latest` tag", ReportFixture.span(ReportFixture.DOCKERFILE, 1, 6, 17),
                null, null).suppressedBy(new Finding.Suppression(false, Message.of("suppression.baseline"))),
                "FROM node:latest").build("0.1.0", List.of(ReportFixture.DOCKERFILE));

        for (Language language : Language.values()) {
            JsonNode suppression = run(Golden.render(new SarifReporter(Localizer.english().in(language)), report))
                    .path("results").path(0).path("suppressions").path(0);
            assertThat(suppression.path("kind").asText()).isEqualTo("external");
            assertThat(suppression.path("justification").asText()).as(language.code())
                    .isEqualTo(language == Language.KO ? "기준선에 기록됨" : "recorded in the baseline");
        }
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SarifReporter.uri("services/web app/Dockerfile")).isEqualTo("services/web%20app/Dockerfile");
        assertThat(SarifReporter.uri("a:b/#1.json")).isEqualTo("a%3Ab/%231.json");
        assertThat(SarifReporter.uri("배포/task.json")).isEqualTo("%EB%B0%B0%ED%8F%AC/task.json");
        assertThat(SarifReporter.uri("/home/ci/Dockerfile")).isEqualTo("file:///home/ci/Dockerfile");
        assertThat(SarifReporter.uri("C:\\work\\Dockerfile")).isEqualTo("file:///C:/work/Dockerfile");
    }

    @Test
    void absolutePathsHaveNoUriBase() throws IOException {
        Finding finding = new Finding("DF005", "latest-tag", Severity.WARNING, "latest",
                Location.at("/tmp/x/Dockerfile", 1, 6), null, null);
        LintReport report = new LintReport("0.1.0", List.of("/tmp/x/Dockerfile"), List.of(finding), List.of(), Map.of());

        String sarif = Golden.render(new SarifReporter(), report);

        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode artifact = run(sarif).path("results").path(0).path("locations").path(0)
                .path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("file:///tmp/x/Dockerfile");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void sourceRootCanBeLocated() throws IOException {
        String sarif = Golden.render(new SarifReporter(Path.of("/srv/repo")), ReportFixture.report());

        assertThat(schemaErrors(sarif)).isEmpty();
        assertThat(run(sarif).path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                .isEqualTo("file:///srv/repo/");
    }

    @Test
    void nonSemanticVersionsAreNotClaimedAsSemantic() throws IOException {
        LintReport report = new LintReport("dev-build", List.of(), List.of(), List.of(), Map.of());

        JsonNode driver = run(Golden.render(new SarifReporter(), report)).path("tool").path("driver");

        assertThat(driver.path("version").asText()).isEqualTo("dev-build");
        assertThat(driver.has("semanticVersion")).isFalse();
    }
}
