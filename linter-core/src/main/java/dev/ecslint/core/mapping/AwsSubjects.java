package dev.ecslint.core.mapping;

import dev.ecslint.core.aws.ClusterReader;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyReader;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.aws.RepositoryReader;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.aws.ServiceReader;
import dev.ecslint.core.aws.SubnetZones;
import dev.ecslint.core.aws.TaskContext;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.engine.SubjectReader.SchemaCheck;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule subjects of API-shaped trees a mapper made ({@link AwsTree}), read by the same readers as AWS
 * JSON documents, with the schema checks that go with them. Infrastructure code converts scalars as
 * CloudFormation does ({@code "256"} is a number), so its schema checks do not report what the conversion
 * fixes.
 */
public final class AwsSubjects {

    /** Subjects and schema checks of one mapped resource. */
    public record Part(List<Object> subjects, List<SchemaCheck> schemaChecks) {
        public Part {
            subjects = List.copyOf(subjects);
            schemaChecks = List.copyOf(schemaChecks);
        }

        static Part of(List<Object> subjects, SchemaCheck check) {
            return new Part(subjects, check == null ? List.of() : List.of(check));
        }
    }

    private AwsSubjects() {
    }

    /**
     * A declared task definition (register input's shape): the task and its containers; {@code builtFrom} says,
     * for a container definition, where the document says its image is built from a Dockerfile of the project.
     */
    public static Part taskDefinition(JsonObject api, Function<JsonObject, Optional<Located>> builtFrom) {
        TaskDefinition task = TaskDefinitionReader.readTask(api, TaskDefinition.Form.DECLARATION, builtFrom);
        List<Object> subjects = new ArrayList<>();
        subjects.add(task);
        subjects.addAll(task.containers());
        return Part.of(subjects, new SchemaCheck(TaskDefinitionReader.SCHEMA, api, true));
    }

    /**
     * A container that is not part of a declared task (a compose service), in a context of its own, its image
     * built from a Dockerfile when {@code builtFrom} says where the document says so.
     */
    public static Part container(JsonObject containerDefinition, TaskContext context,
                                 Optional<Located> builtFrom) {
        ContainerSpec container = TaskDefinitionReader.readContainer(containerDefinition, context, builtFrom);
        return Part.of(List.of(container), null);
    }

    /** A declared service (create-service input's shape) and its capacity provider strategy. */
    public static Part service(JsonObject api, SubnetZones zones) {
        Service service = new Service(api, Service.Form.CREATE_INPUT, zones);
        List<Object> subjects = new ArrayList<>();
        subjects.add(service);
        service.capacityProviderStrategy().ifPresent(subjects::add);
        return Part.of(subjects, new SchemaCheck(ServiceReader.SCHEMA, api, true));
    }

    /** A declared cluster (create-cluster input's shape, capacity providers joined) and its default strategy. */
    public static Part cluster(JsonObject api) {
        Cluster cluster = new Cluster(api, Cluster.Form.CREATE_INPUT);
        List<Object> subjects = new ArrayList<>();
        subjects.add(cluster);
        cluster.defaultCapacityProviderStrategy().ifPresent(subjects::add);
        return Part.of(subjects, new SchemaCheck(ClusterReader.SCHEMA, api, true));
    }

    /**
     * Capacity providers declared for a cluster created elsewhere (put-cluster-capacity-providers input's
     * shape: {@code cluster}, {@code capacityProviders}, {@code defaultCapacityProviderStrategy}).
     */
    public static Part clusterCapacityProviders(JsonObject api) {
        Cluster cluster = new Cluster(api, Cluster.Form.CAPACITY_PROVIDERS_INPUT);
        List<Object> subjects = new ArrayList<>();
        subjects.add(cluster);
        cluster.defaultCapacityProviderStrategy().ifPresent(subjects::add);
        return Part.of(subjects, new SchemaCheck(ClusterReader.SCHEMA, api, true));
    }

    /** A declared repository (create-repository input's shape) with what its declaration adds. */
    public static Part repository(JsonObject api, Repository.Declaration declaration) {
        Repository repository = new Repository(api, Repository.Form.DECLARATION, Optional.of(declaration));
        return Part.of(List.of(repository), new SchemaCheck(RepositoryReader.SCHEMA, api, true));
    }

    /**
     * A lifecycle policy as ECR reads it (JSON, never converted): an object, parsed from a policy text or
     * written as one. Anything else is left to the schema check.
     */
    public static Part lifecyclePolicy(JsonValue policy) {
        SchemaCheck check = new SchemaCheck(LifecyclePolicyReader.SCHEMA, policy);
        if (policy instanceof JsonObject o) {
            return Part.of(List.of(LifecyclePolicy.of(o)), check);
        }
        return Part.of(List.of(), check);
    }

    /** A repository policy document (IAM JSON), for a repository named {@code repositoryLabel} in messages. */
    public static Part repositoryPolicy(JsonValue document, dev.ecslint.core.i18n.Message repositoryLabel) {
        return Part.of(List.of(new RepositoryPolicy(document, repositoryLabel)), null);
    }
}
