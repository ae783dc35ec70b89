package dev.ecslint.core.terraform;

import static dev.ecslint.core.terraform.Shape.block;
import static dev.ecslint.core.terraform.Shape.blocks;
import static dev.ecslint.core.terraform.Shape.document;
import static dev.ecslint.core.terraform.Shape.enabledFlag;
import static dev.ecslint.core.terraform.Shape.value;
import static dev.ecslint.core.terraform.Shape.valueIfKnown;

import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the ECS and ECR resources of a Terraform module into AWS-API-shaped located objects
 * ({@code aws_ecs_service.network_configuration.assign_public_ip = true} becomes
 * {@code networkConfiguration.awsvpcConfiguration.assignPublicIp: "ENABLED"}, located at the {@code true}),
 * so the AWS readers and every rule apply unchanged.
 */
final class TerraformMapper {

    static final Shape CAPACITY_PROVIDER_STRATEGY = Shape.of(value("capacity_provider", "capacityProvider"),
            value("weight", "weight"), value("base", "base"));
    static final Shape PLACEMENT_CONSTRAINT = Shape.of(value("type", "type"), value("expression", "expression"));

    static final Shape VOLUME = Shape.of(
            value("name", "name"),
            value("host_path", "host/sourcePath"),
            value("configure_at_launch", "configuredAtLaunch"),
            block("docker_volume_configuration", "dockerVolumeConfiguration", Shape.of(value("scope", "scope"),
                    value("autoprovision", "autoprovision"), value("driver", "driver"),
                    value("driver_opts", "driverOpts"), value("labels", "labels"))),
            block("efs_volume_configuration", "efsVolumeConfiguration", Shape.of(
                    value("file_system_id", "fileSystemId"), value("root_directory", "rootDirectory"),
                    value("transit_encryption", "transitEncryption"),
                    value("transit_encryption_port", "transitEncryptionPort"),
                    block("authorization_config", "authorizationConfig", Shape.of(
                            value("access_point_id", "accessPointId"), value("iam", "iam"))))));

    /** {@code aws_ecs_task_definition} (AWS provider v5/v6 arguments). */
    static final Shape TASK_DEFINITION = Shape.of(
            value("family", "family"),
            document("container_definitions", "containerDefinitions"),
            value("cpu", "cpu"),
            value("memory", "memory"),
            value("network_mode", "networkMode"),
            value("requires_compatibilities", "requiresCompatibilities"),
            value("execution_role_arn", "executionRoleArn"),
            value("task_role_arn", "taskRoleArn"),
            value("pid_mode", "pidMode"),
            value("ipc_mode", "ipcMode"),
            blocks("volume", "volumes", VOLUME),
            blocks("placement_constraints", "placementConstraints", PLACEMENT_CONSTRAINT),
            block("runtime_platform", "runtimePlatform", Shape.of(
                    value("operating_system_family", "operatingSystemFamily"),
                    value("cpu_architecture", "cpuArchitecture"))),
            block("ephemeral_storage", "ephemeralStorage", Shape.of(value("size_in_gib", "sizeInGiB"))));

    /** {@code aws_ecs_service}. */
    static final Shape SERVICE = Shape.of(
            value("name", "serviceName"),
            value("cluster", "cluster"),
            value("task_definition", "taskDefinition"),
            value("desired_count", "desiredCount"),
            valueIfKnown("launch_type", "launchType"),
            value("platform_version", "platformVersion"),
            value("scheduling_strategy", "schedulingStrategy"),
            value("enable_execute_command", "enableExecuteCommand"),
            value("health_check_grace_period_seconds", "healthCheckGracePeriodSeconds"),
            value("availability_zone_rebalancing", "availabilityZoneRebalancing"),
            value("propagate_tags", "propagateTags"),
            value("iam_role", "role"),
            value("deployment_minimum_healthy_percent", "deploymentConfiguration/minimumHealthyPercent"),
            value("deployment_maximum_percent", "deploymentConfiguration/maximumPercent"),
            block("deployment_circuit_breaker", "deploymentConfiguration/deploymentCircuitBreaker", Shape.of(
                    value("enable", "enable"), value("rollback", "rollback"))),
            block("alarms", "deploymentConfiguration/alarms", Shape.of(value("alarm_names", "alarmNames"),
                    value("enable", "enable"), value("rollback", "rollback"))),
            block("deployment_controller", "deploymentController", Shape.of(value("type", "type"))),
            block("network_configuration", "networkConfiguration/awsvpcConfiguration", Shape.of(
                    value("subnets", "subnets"), value("security_groups", "securityGroups"),
                    enabledFlag("assign_public_ip", "assignPublicIp"))),
            blocks("load_balancer", "loadBalancers", Shape.of(value("target_group_arn", "targetGroupArn"),
                    value("elb_name", "loadBalancerName"), value("container_name", "containerName"),
                    value("container_port", "containerPort"))),
            blocks("capacity_provider_strategy", "capacityProviderStrategy", CAPACITY_PROVIDER_STRATEGY),
            blocks("placement_constraints", "placementConstraints", PLACEMENT_CONSTRAINT),
            blocks("ordered_placement_strategy", "placementStrategy", Shape.of(value("type", "type"),
                    value("field", "field"))),
            blocks("service_registries", "serviceRegistries", Shape.of(value("registry_arn", "registryArn"),
                    value("port", "port"), value("container_name", "containerName"),
                    value("container_port", "containerPort"))));

