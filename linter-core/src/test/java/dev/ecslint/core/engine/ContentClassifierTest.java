package dev.ecslint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.ContentClassifier.Syntax;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.yaml.LocatedYamlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentClassifierTest {

    @ParameterizedTest
    @CsvSource({
        "Dockerfile, DOCKERFILE", "Dockerfile.prod, DOCKERFILE", "api.Dockerfile, DOCKERFILE",
        "api.dockerfile, DOCKERFILE", "Containerfile, DOCKERFILE", "task.json, JSON", "template.yaml, YAML",
        "compose.yml, YAML", "stack.template, YAML", "README.md, NONE", "Dockerfile-notes.txt, NONE",
        "dockerfile.md, NONE", "Dockerfile_prod, DOCKERFILE", "Dockerfile-dev, DOCKERFILE",
        "Dockerfile-Compliant.0, DOCKERFILE", "dockerfile, DOCKERFILE", "DOCKERFILE.PROD, DOCKERFILE",
        "Containerfile-arm64, DOCKERFILE", "app.containerfile, DOCKERFILE", "Dockerfile.1809, DOCKERFILE",
        "Dockerfile.dockerignore, NONE", "Dockerfile.j2, NONE", "Dockerfile.template, YAML", "Dockerfiles, NONE",
        "DockerfileParser.java, NONE", "dockerfile-lint.json, JSON", "Dockerfile_test.go, NONE"})
    void syntaxFollowsTheFileName(String name, Syntax syntax) {
        assertThat(ContentClassifier.syntaxOf(name)).isEqualTo(syntax);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"family\": \"web\", \"containerDefinitions\": []}                                  | TASK_DEFINITION",
        "{\"taskDefinition\": {\"containerDefinitions\": [], \"revision\": 3}}                  | TASK_DEFINITION",
        "[{\"name\": \"web\", \"image\": \"nginx:1.27\"}]                                       | TASK_DEFINITION",
        "[{\"name\": \"web\", \"image\": \"nginx:1.27\", \"essential\": true}, {\"image\": \"x\"}] | TASK_DEFINITION",
        "[{\"name\": \"web\", \"image\": \"nginx:1.27\", \"ports\": [{\"containerPort\": 80}]}]   | UNKNOWN",
        "{\"rules\": [{\"rulePriority\": 1, \"selection\": {}, \"action\": {}}]}               | LIFECYCLE_POLICY",
        "{\"repositoryName\": \"web\", \"lifecyclePolicyText\": \"{}\"}                         | LIFECYCLE_POLICY",
        "{\"serviceName\": \"web\", \"cluster\": \"prod\", \"taskDefinition\": \"web:3\"}      | SERVICE",
        "{\"taskDefinition\": \"web:3\", \"desiredCount\": 2}                                  | SERVICE",
        "{\"services\": [{\"serviceName\": \"web\"}]}                                          | SERVICE",
        "{\"repositoryName\": \"web\", \"imageTagMutability\": \"MUTABLE\"}                    | REPOSITORY",
        "{\"cluster\": \"prod\", \"capacityProviders\": [\"FARGATE\"]}                         | CLUSTER",
        "{\"clusterName\": \"prod\"}                                                          | CLUSTER",
        "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}                    | CLOUDFORMATION",
        "{\"name\": \"my-app\", \"version\": \"1.0.0\"}                                       | UNKNOWN",
        "{\"name\": \"a\", \"repository\": {\"type\": \"git\", \"url\": \"u\"}}                        | UNKNOWN",
        "{\"name\": \"a\", \"repository\": \"https://github.com/a/b.git\"}                     | UNKNOWN",
        "{\"repositories\": [{\"type\": \"vcs\", \"url\": \"u\"}], \"require\": {}}             | UNKNOWN",
        "{\"rules\": [{\"action\": \"block\", \"expression\": \"x\"}]}                          | UNKNOWN",
        "{\"rules\": {\"semi\": \"error\"}}                                                | UNKNOWN",
        "{\"cluster\": \"c\", \"taskDefinition\": \"t:1\", \"count\": 1, \"launchType\": \"FARGATE\"} | UNKNOWN",
        "[{\"name\": \"web\", \"imageUri\": \"123.dkr.ecr.us-east-1.amazonaws.com/web:1\"}]      | UNKNOWN",
        "{\"repository\": {\"repositoryArn\": \"arn:aws:ecr:us-east-1:123456789012:repository/web\"}} | REPOSITORY",
        "{\"taskDefinition\": {\"taskDefinitionArn\": \"arn:aws:ecs:us-east-1:1:task-definition/w:1\"}} | TASK_DEFINITION",
        "{\"family\": \"web\", \"ipcMode\": null, \"containerDefinitions\": [{\"name\": \"web\"}]}  | TASK_DEFINITION",
        "[1, 2, 3]                                                                          | UNKNOWN"})
    void jsonKindFollowsTheContentWhateverTheName(String json, DocumentKind kind) throws ParseProblem {
        assertThat(ContentClassifier.classify("anything.json", LocatedJsonReader.read(json))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "services:\\n  web:\\n    image: nginx\\n                               | other.yaml          | COMPOSE",
        "web:\\n  image: nginx\\ndb:\\n  image: postgres\\n                    | docker-compose.yml  | COMPOSE",
        "web:\\n  image: nginx\\n                                              | values.yaml         | UNKNOWN",
        "Resources:\\n  R:\\n    Type: AWS::ECS::Cluster\\n                    | infra.yaml          | CLOUDFORMATION",
        "service:\\n  type: ClusterIP\\n  port: 80\\nreplicaCount: 1\\n       | values.yaml         | UNKNOWN",
        "service:\\n  pipelines:\\n    traces: {}\\nreceivers: {}\\n          | otel.yaml           | UNKNOWN",
        "service: resizer\\nprovider:\\n  name: aws\\nfunctions: {}\\n    | serverless.yml      | UNKNOWN",
        "services:\\n  web:\\n    environment: [A=1]\\n                | compose.override.yaml | COMPOSE",
        "services:\\n  web:\\n    image: x\\njobs: {}\\n                  | ci.yaml             | UNKNOWN",
        "version: 0.0\\nResources:\\n  - S:\\n      Type: AWS::ECS::Service\\n | appspec.yaml | UNKNOWN"})
    void yamlKindFollowsTheContent(String yaml, String name, DocumentKind kind) throws ParseProblem {
        assertThat(ContentClassifier.classify(name, LocatedYamlReader.read(yaml.replace("\\n", "\n")))).isEqualTo(kind);
    }
}
