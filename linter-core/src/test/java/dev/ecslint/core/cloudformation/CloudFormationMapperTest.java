package dev.ecslint.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.mapping.ModelView;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CloudFormationMapperTest {

    private static final String API_JSON = """
            {"family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256",
             "memory": "512", "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
             "volumes": [{"name": "data", "efsVolumeConfiguration": {"fileSystemId": "fs-1", "transitEncryption": "ENABLED"}}],
             "containerDefinitions": [{"name": "app", "image": "nginx:1.27", "user": "1000", "essential": true,
               "readonlyRootFilesystem": true, "environment": [{"name": "MODE", "value": "prod"}],
               "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}],
               "portMappings": [{"containerPort": 80}],
               "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]},
               "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "web", "awslogs-region": "us-east-1"}},
               "linuxParameters": {"initProcessEnabled": true, "capabilities": {"add": ["NET_BIND_SERVICE"]}}}]}
            """;

    private static final String TEMPLATE_YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              TaskDef:
                Type: AWS::ECS::TaskDefinition
                Properties:
                  Family: web
                  NetworkMode: awsvpc
                  RequiresCompatibilities: [FARGATE]
                  Cpu: 256
                  Memory: "512"
                  ExecutionRoleArn: arn:aws:iam::123456789012:role/exec
                  Volumes:
                    - Name: data
                      EFSVolumeConfiguration: {FilesystemId: fs-1, TransitEncryption: ENABLED}
                  ContainerDefinitions:
                    - Name: app
                      Image: nginx:1.27
                      User: "1000"
                      Essential: true
                      ReadonlyRootFilesystem: "true"
                      Environment:
                        - {Name: MODE, Value: prod}
                      Secrets:
                        - {Name: DB_PASSWORD, ValueFrom: arn:aws:ssm:us-east-1:123456789012:parameter/db}
                      PortMappings:
                        - ContainerPort: 80
                      HealthCheck:
                        Command: [CMD-SHELL, "curl -f http://localhost/ || exit 1"]
                      LogConfiguration:
                        LogDriver: awslogs
                        Options: {awslogs-group: web, awslogs-region: us-east-1}
                      LinuxParameters:
                        InitProcessEnabled: true
                        Capabilities: {Add: [NET_BIND_SERVICE]}
            """;

    private static final String TEMPLATE_JSON = """
            {"Resources": {"TaskDef": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
              "Family": "web", "NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "256",
              "Memory": 512, "ExecutionRoleArn": "arn:aws:iam::123456789012:role/exec",
              "Volumes": [{"Name": "data", "EFSVolumeConfiguration": {"FilesystemId": "fs-1", "TransitEncryption": "ENABLED"}}],
              "ContainerDefinitions": [{"Name": "app", "Image": "nginx:1.27", "User": "1000", "Essential": "true",
                "ReadonlyRootFilesystem": true, "Environment": [{"Name": "MODE", "Value": "prod"}],
                "Secrets": [{"Name": "DB_PASSWORD", "ValueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db"}],
                "PortMappings": [{"ContainerPort": 80}],
                "HealthCheck": {"Command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]},
                "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": "web", "awslogs-region": "us-east-1"}},
                "LinuxParameters": {"InitProcessEnabled": true, "Capabilities": {"Add": ["NET_BIND_SERVICE"]}}}]}}}}
            """;

    @Test
    void oneTaskWrittenAsApiJsonAndAsTemplatesGivesTheSameModel() throws ParseProblem {
        TaskDefinition api = (TaskDefinition) new TaskDefinitionReader().read(LocatedJsonReader.read(API_JSON),
                file("task.json", API_JSON)).subjects().get(0);
        TaskDefinition yaml = task(yaml(TEMPLATE_YAML));
        TaskDefinition json = task(json(TEMPLATE_JSON));
        assertThat(ModelView.of(yaml)).isEqualTo(ModelView.of(api));
        assertThat(ModelView.of(json)).isEqualTo(ModelView.of(api));
        assertThat(ModelView.of(api).toString()).contains("NET_BIND_SERVICE", "awslogs-group", "fs-1".replace("fs-1", "data"));
    }

    @Test
    void mappedValuesKeepTheirPlaceInTheTemplate() throws ParseProblem {
        ContainerSpec app = task(yaml(TEMPLATE_YAML)).containers().get(0);
        assertThat(app.user().orElseThrow().pointer())
                .isEqualTo("/Resources/TaskDef/Properties/ContainerDefinitions/0/User");
        assertThat(app.user().orElseThrow().span()).isEqualTo(Span.of(18, 17, 6));
        assertThat(app.at("readonlyRootFilesystem").pointer())
                .isEqualTo("/Resources/TaskDef/Properties/ContainerDefinitions/0/ReadonlyRootFilesystem");
    }

    @Test
    void findingsNameThePlaceAsTheTemplateSpellsIt() throws ParseProblem {
        String cdk = """
                {"Resources": {"TaskDef54694570": {"Type": "AWS::ECS::TaskDefinition",
                  "Metadata": {"aws:cdk:path": "ApiStack/Service/TaskDef/Resource"},
                  "Properties": {"ContainerDefinitions": [{"Name": "app", "Environment": [{"Name": "A", "Value": "b"}]}]}}}}
                """;
        Read read = json(cdk);
        assertThat(read.naming().nameOf("/Resources/TaskDef54694570/Properties/ContainerDefinitions/0/Environment/0/Value"))
                .isEqualTo("TaskDef54694570.Properties.ContainerDefinitions[0].Environment[0].Value (ApiStack/Service/TaskDef)");
        Read yaml = yaml(TEMPLATE_YAML);
        assertThat(yaml.naming().nameOf("/Resources/TaskDef/Properties/ContainerDefinitions/0/LogConfiguration/Options/awslogs-group"))
                .isEqualTo("TaskDef.Properties.ContainerDefinitions[0].LogConfiguration.Options.awslogs-group");
    }

    @Test
    void intrinsicsAreUnknownAndLiteralSubAndJoinAreLiterals() throws ParseProblem {
        ContainerSpec c = task(yaml("""
                Resources:
                  TaskDef:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          Image: !Sub "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:latest"
                          User: !Join ["", ["ro", "ot"]]
                          Environment:
                            - {Name: A, Value: !Ref Secret}
                            - {Name: B, Value: !Sub "plain ${!Literal}"}
                """)).containers().get(0);
        assertThat(c.image().orElseThrow().unresolved()).isTrue();
        assertThat(c.image().orElseThrow().value()).isNull();
        assertThat(c.user().orElseThrow().value()).isEqualTo("root");
        assertThat(c.environment().get(0).value().orElseThrow().unresolved()).isTrue();
        assertThat(c.environment().get(1).value().orElseThrow().value()).isEqualTo("plain ${Literal}");
    }

    @Test
    void aConditionalResourceIsReadOncePerBranchAndNoValueRemovesTheProperty() throws ParseProblem {
        Read read = yaml("""
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                Resources:
                  TaskDef:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      ContainerDefinitions:
                        - Name: app
                          User: !If [IsProd, "1000", root]
                          HealthCheck: !If [IsProd, {Command: [CMD, true]}, !Ref AWS::NoValue]
                """);
        assertThat(read.alternatives()).hasSize(1);
        var variants = read.alternatives().get(0).variants();
        assertThat(variants).hasSize(2);
        ContainerSpec prod = (ContainerSpec) variants.get(0).subjects().get(1);
        ContainerSpec dev = (ContainerSpec) variants.get(1).subjects().get(1);
        assertThat(prod.user().orElseThrow().value()).isEqualTo("1000");
        assertThat(prod.healthCheck()).isPresent();
        assertThat(dev.user().orElseThrow().value()).isEqualTo("root");
        assertThat(dev.healthCheck()).isEmpty();
        String devPointer = dev.user().orElseThrow().pointer();
        assertThat(devPointer).isEqualTo("/Resources/TaskDef/Properties/ContainerDefinitions/0/User/2");
        assertThat(variants.get(1).sharedPointer().apply(devPointer))
                .isEqualTo(variants.get(0).sharedPointer().apply(prod.user().orElseThrow().pointer()))
                .isEqualTo("/Resources/TaskDef/Properties/ContainerDefinitions/0/User");
    }

    @Test
    void lifecyclePolicyTextIsReadFromAStringASubWithVariablesOrAJoinWithFindingsInsideTheTemplate()
            throws ParseProblem {
        String yaml = """
                Resources:
                  Repo:
                    Type: AWS::ECR::Repository
                    Properties:
                      LifecyclePolicy:
                        LifecyclePolicyText: !Sub |
                          {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any",
                            "countType": "sinceImagePushed", "countUnit": "days", "countNumber": ${Days}},
                            "action": {"type": "expire"}}]}
                  Other:
                    Type: AWS::ECR::Repository
                    Properties:
                      LifecyclePolicy:
                        LifecyclePolicyText: !Join ["", ['{"rules": [{"rulePriority": ', !Ref P, ', "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}}]}']]
                """;
        SourceFile file = file("template.yaml", yaml);
        Read read = new CloudFormationMapper().read(LocatedYamlReader.read(yaml), file);
        List<LifecyclePolicy> policies = subjects(read).filter(LifecyclePolicy.class::isInstance)
                .map(LifecyclePolicy.class::cast).toList();
        assertThat(policies).hasSize(2);
        JsonValue tagStatus = policies.get(0).rules().get(0).value("selection/tagStatus").orElseThrow();
        assertThat(slice(file, tagStatus.span())).isEqualTo("\"any\"");
        assertThat(tagStatus.pointer())
                .isEqualTo("/Resources/Repo/Properties/LifecyclePolicy/LifecyclePolicyText/rules/0/selection/tagStatus");
        assertThat(policies.get(0).rules().get(0).countNumber()).isEmpty();
        JsonValue countType = policies.get(1).rules().get(0).value("selection/countType").orElseThrow();
        assertThat(slice(file, countType.span())).isEqualTo("\"imageCountMoreThan\"");
        assertThat(policies.get(1).rules().get(0).priority()).isEmpty();
        assertThat(subjects(read).filter(Repository.class::isInstance).map(Repository.class::cast))
                .allMatch(Repository::declaresLifecyclePolicy);
    }

    @Test
    void anInvalidLiteralPolicyIsAProblemOfItsOwnAndTheRestIsRead() throws ParseProblem {
        String yaml = """
                Resources:
                  Repo:
                    Type: AWS::ECR::Repository
                    Properties:
                      LifecyclePolicy:
                        LifecyclePolicyText: '{"rules": [}'
                      RepositoryPolicyText:
                        Version: "2012-10-17"
                        Statement: [{Effect: Allow, Principal: "*", Action: "ecr:*"}]
                """;
        Read read = new CloudFormationMapper().read(LocatedYamlReader.read(yaml), file("t.yaml", yaml));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.span().line()).isEqualTo(6);
            assertThat(p.span().column()).isGreaterThan(30);
        });
        assertThat(subjects(read).filter(RepositoryPolicy.class::isInstance)).hasSize(1);
    }

    @Test
    void subnetsAreFollowedToTheirZones() throws ParseProblem {
        Read read = yaml("""
                Resources:
                  A:
                    Type: AWS::EC2::Subnet
                    Properties: {AvailabilityZone: !Select [0, !GetAZs ""]}
                  B:
                    Type: AWS::EC2::Subnet
                    Properties: {AvailabilityZone: !Select [0, !GetAZs {Ref: "AWS::Region"}]}
                  C:
                    Type: AWS::EC2::Subnet
                    Properties: {AvailabilityZone: us-east-1b}
                  Service:
                    Type: AWS::ECS::Service
                    Properties:
                      NetworkConfiguration:
                        AwsvpcConfiguration:
                          Subnets: [!Ref A, !Ref B, !Ref C, !Ref SubnetParameter]
                """);
        Service service = subjects(read).filter(Service.class::isInstance).map(Service.class::cast).findFirst()
                .orElseThrow();
        List<JsonValue> subnets = service.subnets();
        assertThat(service.zoneOf(subnets.get(0))).isEqualTo(service.zoneOf(subnets.get(1)))
                .contains("!Select [0, !GetAZs '']");
        assertThat(service.zoneOf(subnets.get(2))).contains("us-east-1b");
        assertThat(service.zoneOf(subnets.get(3))).isEmpty();
    }

    @Test
    void capacityProviderAssociationsJoinTheirCluster() throws ParseProblem {
        Read read = yaml("""
                Resources:
                  Cluster:
                    Type: AWS::ECS::Cluster
                  Providers:
                    Type: AWS::ECS::ClusterCapacityProviderAssociations
                    Properties:
                      Cluster: !Ref Cluster
                      CapacityProviders: [FARGATE_SPOT]
                      DefaultCapacityProviderStrategy: [{CapacityProvider: FARGATE_SPOT, Weight: 1}]
                """);
        var cluster = subjects(read).filter(dev.ecslint.core.aws.Cluster.class::isInstance)
                .map(dev.ecslint.core.aws.Cluster.class::cast).toList();
        assertThat(cluster).singleElement().satisfies(c -> {
            assertThat(c.defaultCapacityProviderStrategy()).isPresent();
            assertThat(c.anchor().span().line()).isEqualTo(2);
        });
    }

    @Test
    void metadataDeclaresSuppressions() throws ParseProblem {
        Read read = yaml("""
                Resources:
                  TaskDef:
                    Type: AWS::ECS::TaskDefinition
                    Metadata:
                      ecslint:
                        ignore: [{id: CT004, reason: rotated daily}, CT003]
                      checkov:
                        skip: [{id: CKV_AWS_97, comment: not a secret}]
                """);
        assertThat(read.suppressions()).extracting(s -> s.rules().iterator().next() + " " + s.reason())
                .containsExactly("CT004 rotated daily", "CT003 ", "CKV_AWS_97 not a secret");
        assertThat(read.suppressions().get(0).covers("/Resources/TaskDef/Properties/X")).isTrue();
        assertThat(read.suppressions().get(0).covers("/Resources/TaskDef2")).isFalse();
    }

    private static Stream<Object> subjects(Read read) {
        Stream<Object> plain = read.subjects().stream();
        Stream<Object> variants = read.alternatives().stream().flatMap(a -> a.variants().get(0).subjects().stream());
        return Stream.concat(plain, variants);
    }

    private static TaskDefinition task(Read read) {
        return subjects(read).filter(TaskDefinition.class::isInstance).map(TaskDefinition.class::cast).findFirst()
                .orElseThrow();
    }

    private static Read yaml(String text) throws ParseProblem {
        return new CloudFormationMapper().read(LocatedYamlReader.read(text), file("template.yaml", text));
    }

    private static Read json(String text) throws ParseProblem {
        return new CloudFormationMapper().read(LocatedJsonReader.read(text), file("template.json", text));
    }

    private static SourceFile file(String name, String text) {
        return new SourceFile(null, name, text);
    }

    private static String slice(SourceFile file, Span span) {
        return file.lineText(span.line()).substring(span.column() - 1, span.endColumn() - 1);
    }
}