    /** {@code aws_ecs_cluster}. */
    static final Shape CLUSTER = Shape.of(
            value("name", "clusterName"),
            blocks("setting", "settings", Shape.of(value("name", "name"), value("value", "value"))),
            value("capacity_providers", "capacityProviders"),
            blocks("default_capacity_provider_strategy", "defaultCapacityProviderStrategy",
                    CAPACITY_PROVIDER_STRATEGY));

    /** {@code aws_ecs_cluster_capacity_providers}: put-cluster-capacity-providers. */
    static final Shape CLUSTER_CAPACITY_PROVIDERS = Shape.of(
            value("cluster_name", "cluster"),
            value("capacity_providers", "capacityProviders"),
            blocks("default_capacity_provider_strategy", "defaultCapacityProviderStrategy",
                    CAPACITY_PROVIDER_STRATEGY));

    /** {@code aws_ecr_repository}. */
    static final Shape REPOSITORY = Shape.of(
            value("name", "repositoryName"),
            value("image_tag_mutability", "imageTagMutability"),
            block("image_scanning_configuration", "imageScanningConfiguration", Shape.of(
                    value("scan_on_push", "scanOnPush"))),
            block("encryption_configuration", "encryptionConfiguration", Shape.of(
                    value("encryption_type", "encryptionType"), value("kms_key", "kmsKey"))));

    /** {@code aws_ecrpublic_repository}: ECR Public's create-repository input. */
    static final Shape PUBLIC_REPOSITORY = Shape.of(
            value("repository_name", "repositoryName"),
            block("catalog_data", "catalogData", Shape.of(
                    value("description", "description"), value("about_text", "aboutText"),
                    value("usage_text", "usageText"), value("architectures", "architectures"),
                    value("operating_systems", "operatingSystems"), value("logo_image_blob", "logoImageBlob"))));

    private final TerraformValues values;
    private final List<ParseProblem> problems = new ArrayList<>();

    TerraformMapper(TerraformValues values) {
        this.values = values;
    }

    /** Documents that could not be read (invalid JSON in a heredoc), each located where it fails. */
    List<ParseProblem> problems() {
        return List.copyOf(problems);
    }

    /** The AWS-shaped object of a resource block, pointers from {@code /resource/<type>/<name>}. */
    JsonObject map(HclBlock resource, Shape shape) {
        String pointer = "/resource/" + resource.label(0) + "/" + resource.label(1);
        return object(resource.body(), shape, pointer, resource.span());
    }

