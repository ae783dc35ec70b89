package dev.ecslint.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.TaskContext;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.mapping.ModelView;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeMapperTest {

    @Test
    void aServiceAndTheContainerDefinitionItCorrespondsToGiveTheSameModel() throws ParseProblem {
        String compose = """
                services:
                  web:
                    image: nginx:1.27
                    user: 1000
                    read_only: true
                    privileged: "false"
                    init: true
                    environment:
                      MODE: prod
                      PASSWORD:
                    secrets: [db_password]
                    healthcheck:
                      test: curl -f http://localhost/ || exit 1
                      interval: 1m30s
                    deploy:
                      resources:
                        limits: {memory: 512m, cpus: "0.5"}
                        reservations: {memory: 256M}
                    logging:
                      driver: awslogs
                      options: {awslogs-group: web}
                    cap_add: [NET_BIND_SERVICE]
                    ports: ["8080:80", "443"]
                """;
        String ecs = """
                {"name": "web", "image": "nginx:1.27", "user": "1000", "readonlyRootFilesystem": true,
                 "privileged": false, "environment": [{"name": "MODE", "value": "prod"}, {"name": "PASSWORD"}],
                 "secrets": [{"name": "db_password", "valueFrom": "db_password"}],
                 "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 90},
                 "memory": 512, "memoryReservation": 256, "cpu": 512,
                 "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "web"}},
                 "linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["NET_BIND_SERVICE"]}},
                 "portMappings": [{"containerPort": 80, "hostPort": 8080}, {"containerPort": 443}]}
                """;
        ContainerSpec fromCompose = containers(compose, "compose.yaml").get(0);
        ContainerSpec fromEcs = TaskDefinitionReader.readContainer(LocatedJsonReader.read(ecs).asObject().orElseThrow(),
                TaskContext.COMPOSE_SERVICE);
        Map<String, Object> expected = ModelView.of(fromEcs);
        assertThat(ModelView.of(fromCompose)).isEqualTo(expected);
        assertThat(fromCompose.task().isEcs()).isFalse();
        assertThat(fromCompose.healthCheck().orElseThrow().interval().orElseThrow().value()).isEqualTo(90);
    }

    @Test
    void valuesKeepTheirPlaceAndTheListFormLocatesNameAndValue() throws ParseProblem {
        String compose = """
                services:
                  db:
                    image: postgres:16
                    environment:
                      - POSTGRES_USER=app
                      - "POSTGRES_PASSWORD=s3cret-Value"
                """;
        SourceFile file = new SourceFile(null, "compose.yaml", compose);
        ContainerSpec db = containers(compose, "compose.yaml").get(0);
        var password = db.environment().get(1);
        assertThat(password.name().value()).isEqualTo("POSTGRES_PASSWORD");
        Span value = password.value().orElseThrow().span();
        assertThat(file.lineText(value.line()).substring(value.column() - 1, value.endColumn() - 1))
                .isEqualTo("s3cret-Value");
        assertThat(password.value().orElseThrow().pointer()).isEqualTo("/services/db/environment/1");
        assertThat(db.anchor().pointer()).isEqualTo("/services/db");
        assertThat(db.anchor().span()).isEqualTo(Span.of(2, 3, 2));
    }

    @Test
    void interpolationTakesDefaultsAndLeavesTheRestUnknown() throws ParseProblem {
        List<ContainerSpec> c = containers("""
                services:
                  app:
                    image: nginx:${TAG:-latest}
                    user: ${UID}
                    environment:
                      A: "costs 100$$"
                      B: ${B-fallback}
                      C: ${C:?required}
                """, "compose.yaml");
        ContainerSpec app = c.get(0);
        assertThat(app.image().orElseThrow().value().text()).isEqualTo("nginx:latest");
        assertThat(app.user().orElseThrow().unresolved()).isTrue();
        assertThat(app.environment()).extracting(e -> e.value().orElseThrow().unresolved() ? "?" : e.value().get().value())
                .containsExactly("costs 100$", "fallback", "?");
    }

    @Test
    void anchorsMergeKeysAndExtensionFieldsResolve() throws ParseProblem {
        List<ContainerSpec> c = containers("""
                x-common: &common
                  user: root
                  read_only: true
                services:
                  a:
                    <<: *common
                    image: a:1
                  b:
                    <<: *common
                    image: b:1
                    user: "1000"
                """, "compose.yaml");
        assertThat(c).extracting(x -> x.user().orElseThrow().value()).containsExactly("root", "1000");
        assertThat(c.get(0).user().orElseThrow().span().line()).isEqualTo(2);
        assertThat(c.get(1).readonlyRootFilesystem().orElseThrow().value()).isTrue();
    }

    @Test
    void extendsIsFollowedAndWhatIsInheritedIsSetButJudgedInTheBase(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve("common.yml"), """
                services:
                  base:
                    image: app:latest
                    user: root
                    read_only: true
                """);
        String compose = """
                services:
                  web:
                    extends: {file: common.yml, service: base}
                    environment: {MODE: prod}
                  worker:
                    extends: web
                  lost:
                    extends: {file: missing.yml, service: base}
                    environment: {MODE: prod}
                  escaping:
                    extends: {file: ../outside.yml, service: base}
                """;
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, compose);
        List<ContainerSpec> c = containers(compose, file);
        ContainerSpec web = c.get(0);
        assertThat(web.user().orElseThrow().unresolved()).isTrue();
        assertThat(web.user().orElseThrow().span()).isEqualTo(Span.of(3, 5, 7));
        assertThat(web.readonlyRootFilesystem()).isPresent();
        assertThat(web.image().orElseThrow().unresolved()).isTrue();
        assertThat(c.get(1).user().orElseThrow().unresolved()).isTrue();
        assertThat(c.get(2).user().orElseThrow().unresolved()).as("an extends that cannot be followed is unknown").isTrue();
        assertThat(c.get(3).user()).isPresent();
    }

    @Test
    void aServiceThatBuildsItsImageIsLinkedToItsDockerfile() throws ParseProblem {
        List<ContainerSpec> c = containers("""
                services:
                  api:
                    build: {context: ./api, dockerfile: Dockerfile.prod}
                    image: registry.example.com/api:latest
                  db:
                    image: postgres:16
                """, "compose.yaml");
        assertThat(c.get(0).builtFrom()).isPresent();
        assertThat(c.get(0).image()).as("the image names what is built, it is not pulled").isEmpty();
        assertThat(c.get(1).builtFrom()).isEmpty();
    }

    @Test
    void legacyFilesKeepServicesAtTheTop() throws ParseProblem {
        String legacy = """
                vpn:
                  build: .
                  net: host
                  cap_add: [NET_ADMIN]
                """;
        assertThat(ComposeFiles.recognizes("docker-compose.yml", LocatedYamlReader.read(legacy))).isTrue();
        assertThat(ComposeFiles.recognizes("values.yml", LocatedYamlReader.read(legacy))).isFalse();
        ContainerSpec vpn = containers(legacy, "docker-compose.yml").get(0);
        assertThat(vpn.capabilitiesAdd()).extracting(x -> x.value()).containsExactly("NET_ADMIN");
        Read read = new ComposeMapper().read(LocatedYamlReader.read(legacy), new SourceFile(null, "docker-compose.yml", legacy));
        assertThat(read.naming().nameOf("/vpn/cap_add/0")).isEqualTo("vpn.cap_add[0]");
    }

    private static List<ContainerSpec> containers(String text, String name) throws ParseProblem {
        return containers(new ComposeMapper().read(LocatedYamlReader.read(text), new SourceFile(null, name, text)));
    }

    private static List<ContainerSpec> containers(String text, Path file) throws ParseProblem, IOException {
        return containers(new ComposeMapper().read(LocatedYamlReader.read(text), new SourceFile(file,
                file.getFileName().toString(), text)));
    }

    private static List<ContainerSpec> containers(Read read) {
        return read.subjects().stream().filter(ContainerSpec.class::isInstance).map(ContainerSpec.class::cast).toList();
    }

}
