package dev.ecslint.core.terraform;

import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.LifecyclePolicyReader;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.engine.SubjectReader.SchemaCheck;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule subjects of a Terraform module: its task definitions (and their containers), services, clusters
 * (joined with the {@code aws_ecs_cluster_capacity_providers} naming them), repositories, repository policies
 * and lifecycle policies, each read from the AWS-shaped object {@link TerraformMapper} makes of it.
 * A resource with {@code count} or {@code for_each} is one subject: its instances share their arguments.
 */
public final class TerraformReader {

    /**
     * @param problems      documents that could not be read (a heredoc holding invalid JSON), each located where
     *                      it fails; the rest of the module is read all the same
     * @param documentFiles the JSON files whose documents the subjects were read from ({@code file(…)})
     */
    public record Read(List<Object> subjects, List<SchemaCheck> schemaChecks, List<ParseProblem> problems,
                       Set<Path> documentFiles) {
        public Read {
            subjects = List.copyOf(subjects);
            schemaChecks = List.copyOf(schemaChecks);
            problems = List.copyOf(problems);
            documentFiles = Set.copyOf(documentFiles);
        }
    }

    private final TerraformModule module;
    private final TerraformValues values;
    private final TerraformMapper mapper;
    private final List<Object> subjects = new ArrayList<>();
    private final List<SchemaCheck> checks = new ArrayList<>();

    private TerraformReader(TerraformModule module) {
        this.module = module;
        this.values = new TerraformValues(module);
        this.mapper = new TerraformMapper(values);
    }

    public static Read read(TerraformModule module) {
        TerraformReader reader = new TerraformReader(module);
        reader.readAll();
        return new Read(reader.subjects, reader.checks, reader.mapper.problems(), reader.values.documentFiles());
    }

    private void readAll() {
        module.resources("aws_ecs_task_definition").forEach(this::taskDefinition);
        module.resources("aws_ecs_service").forEach(this::service);
        clusters();
        module.resources("aws_ecr_repository").forEach(r -> subjects.add(
                new Repository(mapper.map(r, TerraformMapper.REPOSITORY), Repository.Form.CREATE_INPUT)));
        module.resources("aws_ecr_repository_policy").forEach(this::repositoryPolicy);
        module.resources("aws_ecr_lifecycle_policy").forEach(this::lifecyclePolicy);
    }

    private void taskDefinition(HclBlock resource) {
        JsonObject object = mapper.map(resource, TerraformMapper.TASK_DEFINITION);
        TaskDefinition task = TaskDefinitionReader.readTask(object, TaskDefinition.Form.REGISTER_INPUT);
        Optional<JsonValue> containers = object.get("containerDefinitions");
        boolean complete = containers.isPresent() && containers.get() instanceof JsonArray array
                && array.items().stream().allMatch(JsonObject.class::isInstance);
        if (complete) {
            subjects.add(task);
            checks.add(new SchemaCheck(TaskDefinitionReader.SCHEMA, containers.get()));
        } else {
            // some containers are unknown: judge the known ones, but nothing about the task's set of containers
            subjects.add(withoutContainers(task));
        }
        subjects.addAll(task.containers());
    }

    private static TaskDefinition withoutContainers(TaskDefinition t) {
        return new TaskDefinition(t.form(), t.anchor(), t.family(), t.networkMode(), t.requiresCompatibilities(),
                t.cpu(), t.memory(), t.executionRoleArn(), t.taskRoleArn(), t.pidMode(), t.ipcMode(), t.volumes(),
                t.placementConstraints(), List.of(), t.awsTree());
    }

    private void service(HclBlock resource) {
        JsonObject object = mapper.map(resource, TerraformMapper.SERVICE);
        if (ignoredChanges(resource).contains("desired_count") && object.has("desiredCount")) {
            // the count is managed elsewhere (Application Auto Scaling): what is written is not what runs
            Member count = object.members().get("desiredCount");
            object = with(object, new Member(count.key(), count.keySpan(),
                    values.unknown(resource.body().attribute("desired_count").orElseThrow().value(),
                            count.value().pointer())));
        }
        Service service = new Service(object, Service.Form.CREATE_INPUT);
        subjects.add(service);
        service.capacityProviderStrategy().ifPresent(subjects::add);
    }

