package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads ECS service documents: create-service / update-service input ({@code --cli-input-json}),
 * ecspresso-style service definitions, and describe-services ({@code {"services": […]}}) or
 * create/update-service ({@code {"service": {…}}}) output. Each service is a subject, and so is its
 * capacity provider strategy.
 */
public final class ServiceReader implements SubjectReader {

    public static final String SCHEMA = "service";

    /** Keys only a service has (not a task definition, run-task input or cluster). */
    private static final Set<String> SERVICE_KEYS = Set.of("serviceName", "desiredCount", "deploymentConfiguration",
            "deploymentController", "serviceRegistries", "schedulingStrategy", "healthCheckGracePeriodSeconds",
            "serviceConnectConfiguration", "availabilityZoneRebalancing", "loadBalancers");
    private static final Set<String> OTHER_KINDS_KEYS = Set.of("containerDefinitions", "family", "clusterName",
            "capacityProviders", "defaultCapacityProviderStrategy", "repositoryName", "rules", "overrides", "count");

    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.has("services")) {
            return o.array("services").stream().anyMatch(ServiceReader::describesService);
        }
        Optional<JsonValue> service = o.get("service");
        if (service.isPresent() && service.get() instanceof JsonObject described) {
            return describesService(described);
        }
        if (OTHER_KINDS_KEYS.stream().anyMatch(o::has)) {
            return false;
        }
        if (service.isPresent() && service.get() instanceof JsonString) {
            return o.has("cluster") || o.has("taskDefinition") || o.members().size() > 1;
        }
        return SERVICE_KEYS.stream().anyMatch(o::has);
    }

    private static boolean describesService(JsonValue v) {
        return v instanceof JsonObject s && (s.has("serviceArn") || s.has("serviceName"));
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
