package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first command on the bundled examples, and the reports CI users load from it. */
class ExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", ".."));

    @Test
    void examplesHaveFindingsAndTheirFixedTwinsNone() {
        CliRun bad = CliRun.in(ROOT, "examples");
        assertThat(bad.exitCode()).as(bad.out()).isEqualTo(1);
        assertThat(bad.out()).contains("examples/task-definition.json").contains("CT004 secret-in-environment");
        CliRun good = CliRun.in(ROOT, "examples/good");
        assertThat(good.exitCode()).as(good.out()).isEqualTo(0);
        assertThat(good.out()).contains("no findings");
    }

    @Test
    void sarifOfTheExamplesValidatesAgainstTheOfficialSchema() throws Exception {
        CliRun run = CliRun.in(ROOT, "--format", "sarif", "examples");
        Schema schema;
        try (InputStream in = ExamplesTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        List<Error> errors = schema.validate(run.out(), InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        assertThat(errors).isEmpty();
        JsonNode results = new ObjectMapper().readTree(run.out()).path("runs").path(0).path("results");
        assertThat(results.size()).isGreaterThan(0);
        assertThat(results.get(0).path("locations").path(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).startsWith("examples/");
    }

    @Test
    void jsonReportHasTheDesignedShape() throws Exception {
        JsonNode report = new ObjectMapper().readTree(CliRun.in(ROOT, "--format", "json", "examples").out());
        assertThat(report.path("tool").path("name").asText()).isEqualTo("ecslint");
        assertThat(report.path("summary").fieldNames()).toIterable()
                .containsExactly("files", "findings", "error", "warning", "info", "style");
        JsonNode secret = null;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("ruleId").asText().equals("CT004")) {
                assertThat(finding.path("message").asText()).as("every secret is masked").contains("***");
                if (finding.path("path").asText().equals("examples/task-definition.json")) {
                    secret = finding;
                }
            }
        }
        assertThat(secret).isNotNull();
        assertThat(secret.path("path").asText()).isEqualTo("examples/task-definition.json");
        assertThat(secret.path("pointer").asText()).startsWith("/containerDefinitions/0/environment/");
        assertThat(secret.path("message").asText()).contains("my***").doesNotContain("mypassword123");
    }
}