    /** The arguments {@code lifecycle { ignore_changes = [...] }} names. */
    private static Set<String> ignoredChanges(HclBlock resource) {
        Set<String> names = new java.util.HashSet<>();
        resource.body().block("lifecycle").flatMap(l -> l.body().attribute("ignore_changes")).ifPresent(a -> {
            if (a.value() instanceof HclExpression.Tuple t) {
                for (HclExpression e : t.elements()) {
                    if (e instanceof HclExpression.Variable v) {
                        names.add(v.name());
                    } else if (e instanceof HclExpression.Template s) {
                        s.literal().ifPresent(names::add);
                    }
                }
            } else if (a.value() instanceof HclExpression.Variable all) {
                names.add(all.name()); // ignore_changes = all
            }
        });
        if (names.contains("all")) {
            names.add("desired_count");
        }
        return names;
    }

    private static JsonObject with(JsonObject object, Member replacement) {
        Map<String, Member> members = new LinkedHashMap<>(object.members());
        members.put(replacement.key(), replacement);
        return new JsonObject(object.span(), object.pointer(), members);
    }

    /** Clusters, each joined with the capacity provider resources that name it. */
    private void clusters() {
        Map<String, JsonObject> clusters = new LinkedHashMap<>();
        for (HclBlock cluster : module.resources("aws_ecs_cluster")) {
            clusters.put(cluster.label(1), mapper.map(cluster, TerraformMapper.CLUSTER));
        }
        List<JsonObject> unattached = new ArrayList<>();
        for (HclBlock providers : module.resources("aws_ecs_cluster_capacity_providers")) {
            JsonObject object = mapper.map(providers, TerraformMapper.CLUSTER_CAPACITY_PROVIDERS);
            Set<String> named = providers.body().attribute("cluster_name")
                    .map(a -> values.referencedResources(a.value(), "aws_ecs_cluster")).orElse(Set.of());
            List<String> joined = named.stream().filter(clusters::containsKey).toList();
            if (joined.isEmpty()) {
                unattached.add(object);
            }
            for (String name : joined) {
                JsonObject cluster = clusters.get(name);
                for (String key : List.of("capacityProviders", "defaultCapacityProviderStrategy")) {
                    if (object.members().containsKey(key)) {
                        cluster = with(cluster, object.members().get(key));
                    }
                }
                clusters.put(name, cluster);
            }
        }
        for (JsonObject cluster : clusters.values()) {
            add(new Cluster(cluster, Cluster.Form.CREATE_INPUT));
        }
        for (JsonObject providers : unattached) {
            add(new Cluster(providers, Cluster.Form.CAPACITY_PROVIDERS_INPUT));
        }
    }

    private void add(Cluster cluster) {
        subjects.add(cluster);
        cluster.defaultCapacityProviderStrategy().ifPresent(subjects::add);
    }

    private void lifecyclePolicy(HclBlock resource) {
        document(resource, "policy").ifPresent(policy -> {
            checks.add(new SchemaCheck(LifecyclePolicyReader.SCHEMA, policy));
            if (policy instanceof JsonObject o) {
                subjects.add(LifecyclePolicy.of(o));
            }
        });
    }

    private void repositoryPolicy(HclBlock resource) {
        // the repository as messages name it: by its name when the policy's `repository` is known
        JsonObject named = mapper.map(resource, Shape.of(Shape.value("repository", "repositoryName")));
        document(resource, "policy").ifPresent(policy -> subjects.add(new RepositoryPolicy(policy,
                new Repository(named, Repository.Form.CREATE_INPUT).label())));
    }

    private Optional<JsonValue> document(HclBlock resource, String argument) {
        Optional<HclAttribute> attribute = resource.body().attribute(argument);
        if (attribute.isEmpty()) {
            return Optional.empty();
        }
        JsonObject object = mapper.map(resource, Shape.of(Shape.document(argument, argument)));
        return object.get(argument).filter(v -> !(v instanceof JsonValue.JsonString));
    }
}
