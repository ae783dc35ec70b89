package dev.ecslint.core.engine;

import dev.ecslint.core.aws.ClusterReader;
import dev.ecslint.core.aws.LifecyclePolicyReader;
import dev.ecslint.core.aws.RepositoryReader;
import dev.ecslint.core.aws.ServiceReader;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.cloudformation.CloudFormationMapper;
import dev.ecslint.core.compose.ComposeMapper;
import dev.ecslint.core.model.DocumentKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
}
