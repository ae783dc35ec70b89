package dev.ecslint.core.custom;

import dev.ecslint.core.aws.AwsShaped;
import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.aws.LifecyclePolicy;
import dev.ecslint.core.aws.Repository;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@code kind} a custom rule names: which subjects it runs on, the document its paths run over, and the
 * JSON Schema that gives that document's shape. AWS kinds run over the subject's AWS-shaped tree
 * ({@link AwsShaped}), whatever source it was mapped from; Dockerfiles over {@link DockerfileView}.
 *
 * @param complete        false for a subject of which the document holds only a part (see {@link AwsShaped#complete})
 * @param subjectPointers where in the schema the subject's own object is described (a describe-output
 *                        wrapper is not the subject: the service inside it is)
 */
record CustomRuleKind<T>(DocumentKind documentKind, String noun, Class<T> subjectType,
                         Function<T, JsonValue> tree, Function<T, Located> anchor, Predicate<T> complete,
                         String schema, List<String> subjectPointers) {

    static final CustomRuleKind<Dockerfile> DOCKERFILE = new CustomRuleKind<>(DocumentKind.DOCKERFILE,
            "a Dockerfile", Dockerfile.class, DockerfileView::of, d -> d.finalStage().from(), d -> true,
            "dockerfile-view", List.of(""));
    static final CustomRuleKind<TaskDefinition> TASK_DEFINITION = aws(DocumentKind.TASK_DEFINITION,
            "a task definition", TaskDefinition.class, "task-definition", "");
    static final CustomRuleKind<Service> SERVICE = aws(DocumentKind.SERVICE, "a service", Service.class, "service",
            "/$defs/input", "/$defs/description");
    static final CustomRuleKind<Cluster> CLUSTER = aws(DocumentKind.CLUSTER, "a cluster", Cluster.class, "cluster",
            "/$defs/input", "/$defs/description");
    static final CustomRuleKind<Repository> REPOSITORY = aws(DocumentKind.REPOSITORY, "an ECR repository",
            Repository.class, "repository", "/$defs/input", "/$defs/description");
    static final CustomRuleKind<LifecyclePolicy> LIFECYCLE_POLICY = aws(DocumentKind.LIFECYCLE_POLICY,
            "a lifecycle policy", LifecyclePolicy.class, "lifecycle-policy", "");

    static final List<CustomRuleKind<?>> ALL = List.of(DOCKERFILE, TASK_DEFINITION, SERVICE, CLUSTER, REPOSITORY,
            LIFECYCLE_POLICY);

    private static <T extends AwsShaped> CustomRuleKind<T> aws(DocumentKind kind, String noun, Class<T> type,
                                                                String schema, String... pointers) {
        return new CustomRuleKind<>(kind, noun, type, AwsShaped::awsTree, AwsShaped::awsAnchor, AwsShaped::complete,
                schema, List.of(pointers));
    }

    /** {@code task-definition}, as written in {@code kind:}. */
    String label() {
        return documentKind.label();
    }

    static Optional<CustomRuleKind<?>> byLabel(String label) {
        return ALL.stream().filter(k -> k.label().equals(label)).findFirst();
    }

    static List<String> labels() {
        return ALL.stream().map(CustomRuleKind::label).toList();
    }

    Optional<SchemaShape> shape(ClassLoader loader) {
        return SchemaShape.load(loader, schema, subjectPointers);
    }
}
