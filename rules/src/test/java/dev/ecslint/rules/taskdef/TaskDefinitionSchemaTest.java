package dev.ecslint.rules.taskdef;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The task definition schema accepts what AWS accepts and rejects, at the right pointer, what it rejects. */
class TaskDefinitionSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void compile() {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:schemas/task-definition.schema.json"));
    }

    private static List<Error> validate(String json) throws IOException {
        return schema.validate(JSON.readTree(json));
    }

    @Test
    void acceptsAMinimalFargateTaskDefinition() throws IOException {
        assertThat(validate("""
                {"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
                 "cpu": "256", "memory": 512,
                 "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "essential": true,
                   "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
                   "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "g"}}}]}
                """)).isEmpty();
    }

    @Test
    void acceptsTheReadOnlyFieldsOfDescribeOutput() throws IOException {
        assertThat(validate("""
                {"family": "web", "taskDefinitionArn": "arn:aws:ecs:us-east-1:1:task-definition/web:3", "revision": 3,
                 "status": "ACTIVE", "compatibilities": ["EC2", "FARGATE"], "requiresAttributes": [{"name": "x"}],
                 "registeredAt": "2024-06-21T11:15:12.669000-05:00", "registeredBy": "arn:aws:sts::1:assumed-role/x",
                 "containerDefinitions": [{"name": "app", "image": "nginx:1.27"}]}
                """)).isEmpty();
    }

    @Test
    void reportsAStringPortAtTheValue() throws IOException {
        List<Error> errors = validate("""
                {"family": "web", "containerDefinitions": [{"name": "app", "image": "nginx:1.27",
                   "portMappings": [{"containerPort": "80"}]}]}
                """);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getInstanceLocation().toString()).isEqualTo("/containerDefinitions/0/portMappings/0/containerPort");
            assertThat(e.getKeyword()).isEqualTo("type");
        });
    }

    @Test
    void reportsEnumsRequiredFieldsAndUnknownProperties() throws IOException {
        List<Error> errors = validate("""
                {"family": "web", "networkMode": "vpc", "containerDefinitions": [{"name": "app",
                   "logConfiguration": {"logDriver": "cloudwatch"},
                   "dependsOn": [{"containerName": "db", "condition": "READY"}], "imageTag": "1"}]}
                """);
        assertThat(errors).extracting(Error::getKeyword)
                .containsExactlyInAnyOrder("enum", "required", "enum", "enum", "additionalProperties");
    }

    @Test
    void validatesABareArrayOfContainerDefinitions() throws IOException {
        assertThat(validate("[{\"name\": \"a\", \"image\": \"nginx:1\"}]")).isEmpty();
        assertThat(validate("[{\"name\": \"a\", \"image\": \"nginx:1\", \"memory\": \"512\"}]"))
                .extracting(e -> e.getInstanceLocation().toString()).containsExactly("/0/memory");
    }

    /** Counts what the schema says about the real-world corpus; printed for the report, asserted loosely. */
    @Test
    void corpusViolationsAreRealMistakes() throws IOException {
        Path dir = Path.of(System.getProperty("ecslint.shared", "../../shared"), "corpus", "taskdefs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        Map<String, Integer> byMessage = new TreeMap<>();
        int valid = 0;
        int parsed = 0;
        for (Path file : files) {
            JsonNode root;
            try {
                root = JSON.readTree(file.toFile());
            } catch (IOException invalidJson) {
                continue;
            }
            parsed++;
            JsonNode task = root.has("taskDefinition") ? root.get("taskDefinition") : root;
            List<Error> errors = schema.validate(task);
            if (errors.isEmpty()) {
                valid++;
            }
            for (Error e : errors) {
                byMessage.merge(file.getFileName().toString().substring(0, 4) + " " + e.getInstanceLocation() + " "
                        + e.getMessage(), 1, Integer::sum);
            }
        }
        System.out.printf("task-definition schema: %d of %d parseable corpus files valid%n", valid, parsed);
        byMessage.forEach((k, v) -> System.out.println("  " + k));
        assertThat(valid).isGreaterThan(parsed / 2);
    }
}
