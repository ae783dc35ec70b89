package dev.ecslint.core.engine;

import dev.ecslint.core.aws.ClusterReader;
import dev.ecslint.core.aws.LifecyclePolicyReader;
import dev.ecslint.core.aws.RepositoryReader;
import dev.ecslint.core.aws.ServiceReader;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.cloudformation.CloudFormationMapper;
import dev.ecslint.core.compose.ComposeMapper;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.model.Coverage;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.terraform.TerraformReader;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reader of each structured document kind. A kind without a reader is parsed but yields no subjects.
 * Each reader is made on first use: a Dockerfile-only run (pre-commit) loads none of them, nor the AWS
 * shapes, CloudFormation or compose mappers they bring (StartupClassesTest).
 */
public final class SubjectReaders {

    private static final Set<DocumentKind> WITH_READER = Collections.unmodifiableSet(EnumSet.of(
            DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE, DocumentKind.CLUSTER,
            DocumentKind.LIFECYCLE_POLICY, DocumentKind.REPOSITORY, DocumentKind.SERVICE));
    private static final Map<DocumentKind, SubjectReader> READERS = new ConcurrentHashMap<>();

    private SubjectReaders() {
    }

    public static Optional<SubjectReader> of(DocumentKind kind) {
        return WITH_READER.contains(kind) ? Optional.of(READERS.computeIfAbsent(kind, SubjectReaders::create))
                : Optional.empty();
    }

    private static SubjectReader create(DocumentKind kind) {
        switch (kind) {
            case TASK_DEFINITION:
                return new TaskDefinitionReader();
            case CLOUDFORMATION:
                return new CloudFormationMapper();
            case COMPOSE:
                return new ComposeMapper();
            case CLUSTER:
                return new ClusterReader();
            case LIFECYCLE_POLICY:
                return new LifecyclePolicyReader();
            case REPOSITORY:
                return new RepositoryReader();
            case SERVICE:
                return new ServiceReader();
            default:
                throw new IllegalArgumentException("no reader for " + kind);
        }
    }

    /**
     * Whether rules inspect files of this kind: Dockerfiles, Terraform (read a module at a time, see
     * {@code TerraformReader}), and structured kinds that have a reader.
     */
    public static boolean checks(DocumentKind kind) {
        return kind == DocumentKind.DOCKERFILE || kind == DocumentKind.TERRAFORM || kind == DocumentKind.UNKNOWN
                || WITH_READER.contains(kind);
    }

    /** The kinds of document whose reading yields subjects of this type: where a rule on it can fire. */
    public static Set<DocumentKind> kindsYielding(Class<?> subjectType) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (subjectType.isAssignableFrom(Dockerfile.class)) {
            kinds.add(DocumentKind.DOCKERFILE);
        }
        if (TerraformReader.SUBJECT_TYPES.stream().anyMatch(subjectType::isAssignableFrom)) {
            kinds.add(DocumentKind.TERRAFORM); // read a module at a time, not from one parsed tree
        }
        WITH_READER.forEach(kind -> {
            if (of(kind).orElseThrow().subjectTypes().stream().anyMatch(subjectType::isAssignableFrom)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** The coverage of a run that linted this many files of each kind. */
    static Coverage coverage(Map<DocumentKind, Integer> filesByKind) {
        Set<DocumentKind> notChecked = EnumSet.noneOf(DocumentKind.class);
        filesByKind.keySet().stream().filter(kind -> !checks(kind)).forEach(notChecked::add);
        return new Coverage(filesByKind, notChecked);
    }
}