    private JsonObject object(HclBody body, Shape shape, String pointer, Span span) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (Shape.Field field : shape.fields()) {
            switch (field.kind()) {
                case BLOCK: {
                    List<HclBody> found = bodies(body, field.argument());
                    if (!found.isEmpty()) {
                        HclBody first = found.get(0);
                        String at = JsonPointer.child(pointer, field.argument());
                        put(members, field.awsPath(), first.span(), object(first, field.nested(), at, first.span()));
                    }
                    break;
                }
                case BLOCKS:
                    repeated(body, field, JsonPointer.child(pointer, field.argument()))
                            .ifPresent(list -> put(members, field.awsPath(), list.span(), list));
                    break;
                default:
                    body.attribute(field.argument()).ifPresent(a -> {
                        JsonValue value = argument(a, field.kind(), JsonPointer.child(pointer, field.argument()));
                        if (field.kind() != Shape.Kind.VALUE_IF_KNOWN || !isUnknown(value)) {
                            put(members, field.awsPath(), a.nameSpan(), value);
                        }
                    });
                    break;
            }
        }
        return new JsonObject(span, pointer, members);
    }

    private JsonValue argument(HclAttribute attribute, Shape.Kind kind, String pointer) {
        if (kind == Shape.Kind.DOCUMENT) {
            try {
                Optional<JsonValue> document = values.document(attribute.value(), pointer, "`" + attribute.name() + "`");
                if (document.isPresent()) {
                    return document.get();
                }
            } catch (ParseProblem e) {
                problems.add(e);
            }
            return values.unknown(attribute.value(), pointer);
        }
        JsonValue value = values.value(attribute.value(), pointer);
        if (kind == Shape.Kind.ENABLED_FLAG && value instanceof JsonBoolean b) {
            return new JsonString(b.span(), b.pointer(), b.value() ? "ENABLED" : "DISABLED");
        }
        return value;
    }

    /**
     * A block that may repeat, as an array. A {@code dynamic} block makes as many blocks as its
     * {@code for_each} has elements, perhaps none: alone it is unknown; beside written blocks it adds an
     * unknown element.
     */
    private Optional<JsonValue> repeated(HclBody body, Shape.Field field, String pointer) {
        List<HclBlock> written = body.blocks(field.argument());
        List<HclBlock> dynamic = body.blocks("dynamic").stream()
                .filter(d -> d.label(0).equals(field.argument())).toList();
        if (written.isEmpty() && dynamic.isEmpty()) {
            return Optional.empty();
        }
        if (written.isEmpty()) {
            return Optional.of(unknownBlocks(dynamic.get(0), pointer));
        }
        List<JsonValue> items = new ArrayList<>();
        for (HclBlock each : written) {
            items.add(object(each.body(), field.nested(), JsonPointer.child(pointer, items.size()), each.body().span()));
        }
        for (HclBlock each : dynamic) {
            items.add(unknownBlocks(each, JsonPointer.child(pointer, items.size())));
        }
        Span all = written.get(0).span().to(written.get(written.size() - 1).span());
        return Optional.of(new JsonArray(all, pointer, items));
    }

    private static JsonString unknownBlocks(HclBlock dynamic, String pointer) {
        return new JsonString(dynamic.header(), pointer, "${dynamic \"" + dynamic.label(0) + "\"}");
    }

    private static boolean isUnknown(JsonValue value) {
        return value instanceof JsonString s && Placeholders.isWholeReference(s.value());
    }

    /** The bodies of the nested blocks of a type, a {@code dynamic} block's {@code content} among them. */
    static List<HclBody> bodies(HclBody body, String type) {
        List<HclBody> found = new ArrayList<>();
        body.blocks(type).forEach(b -> found.add(b.body()));
        for (HclBlock dynamic : body.blocks("dynamic")) {
            if (dynamic.label(0).equals(type)) {
                dynamic.body().block("content").ifPresent(content -> found.add(content.body()));
            }
        }
        return found;
    }

    /** Puts a value at a key path ({@code a/b/c}), creating the objects on the way. */
    private static void put(Map<String, Member> members, String awsPath, Span keySpan, JsonValue value) {
        int slash = awsPath.indexOf('/');
        if (slash < 0) {
            members.putIfAbsent(awsPath, new Member(awsPath, keySpan, value));
            return;
        }
        String head = awsPath.substring(0, slash);
        Member existing = members.get(head);
        Map<String, Member> inner = new LinkedHashMap<>();
        Span span = keySpan;
        String pointer = value.pointer();
        if (existing != null && existing.value() instanceof JsonObject o) {
            inner.putAll(o.members());
            span = o.span();
            pointer = o.pointer();
        }
        put(inner, awsPath.substring(slash + 1), keySpan, value);
        members.put(head, new Member(head, existing == null ? keySpan : existing.keySpan(),
                new JsonObject(span, pointer, inner)));
    }
}
