package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads ECS cluster documents: create-cluster input, put-cluster-capacity-providers input, and
 * describe-clusters ({@code {"clusters": […]}}) or create-cluster ({@code {"cluster": {…}}}) output. Each
 * cluster is a subject, and so is its default capacity provider strategy.
 */
public final class ClusterReader implements SubjectReader {

    public static final String SCHEMA = "cluster";

    /** create-cluster and put-cluster-capacity-providers input, and the cluster of a describe output. */
    private static final Shape CLUSTER = Shape.builder()
            .decisive(Shape.arn("ecs", "cluster"), "clusterArn")
            .identifying(Shape.STRING, "clusterName")
            .identifying(Shape.strings(), "capacityProviders")
            .identifying(Shape.objectsWith("capacityProvider"), "defaultCapacityProviderStrategy")
            .identifying(ClusterReader::isContainerInsightsSetting, "settings")
            .identifying(Shape.objectWith("executeCommandConfiguration", "managedStorageConfiguration"),
                    "configuration")
            .identifying(Shape.objectWith("namespace"), "serviceConnectDefaults")
            .identifying(Shape.INTEGER, "registeredContainerInstancesCount", "runningTasksCount", "pendingTasksCount",
                    "activeServicesCount")
            .weak(Shape.STRING, "cluster", "status", "attachmentsStatus")
            .weak(Shape.ANY, "tags", "statistics", "attachments")
            .excluding("serviceName", "service", "taskDefinition", "containerDefinitions", "family",
                    "capacityProviderStrategy", "desiredCount", "repositoryName")
            .build();

    /**
     * True for create-cluster input, put-cluster-capacity-providers input, and describe-clusters
     * ({@code {"clusters": […], "failures": […]}}) or create-cluster ({@code {"cluster": {…}}}) output.
     */
    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.get("clusters").orElse(null) instanceof JsonArray described) {
            return Shape.onlyKeys(o, Set.of("clusters", "failures")) && !described.items().isEmpty()
                    && described.items().stream().allMatch(CLUSTER::matches);
        }
        if (o.get("cluster").orElse(null) instanceof JsonObject described) {
            return Shape.onlyKeys(o, Set.of("cluster")) && CLUSTER.matches(described);
        }
        return CLUSTER.matches(o);
    }

    private static boolean isContainerInsightsSetting(JsonValue settings) {
        return settings instanceof JsonArray a && a.items().stream().anyMatch(s -> s instanceof JsonObject o
                && o.string("name").filter("containerInsights"::equals).isPresent());
    }

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Cluster.class, CapacityProviderStrategy.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) {
        List<Cluster> clusters = new ArrayList<>();
        if (root instanceof JsonObject o) {
            if (o.has("clusters")) {
                o.array("clusters").stream().filter(JsonObject.class::isInstance)
                        .forEach(c -> clusters.add(new Cluster((JsonObject) c, Cluster.Form.DESCRIPTION)));
            } else if (o.get("cluster").orElse(null) instanceof JsonObject described) {
                clusters.add(new Cluster(described, Cluster.Form.DESCRIPTION));
            } else if (o.has("clusterName") || o.has("settings") || o.has("configuration")) {
                clusters.add(new Cluster(o, Cluster.Form.CREATE_INPUT));
            } else {
                clusters.add(new Cluster(o, Cluster.Form.CAPACITY_PROVIDERS_INPUT));
            }
        }
        List<Object> subjects = new ArrayList<>(clusters);
        clusters.forEach(c -> c.defaultCapacityProviderStrategy().ifPresent(subjects::add));
        return new Read(subjects, List.of(new SchemaCheck(SCHEMA, root)));
    }
}
