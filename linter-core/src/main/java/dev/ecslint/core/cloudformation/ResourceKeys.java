package dev.ecslint.core.cloudformation;

import dev.ecslint.core.mapping.AwsShape;
import dev.ecslint.core.mapping.KeyMapping;
import dev.ecslint.core.mapping.KeyMapping.Case;

/**
 * How CloudFormation spells the API keys of the resources ecslint reads: PascalCase
 * ({@code ContainerDefinitions} is {@code containerDefinitions}) except where the resource specification
 * chose another name, and without the properties only CloudFormation has.
 */
final class ResourceKeys {

    static final KeyMapping TASK_DEFINITION = AwsShape.TASK_DEFINITION.keys(Case.PASCAL)
            .rename("volumes/*", "EFSVolumeConfiguration", "efsVolumeConfiguration")
            .rename("volumes/*/efsVolumeConfiguration", "FilesystemId", "fileSystemId")
            .rename("volumes/*/efsVolumeConfiguration/authorizationConfig", "IAM", "iam")
            .rename("volumes/*", "FSxWindowsFileServerVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration")
            .rename("proxyConfiguration", "ProxyConfigurationProperties", "properties")
            .build();

    static final KeyMapping SERVICE = AwsShape.SERVICE.keys(Case.PASCAL)
            .rename("", "PlacementStrategies", "placementStrategy")
            // an object here ({EnableForceNewDeployment, ForceNewDeploymentNonce}), a flag of the API call there
            .drop("", "ForceNewDeployment")
            .build();

    static final KeyMapping CLUSTER = AwsShape.CLUSTER.keys(Case.PASCAL)
            .rename("", "ClusterSettings", "settings")
            .build();

    /** {@code AWS::ECS::ClusterCapacityProviderAssociations}: put-cluster-capacity-providers input. */
    static final KeyMapping CAPACITY_PROVIDERS = AwsShape.CLUSTER.keys(Case.PASCAL).build();

    static final KeyMapping REPOSITORY = AwsShape.REPOSITORY.keys(Case.PASCAL)
            .drop("", "LifecyclePolicy")
            .drop("", "RepositoryPolicyText")
            .drop("", "EmptyOnDelete")
            .rename("imageTagMutabilityExclusionFilters/*", "ImageTagMutabilityExclusionFilterType", "filterType")
            .rename("imageTagMutabilityExclusionFilters/*", "ImageTagMutabilityExclusionFilterValue", "filter")
            .build();

    static final KeyMapping PUBLIC_REPOSITORY = AwsShape.REPOSITORY.keys(Case.PASCAL)
            .drop("", "RepositoryPolicyText")
            .rename("", "RepositoryCatalogData", "catalogData")
            .rename("catalogData", "RepositoryDescription", "description")
            .build();

    private ResourceKeys() {
    }
}
