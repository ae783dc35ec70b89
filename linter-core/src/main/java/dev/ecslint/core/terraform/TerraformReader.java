package dev.ecslint.core.terraform;

import dev.ecslint.core.aws.CapacityProviderStrategy;
import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.RepositoryPolicy;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.engine.SubjectReader.SchemaCheck;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.mapping.AwsSubjects;
import dev.ecslint.core.mapping.MappedRead;
import dev.ecslint.core.model.Located;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule subjects of a Terraform module, read like every other source's: {@link TerraformMapper} makes the
 * AWS-API-shaped located tree of each resource and {@link AwsSubjects} reads it with the AWS readers — task
 * definitions (and their containers), services (subnets followed to the module's {@code aws_subnet}s), clusters
 * (joined with the {@code aws_ecs_cluster_capacity_providers} naming them), repositories (joined with the
 * {@code aws_ecr_lifecycle_policy} that names them), repository policies and lifecycle policies. Findings name
 * the resource address and argument path ({@link TerraformNaming}). A resource with {@code count} or
 * {@code for_each} is one subject: its instances share their arguments.
 */
public final class TerraformReader {

    /** What a module yields, for the rule reference and the run summary (no HCL class is loaded for it). */
    public static final List<Class<?>> SUBJECT_TYPES = List.of(TaskDefinition.class, ContainerSpec.class,
            Service.class, CapacityProviderStrategy.class, Cluster.class, Repository.class, LifecyclePolicy.class,
            RepositoryPolicy.class);

    /**
     * @param read          the subjects, schema checks, naming and problems, as every source reports them
     * @param documentFiles the JSON files whose documents the subjects were read from ({@code file(…)})
     */
    public record Read(SubjectReader.Read read, Set<Path> documentFiles) {
        public Read {
            documentFiles = Set.copyOf(documentFiles);
        }
    }

    private final TerraformModule module;
    private final TerraformValues values;
    private final TerraformMapper mapper;
    private final TerraformJoins joins;
    private final MappedRead out = new MappedRead();

    private TerraformReader(TerraformModule module) {
        this.module = module;
        this.values = new TerraformValues(module);
        this.mapper = new TerraformMapper(values);
        this.joins = new TerraformJoins(module, values);
    }

    public static Read read(TerraformModule module) {
        TerraformReader reader = new TerraformReader(module);
        reader.readAll();
        reader.mapper.problems().forEach(reader.out::problem);
        Map<Path, String> documents = reader.values.documentFiles();
        Path linted = module.files().files().get(0).source().path();
        String readBy = linted == null ? null : documents.get(linted.toAbsolutePath().normalize());
        reader.out.naming(new TerraformNaming(readBy));
        return new Read(reader.out.build(), documents.keySet());
    }

    private void readAll() {
        module.resources("aws_ecs_task_definition").forEach(this::taskDefinition);
        module.resources("aws_ecs_service").forEach(this::service);
        clusters();
        module.resources("aws_ecr_repository").forEach(this::repository);
        module.resources("aws_ecrpublic_repository").forEach(this::publicRepository);
        module.resources("aws_ecr_repository_policy").forEach(this::repositoryPolicy);
        module.resources("aws_ecr_lifecycle_policy").forEach(this::lifecyclePolicy);
    }

    private void taskDefinition(HclBlock resource) {
        JsonObject api = mapper.map(resource, TerraformMapper.TASK_DEFINITION);
        AwsSubjects.Part part = AwsSubjects.taskDefinition(api, container -> Optional.empty());
        Optional<JsonValue> containers = api.get("containerDefinitions");
        boolean complete = containers.isPresent() && containers.get() instanceof JsonArray array
                && array.items().stream().allMatch(JsonObject.class::isInstance);
        if (complete) {
            // the provider drops container properties it does not know: a typo is a setting that never applies
            List<SchemaCheck> checks = part.schemaChecks().stream()
                    .map(c -> new SchemaCheck(c.schema(), c.node(), c.declared(), true)).toList();
            out.add(new AwsSubjects.Part(part.subjects(), checks));
            return;
        }
        // some containers are unknown: judge the known ones, but nothing about the task's set of containers
        List<Object> subjects = new ArrayList<>();
        for (Object subject : part.subjects()) {
            subjects.add(subject instanceof TaskDefinition task ? withoutContainers(task) : subject);
        }
        out.add(new AwsSubjects.Part(subjects, List.of()));
    }

    private static TaskDefinition withoutContainers(TaskDefinition t) {
        return new TaskDefinition(t.form(), t.anchor(), t.family(), t.networkMode(), t.requiresCompatibilities(),
                t.cpu(), t.memory(), t.executionRoleArn(), t.taskRoleArn(), t.pidMode(), t.ipcMode(), t.volumes(),
                t.placementConstraints(), List.of(), t.awsTree());
    }

    private void service(HclBlock resource) {
        JsonObject api = mapper.map(resource, TerraformMapper.SERVICE);
        if (ignoredChanges(resource).contains("desired_count") && api.has("desiredCount")) {
            // the count is managed elsewhere (Application Auto Scaling): what is written is not what runs
            Member count = api.members().get("desiredCount");
            api = with(api, new Member(count.key(), count.keySpan(),
                    values.unknown(resource.body().attribute("desired_count").orElseThrow().value(),
                            count.value().pointer())));
        }
        out.add(AwsSubjects.service(api, new TerraformSubnetZones(values, joins)));
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
            JsonObject api = mapper.map(providers, TerraformMapper.CLUSTER_CAPACITY_PROVIDERS);
            Set<String> named = providers.body().attribute("cluster_name")
                    .map(a -> values.referencedResources(a.value(), "aws_ecs_cluster")).orElse(Set.of());
            List<String> joined = named.stream().filter(clusters::containsKey).toList();
            if (joined.isEmpty()) {
                unattached.add(api);
            }
            for (String name : joined) {
                JsonObject cluster = clusters.get(name);
                for (String key : List.of("capacityProviders", "defaultCapacityProviderStrategy")) {
                    if (api.members().containsKey(key)) {
                        cluster = with(cluster, api.members().get(key));
                    }
                }
                clusters.put(name, cluster);
            }
        }
        clusters.values().forEach(cluster -> out.add(AwsSubjects.cluster(cluster)));
        unattached.forEach(providers -> out.add(AwsSubjects.clusterCapacityProviders(providers)));
    }

    /** A repository with the lifecycle policy the module attaches to it (one that might attach counts). */
    private void repository(HclBlock resource) {
        JsonObject api = mapper.map(resource, TerraformMapper.REPOSITORY);
        Optional<Located> policy = joins.lifecyclePolicyOf(resource).policy().map(p -> p);
        out.add(AwsSubjects.repository(api, new Repository.Declaration(false, policy)));
    }

    /** An ECR Public repository, which has no lifecycle policies. */
    private void publicRepository(HclBlock resource) {
        JsonObject api = mapper.map(resource, TerraformMapper.PUBLIC_REPOSITORY);
        out.add(AwsSubjects.repository(api, new Repository.Declaration(true, Optional.empty())));
    }

    private void lifecyclePolicy(HclBlock resource) {
        document(resource, "policy").ifPresent(policy -> out.add(AwsSubjects.lifecyclePolicy(policy)));
    }

    private void repositoryPolicy(HclBlock resource) {
        // the repository as messages name it: by its name when the policy's `repository` is known
        JsonObject named = mapper.map(resource, Shape.of(Shape.value("repository", "repositoryName")));
        document(resource, "policy").ifPresent(policy -> out.add(AwsSubjects.repositoryPolicy(policy,
                new Repository(named, Repository.Form.CREATE_INPUT).label())));
    }

    private Optional<JsonValue> document(HclBlock resource, String argument) {
        if (resource.body().attribute(argument).isEmpty()) {
            return Optional.empty();
        }
        JsonObject object = mapper.map(resource, Shape.of(Shape.document(argument, argument)));
        return object.get(argument).filter(v -> !(v instanceof JsonValue.JsonString));
    }
}
