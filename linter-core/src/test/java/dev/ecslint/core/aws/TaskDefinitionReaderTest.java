package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ecslint.core.aws.TaskDefinition.Form;
import dev.ecslint.core.engine.ContentClassifier;
import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TaskDefinitionReaderTest {

    private static final String REGISTER = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "1 vCPU",
              "memory": "2 GB",
              "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
              "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1"}}],
              "containerDefinitions": [
                {
                  "name": "app",
                  "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4@sha256:abc",
                  "essential": true,
                  "user": "1000",
                  "privileged": false,
                  "environment": [{"name": "DB_PASSWORD", "value": "mypassword123"}],
                  "secrets": [{"name": "API_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/k"}],
                  "portMappings": [{"containerPort": 80, "hostPort": 80}],
                  "linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["NET_ADMIN"]},
                                      "devices": []},
                  "healthCheck": {"command": ["CMD-SHELL", "curl -f localhost"], "interval": 30},
                  "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web"}},
                  "dependsOn": [{"containerName": "init", "condition": "SUCCESS"}],
                  "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]
                },
                {"name": "init", "image": "busybox", "essential": false, "memory": 64}
              ]
            }
            """;

    private static SubjectReader.Read read(String json) throws ParseProblem {
        return new TaskDefinitionReader().read(LocatedJsonReader.read(json), new SourceFile(null, "t.json", json));
    }

    @Test
    void readsRegisterInputWithLocations() throws ParseProblem {
        SubjectReader.Read read = read(REGISTER);
        TaskDefinition task = (TaskDefinition) read.subjects().get(0);
        assertThat(read.subjects()).hasSize(3);
        assertThat(task.form()).isEqualTo(Form.REGISTER_INPUT);
        assertThat(task.cpu().orElseThrow().value()).isEqualTo(1024);
        assertThat(task.memory().orElseThrow().value()).isEqualTo(2048);
        assertThat(task.isFargate()).isTrue();
        assertThat(task.networkModeIs("awsvpc")).isTrue();
        assertThat(task.volumes().get(0).efs()).isPresent();
        assertThat(read.schemaChecks()).singleElement().satisfies(c -> {
            assertThat(c.schema()).isEqualTo("task-definition");
            assertThat(c.node().pointer()).isEmpty();
        });

        ContainerSpec app = task.containers().get(0);
        assertThat(app.name().orElseThrow().value()).isEqualTo("app");
        assertThat(app.anchor().pointer()).isEqualTo("/containerDefinitions/0/name");
        assertThat(app.image().orElseThrow().value().isPrivateEcr()).isTrue();
        assertThat(app.isEssential()).isTrue();
        assertThat(app.user().orElseThrow().value()).isEqualTo("1000");
        EnvVar env = app.environment().get(0);
        assertThat(env.value().orElseThrow().pointer()).isEqualTo("/containerDefinitions/0/environment/0/value");
        assertThat(env.value().orElseThrow().span().line()).isEqualTo(16);
        assertThat(app.secrets()).hasSize(1);
        assertThat(app.capabilitiesAdd()).extracting(Sourced::value).containsExactly("NET_ADMIN");
        assertThat(app.initProcessEnabled().orElseThrow().value()).isTrue();
        assertThat(app.sets("linuxParameters.devices")).isFalse();
        assertThat(app.sets("privileged")).isFalse();
        assertThat(app.sets("secrets")).isTrue();
        assertThat(app.healthCheck().orElseThrow().interval().orElseThrow().value()).isEqualTo(30);
        assertThat(app.logConfiguration().orElseThrow().driverIs("awslogs")).isTrue();
        assertThat(app.dependsOn().get(0).condition().orElseThrow().value()).isEqualTo("SUCCESS");
        assertThat(app.portMappings().get(0).hostPort().orElseThrow().value()).isEqualTo(80);
        assertThat(app.mountPoints().get(0).sourceVolume().orElseThrow().value()).isEqualTo("data");
        assertThat(app.task().fargate()).isTrue();
        assertThat(app.task().memory().orElseThrow().value()).isEqualTo(2048);

        ContainerSpec init = task.containers().get(1);
        assertThat(init.isEssential()).isFalse();
        assertThat(init.memory().orElseThrow().value()).isEqualTo(64);
        assertThat(init.image().orElseThrow().value().isDockerHub()).isTrue();
    }

    @Test
    void readsDescribeOutputAndValidatesTheInnerObject() throws ParseProblem {
        String json = "{\"taskDefinition\": {\"family\": \"f\", \"revision\": 3, \"status\": \"ACTIVE\","
                + " \"containerDefinitions\": [{\"name\": \"a\", \"image\": \"nginx:1.27\"}]}}";
        SubjectReader.Read read = read(json);
        TaskDefinition task = (TaskDefinition) read.subjects().get(0);
        assertThat(task.form()).isEqualTo(Form.DESCRIBE_OUTPUT);
        assertThat(task.anchor().pointer()).isEqualTo("/taskDefinition/family");
        assertThat(task.containers().get(0).anchor().pointer()).isEqualTo("/taskDefinition/containerDefinitions/0/name");
        assertThat(read.schemaChecks().get(0).node().pointer()).isEqualTo("/taskDefinition");
    }

    @Test
    void readsABareContainerArrayWithoutTaskLevelSettings() throws ParseProblem {
        String json = "[{\"name\": \"a\", \"image\": \"nginx\"}, {\"name\": \"b\", \"image\": \"redis:7\"}]";
        SubjectReader.Read read = read(json);
        TaskDefinition task = (TaskDefinition) read.subjects().get(0);
        assertThat(task.form()).isEqualTo(Form.CONTAINER_ARRAY);
        assertThat(task.hasTaskLevel()).isFalse();
        assertThat(task.containers()).hasSize(2);
        assertThat(task.containers().get(1).task().taskKnown()).isFalse();
        assertThat(read.schemaChecks().get(0).node().pointer()).isEmpty();
    }

    @Test
    void placeholdersAreUnresolvedNotInvalid() throws ParseProblem {
        String json = "{\"family\": \"f\", \"cpu\": \"${CPU}\", \"containerDefinitions\": [{\"name\": \"a\","
                + " \"image\": \"<ACCOUNT_ID>.dkr.ecr.us-east-1.amazonaws.com/app:${TAG}\", \"essential\": \"{{ .Essential }}\"}]}";
        TaskDefinition task = (TaskDefinition) read(json).subjects().get(0);
        assertThat(task.cpu().orElseThrow().unresolved()).isTrue();
        ContainerSpec a = task.containers().get(0);
        assertThat(a.image().orElseThrow().unresolved()).isTrue();
        assertThat(a.essential().orElseThrow().value()).isNull();
        assertThat(a.isEssential()).isTrue();
    }

    @Test
    void readsEveryCorpusTaskDefinitionWithoutException() throws IOException {
        Path dir = Path.of(System.getProperty("ecslint.shared", "../../shared"), "corpus", "taskdefs");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        int parsed = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonValue root;
            try {
                root = LocatedJsonReader.read(text);
            } catch (ParseProblem invalidJson) {
                continue; // E001: the engine reports it; the reader never sees the file
            }
            parsed++;
            assertThatCode(() -> new TaskDefinitionReader().read(root, new SourceFile(file, file.toString(), text)))
                    .as(file.getFileName().toString()).doesNotThrowAnyException();
            assertThat(ContentClassifier.classify(file.getFileName().toString(), root)).as(file.getFileName().toString())
                    .isEqualTo(DocumentKind.TASK_DEFINITION);
        }
        assertThat(parsed).isGreaterThan(50);
    }
}
