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
        "dockerfile.md, NONE"})
    void syntaxFollowsTheFileName(String name, Syntax syntax) {
        assertThat(ContentClassifier.syntaxOf(name)).isEqualTo(syntax);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"family\": \"web\", \"containerDefinitions\": []}                                  | TASK_DEFINITION",
        "{\"taskDefinition\": {\"containerDefinitions\": [], \"revision\": 3}}                  | TASK_DEFINITION",
        "[{\"name\": \"web\", \"image\": \"nginx:1.27\"}]                                       | TASK_DEFINITION",
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
        "[1, 2, 3]                                                                          | UNKNOWN"})
    void jsonKindFollowsTheContentWhateverTheName(String json, DocumentKind kind) throws ParseProblem {
        assertThat(ContentClassifier.classify("anything.json", LocatedJsonReader.read(json))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "services:\\n  web:\\n    image: nginx\\n                               | other.yaml          | COMPOSE",
        "web:\\n  image: nginx\\ndb:\\n  image: postgres\\n                    | docker-compose.yml  | COMPOSE",
        "web:\\n  image: nginx\\n                                              | values.yaml         | UNKNOWN",
        "Resources:\\n  R:\\n    Type: AWS::ECS::Cluster\\n                    | infra.yaml          | CLOUDFORMATION"})
    void yamlKindFollowsTheContent(String yaml, String name, DocumentKind kind) throws ParseProblem {
        assertThat(ContentClassifier.classify(name, LocatedYamlReader.read(yaml.replace("\\n", "\n")))).isEqualTo(kind);
    }
}
