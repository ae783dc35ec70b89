package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
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

    private static final Set<String> OTHER_KINDS_KEYS = Set.of("serviceName", "service", "taskDefinition",
            "containerDefinitions", "family", "capacityProviderStrategy", "desiredCount", "repositoryName");

    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.has("clusters")) {
            return o.array("clusters").stream().anyMatch(ClusterReader::describesCluster);
        }
        if (o.get("cluster").orElse(null) instanceof JsonObject described) {
            return describesCluster(described);
        }
        if (OTHER_KINDS_KEYS.stream().anyMatch(o::has)) {
            return false;
        }
        return o.has("clusterName") || o.has("capacityProviders") || o.has("defaultCapacityProviderStrategy");
    }

    private static boolean describesCluster(JsonValue v) {
        return v instanceof JsonObject c && (c.has("clusterArn") || c.has("clusterName"));
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
