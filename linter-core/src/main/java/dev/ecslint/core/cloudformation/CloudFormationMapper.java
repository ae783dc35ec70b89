package dev.ecslint.core.cloudformation;

import dev.ecslint.core.aws.CapacityProviderStrategy;
import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.mapping.AwsSubjects;
import dev.ecslint.core.mapping.AwsTree;
import dev.ecslint.core.mapping.KeyMapping;
import dev.ecslint.core.mapping.MappedRead;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Maps the ECS and ECR resources of a CloudFormation template into the API-shaped trees the AWS readers
 * read: {@code AWS::ECS::TaskDefinition} (register input), {@code AWS::ECS::Service} (create-service input,
 * subnets followed to the template's {@code AWS::EC2::Subnet}s), {@code AWS::ECS::Cluster} joined with the
 * {@code AWS::ECS::ClusterCapacityProviderAssociations} that name it, {@code AWS::ECR::Repository} and
 * {@code AWS::ECR::PublicRepository} with their lifecycle policy and repository policy texts. A resource
 * whose properties test conditions ({@code Fn::If}) is read once per combination of them: a finding counts
 * only when every combination has it.
 */
public final class CloudFormationMapper implements SubjectReader {

    static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";
    static final String SERVICE = "AWS::ECS::Service";
    static final String CLUSTER = "AWS::ECS::Cluster";
    static final String CAPACITY_PROVIDERS = "AWS::ECS::ClusterCapacityProviderAssociations";
    static final String REPOSITORY = "AWS::ECR::Repository";
    static final String PUBLIC_REPOSITORY = "AWS::ECR::PublicRepository";

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(TaskDefinition.class, ContainerSpec.class, Service.class,
                CapacityProviderStrategy.class, Cluster.class, Repository.class, LifecyclePolicy.class,
                RepositoryPolicy.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) {
        Template template = Template.of(root);
        MappedRead read = new MappedRead().naming(new CloudFormationNaming(template));
        Map<String, List<JsonObject>> associations = capacityProviderAssociations(template, read);
        for (Template.Resource resource : template.resources().values()) {
            ResourceMetadata.suppressions(resource).forEach(read::suppress);
            switch (resource.type()) {
                case TASK_DEFINITION:
                    variants(resource, read, (props, ev) -> AwsSubjects.taskDefinition(
                            api(props, ResourceKeys.TASK_DEFINITION), CdkOutput::assetImage));
                    break;
                case SERVICE:
                    TemplateSubnetZones zones = new TemplateSubnetZones(template);
                    variants(resource, read, (props, ev) -> AwsSubjects.service(api(props, ResourceKeys.SERVICE), zones));
                    break;
                case CLUSTER:
                    List<JsonObject> joined = associations.getOrDefault(resource.logicalId(), List.of());
                    variants(resource, read, (props, ev) -> AwsSubjects.cluster(
                            withCapacityProviders(api(props, ResourceKeys.CLUSTER), joined)));
                    break;
                case REPOSITORY:
                case PUBLIC_REPOSITORY:
                    variants(resource, read, (props, ev) -> repository(resource, props, source, read));
                    break;
                default:
                    break;
            }
        }
        return read.build();
    }

    /** Maps one resource's properties, once per variant of the conditions they test. */
    private static void variants(Template.Resource resource, MappedRead read, PartOf part) {
        JsonValue properties = resource.properties()
                .orElseGet(() -> new JsonObject(resource.idSpan(), resource.pointer(), Map.of()));
        List<AwsSubjects.Part> parts = new ArrayList<>();
        List<UnaryOperator<String>> shared = new ArrayList<>();
        for (Evaluation evaluation : Evaluation.variants(properties)) {
            Optional<JsonObject> chosen = evaluation.choose(properties).flatMap(JsonValue::asObject);
            if (chosen.isEmpty()) {
                continue; // the properties themselves are an expression: unknown
            }
            parts.add(part.of(chosen.get(), evaluation));
            shared.add(evaluation::sharedPointer);
        }
        if (!parts.isEmpty()) {
            read.addVariants(parts, shared);
        }
    }

    @FunctionalInterface
    private interface PartOf {
        AwsSubjects.Part of(JsonObject chosenProperties, Evaluation evaluation);
    }

    private static JsonObject api(JsonObject properties, KeyMapping keys) {
        return (JsonObject) AwsTree.map(Evaluation.literals(properties), keys);
    }

    private static AwsSubjects.Part repository(Template.Resource resource, JsonObject props, SourceFile source,
                                               MappedRead read) {
        boolean isPublic = resource.type().equals(PUBLIC_REPOSITORY);
        JsonObject api = api(props, isPublic ? ResourceKeys.PUBLIC_REPOSITORY : ResourceKeys.REPOSITORY);
        Optional<JsonValue> lifecycle = props.get("LifecyclePolicy");
        List<Object> subjects = new ArrayList<>();
        List<SchemaCheck> checks = new ArrayList<>();
        AwsSubjects.Part repository = AwsSubjects.repository(api, new Repository.Declaration(isPublic,
                lifecycle.map(v -> (Located) v)));
        subjects.addAll(repository.subjects());
        checks.addAll(repository.schemaChecks());
        Optional<JsonValue> policy = lifecycle.flatMap(JsonValue::asObject).flatMap(l -> l.get("LifecyclePolicyText"))
                .flatMap(text -> policyDocument(text, source, read));
        policy.ifPresent(p -> {
            AwsSubjects.Part part = AwsSubjects.lifecyclePolicy(p);
            subjects.addAll(part.subjects());
            checks.addAll(part.schemaChecks());
        });
        var label = ((Repository) repository.subjects().get(0)).label();
        props.get("RepositoryPolicyText").flatMap(text -> policyDocument(text, source, read))
                .ifPresent(d -> subjects.addAll(AwsSubjects.repositoryPolicy(d, label).subjects()));
        return new AwsSubjects.Part(subjects, checks);
    }

    /** The document a policy property holds; an invalid one is a problem of its own, the rest is read. */
    private static Optional<JsonValue> policyDocument(JsonValue text, SourceFile source, MappedRead read) {
        try {
            return PolicyText.read(text, source);
        } catch (ParseProblem e) {
            read.problem(e);
            return Optional.empty();
        }
    }

    /**
     * The capacity provider associations of the template, by the logical id of the cluster resource they
     * name; one that names a cluster created elsewhere is a subject of its own.
     */
    private static Map<String, List<JsonObject>> capacityProviderAssociations(Template template, MappedRead read) {
        Map<String, List<JsonObject>> byCluster = new LinkedHashMap<>();
        for (Template.Resource resource : template.resources().values()) {
            if (!resource.type().equals(CAPACITY_PROVIDERS)) {
                continue;
            }
            Optional<JsonObject> props = resource.properties()
                    .flatMap(p -> Evaluation.none().choose(p)).flatMap(JsonValue::asObject);
            if (props.isEmpty()) {
                continue;
            }
            Optional<Template.Resource> cluster = props.get().get("Cluster").flatMap(template::referenced)
                    .filter(r -> r.type().equals(CLUSTER));
            if (cluster.isPresent()) {
                byCluster.computeIfAbsent(cluster.get().logicalId(), k -> new ArrayList<>()).add(props.get());
            } else {
                read.add(AwsSubjects.clusterCapacityProviders(api(props.get(), ResourceKeys.CAPACITY_PROVIDERS)));
            }
        }
        return byCluster;
    }

    /** A cluster with the capacity providers and default strategy its associations give it. */
    private static JsonObject withCapacityProviders(JsonObject cluster, List<JsonObject> associations) {
        if (associations.isEmpty()) {
            return cluster;
        }
        Map<String, Member> members = new LinkedHashMap<>(cluster.members());
        for (JsonObject association : associations) {
            JsonObject api = api(association, ResourceKeys.CAPACITY_PROVIDERS);
            for (String key : List.of("capacityProviders", "defaultCapacityProviderStrategy")) {
                Member m = api.members().get(key);
                if (m != null) {
                    members.putIfAbsent(key, m);
                }
            }
        }
        return new JsonObject(cluster.span(), cluster.pointer(), members);
    }
}
