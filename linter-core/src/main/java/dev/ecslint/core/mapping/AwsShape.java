package dev.ecslint.core.mapping;

/**
 * The AWS API shapes sources map into, with what every source shares about them: the objects that are
 * maps of user data (their keys are names the user chose, never renamed). A source starts its
 * {@link KeyMapping} here and adds its own renames.
 */
public enum AwsShape {

    /** RegisterTaskDefinition input: {@code schemas/task-definition.schema.json}. */
    TASK_DEFINITION("containerDefinitions/*/logConfiguration/options", "containerDefinitions/*/dockerLabels",
            "containerDefinitions/*/firelensConfiguration/options",
            "volumes/*/dockerVolumeConfiguration/driverOpts", "volumes/*/dockerVolumeConfiguration/labels"),
    /** One ContainerDefinition (a compose service maps to one). */
    CONTAINER_DEFINITION("logConfiguration/options", "dockerLabels", "firelensConfiguration/options"),
    /** CreateService input: {@code schemas/service.schema.json}. */
    SERVICE,
    /** CreateCluster input (with PutClusterCapacityProviders' keys): {@code schemas/cluster.schema.json}. */
    CLUSTER,
    /** CreateRepository input, private or ECR Public: {@code schemas/repository.schema.json}. */
    REPOSITORY;

    private final String[] userMaps;

    AwsShape(String... userMaps) {
        this.userMaps = userMaps;
    }

    /** A mapping for a source written in {@code sourceCase}, with this shape's user-data maps kept verbatim. */
    public KeyMapping.Builder keys(KeyMapping.Case sourceCase) {
        return KeyMapping.builder(sourceCase).verbatim(userMaps);
    }
}
