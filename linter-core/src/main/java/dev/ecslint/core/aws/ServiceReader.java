package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads ECS service documents: create-service / update-service input ({@code --cli-input-json}),
 * ecspresso-style service definitions, and describe-services ({@code {"services": […]}}) or
 * create/update-service ({@code {"service": {…}}}) output. Each service is a subject, and so is its
 * capacity provider strategy.
 */
public final class ServiceReader implements SubjectReader {

    public static final String SCHEMA = "service";

    /** create-service and update-service input, and the service of a describe output. */
    private static final Shape SERVICE = Shape.builder()
            .decisive(Shape.arn("ecs", "service"), "serviceArn")
            .identifying(Shape.STRING, "serviceName")
            .identifying(Shape.INTEGER, "desiredCount", "healthCheckGracePeriodSeconds", "runningCount", "pendingCount")
            .identifying(Shape.oneOf("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"), "launchType")
            .identifying(Shape.oneOf("REPLICA", "DAEMON"), "schedulingStrategy")
            .identifying(Shape.oneOf("TASK_DEFINITION", "SERVICE", "NONE"), "propagateTags")
            .identifying(Shape.oneOf("ENABLED", "DISABLED"), "availabilityZoneRebalancing")
            .identifying(Shape.objectsWith("capacityProvider"), "capacityProviderStrategy")
            .identifying(Shape.objectWith("maximumPercent", "minimumHealthyPercent", "deploymentCircuitBreaker",
                    "alarms", "strategy", "bakeTimeInMinutes"), "deploymentConfiguration")
            .identifying(Shape.objectWith("awsvpcConfiguration"), "networkConfiguration")
            .identifying(Shape.objectWith("type"), "deploymentController")
            .identifying(Shape.objectsWith("targetGroupArn", "loadBalancerName", "containerName"), "loadBalancers")
            .identifying(Shape.objectsWith("registryArn"), "serviceRegistries")
            .identifying(Shape.objectsWith("type"), "placementConstraints", "placementStrategy")
            .identifying(Shape.objectWith("enabled", "namespace", "services"), "serviceConnectConfiguration")
            .identifying(Shape.BOOLEAN, "enableECSManagedTags", "enableExecuteCommand", "forceNewDeployment")
            .identifying(Shape.arn("ecs", "cluster"), "clusterArn")
            .weak(Shape.STRING, "cluster", "taskDefinition", "platformVersion", "role", "roleArn", "clientToken",
                    "externalId", "status", "createdBy", "platformFamily", "service")
            .weak(Shape.ANY, "tags", "volumeConfigurations", "vpcLatticeConfigurations", "scale", "deployments",
                    "events", "taskSets", "createdAt")
            // run-task and start-task input share most keys with a service, and a task definition has none of these
            .excluding("count", "overrides", "startedBy", "group", "referenceId", "containerDefinitions", "family")
            .build();

    /**
     * True for create-service input, update-service input ({@code "service": "name"}), and describe-services
     * ({@code {"services": […], "failures": […]}}) or create/update-service ({@code {"service": {…}}}) output.
     */
    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.get("services").orElse(null) instanceof JsonArray described) {
            return Shape.onlyKeys(o, Set.of("services", "failures", "nextToken")) && !described.items().isEmpty()
                    && described.items().stream().allMatch(SERVICE::matches);
        }
        if (o.get("service").orElse(null) instanceof JsonObject described) {
            return Shape.onlyKeys(o, Set.of("service")) && SERVICE.matches(described);
        }
        if (o.get("service").orElse(null) instanceof JsonString) {
            // update-service input names the service to change, and changes at least one thing
            Shape.Evidence update = SERVICE.weigh(o);
            return update.consistent() && update.points() >= 2;
        }
        return SERVICE.matches(o);
    }

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Service.class, CapacityProviderStrategy.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) {
        List<Service> services = new ArrayList<>();
        if (root instanceof JsonObject o) {
            if (o.has("services")) {
                o.array("services").stream().filter(JsonObject.class::isInstance)
                        .forEach(s -> services.add(new Service((JsonObject) s, Service.Form.DESCRIPTION)));
            } else if (o.get("service").orElse(null) instanceof JsonObject described) {
                services.add(new Service(described, Service.Form.DESCRIPTION));
            } else if (o.get("service").orElse(null) instanceof JsonString) {
                services.add(new Service(o, Service.Form.UPDATE_INPUT));
            } else {
                services.add(new Service(o, Service.Form.CREATE_INPUT));
            }
        }
        List<Object> subjects = new ArrayList<>(services);
        services.forEach(s -> s.capacityProviderStrategy().ifPresent(subjects::add));
        return new Read(subjects, List.of(new SchemaCheck(SCHEMA, root)));
    }
}
