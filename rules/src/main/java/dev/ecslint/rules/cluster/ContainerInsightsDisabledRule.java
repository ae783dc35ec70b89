package dev.ecslint.rules.cluster;

import dev.ecslint.core.aws.AbstractClusterRule;
import dev.ecslint.core.aws.Cluster;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.service.ServiceDocs;
import java.util.Optional;
import java.util.Set;

/** CL001: a cluster without Container Insights. */
public final class ContainerInsightsDisabledRule extends AbstractClusterRule {

    private static final Set<String> ON = Set.of("enabled", "enhanced");

    private static final RuleMeta META = RuleMeta.builder("CL001", "container-insights-disabled")
            .title("Turn on Container Insights for the cluster")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.CLUSTER, DocumentKind.CLOUDFORMATION)
            .rationale("Container Insights collects per-service and per-task CPU, memory, network and restart "
                    + "metrics; without it the first sign of a crash loop or memory leak is an outage. It is off "
                    + "unless the cluster (or the account default) turns it on.")
            .fix("Add \"settings\": [{\"name\": \"containerInsights\", \"value\": \"enabled\"}] (or \"enhanced\" for "
                    + "task- and container-level detail).")
            .bad("cluster.json", """
                    {"clusterName": "prod", "settings": [{"name": "containerInsights", "value": "disabled"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Cluster:
                        Type: AWS::ECS::Cluster
                        Properties:
                          ClusterName: web
                    """)
            .good("cluster.json", """
                    {"clusterName": "prod", "settings": [{"name": "containerInsights", "value": "enabled"}]}
                    """)
            .references(ServiceDocs.CONTAINER_INSIGHTS, ServiceDocs.CREATE_CLUSTER, ServiceDocs.SECURITY_HUB_ECS)
            .equivalents("AVD-AWS-0034", "CKV_AWS_65", "ECS.12")
            .message("notSet", "{cluster} does not turn on Container Insights, so it has no per-service CPU, memory "
                    + "or restart metrics to warn of trouble; add the setting `{\"name\": \"containerInsights\", "
                    + "\"value\": \"enabled\"}`")
            .message("disabled", "{cluster} sets `containerInsights` to {value}, so it has no per-service CPU, "
                    + "memory or restart metrics to warn of trouble; use `enabled` (or `enhanced`)")
            .build();

    public ContainerInsightsDisabledRule() {
        super(META);
    }

    @Override
    public void check(Cluster cluster, RuleContext ctx) {
        if (!cluster.carriesSettings() || cluster.form() == Cluster.Form.DESCRIPTION && !cluster.has("settings")) {
            return; // describe-clusters shows settings only when asked to (--include SETTINGS)
        }
        Optional<JsonValue> settings = cluster.value("settings");
        if (settings.isPresent() && (settings.get() instanceof JsonString
                || settings.get().elements().stream().anyMatch(JsonString.class::isInstance))) {
            return; // settings made at deploy time (a placeholder, a Terraform dynamic block): unknown
        }
        Optional<JsonValue> value = cluster.settings().stream()
                .filter(s -> s instanceof JsonObject o && "containerInsights".equals(o.string("name").orElse("")))
                .map(s -> ((JsonObject) s).get("value").orElse(s)).findFirst();
        if (value.isEmpty()) {
            ctx.report(cluster.anchor(), META.message("notSet").phrase("cluster", cluster.label()));
        } else if (value.get().isScalar() && !ON.contains(value.get().text())
                && !Placeholders.isTemplated(value.get().text())) {
            ctx.report(value.get(), META.message("disabled").phrase("cluster", cluster.label())
                    .code("value", value.get().text()));
        }
    }
}
