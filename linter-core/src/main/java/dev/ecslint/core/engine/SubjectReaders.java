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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reader of each structured document kind. A kind without a reader is parsed but yields no subjects. */
public final class SubjectReaders {

    private static final Map<DocumentKind, SubjectReader> READERS = new EnumMap<>(DocumentKind.class);

    static {
        READERS.put(DocumentKind.TASK_DEFINITION, new TaskDefinitionReader());
        READERS.put(DocumentKind.CLOUDFORMATION, new CloudFormationMapper());
        READERS.put(DocumentKind.COMPOSE, new ComposeMapper());
        READERS.put(DocumentKind.CLUSTER, new ClusterReader());
        READERS.put(DocumentKind.LIFECYCLE_POLICY, new LifecyclePolicyReader());
        READERS.put(DocumentKind.REPOSITORY, new RepositoryReader());
        READERS.put(DocumentKind.SERVICE, new ServiceReader());
    }

    private SubjectReaders() {
    }

    public static Optional<SubjectReader> of(DocumentKind kind) {
        return Optional.ofNullable(READERS.get(kind));
    }

    /**
     * Whether rules inspect files of this kind: Dockerfiles, Terraform (read a module at a time, see
     * {@code TerraformReader}), and structured kinds that have a reader.
     */
    public static boolean checks(DocumentKind kind) {
        return kind == DocumentKind.DOCKERFILE || kind == DocumentKind.TERRAFORM || kind == DocumentKind.UNKNOWN
                || READERS.containsKey(kind);
    }

    /** The kinds of document whose reading yields subjects of this type: where a rule on it can fire. */
    public static Set<DocumentKind> kindsYielding(Class<?> subjectType) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (subjectType.isAssignableFrom(Dockerfile.class)) {
            kinds.add(DocumentKind.DOCKERFILE);
        }
        READERS.forEach((kind, reader) -> {
            if (reader.subjectTypes().stream().anyMatch(subjectType::isAssignableFrom)) {
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
