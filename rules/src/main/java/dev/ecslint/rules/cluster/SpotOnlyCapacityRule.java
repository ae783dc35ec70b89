package dev.ecslint.rules.cluster;

import dev.ecslint.core.aws.CapacityProviderStrategy;
import dev.ecslint.core.aws.CapacityProviderStrategy.Item;
import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.service.ServiceDocs;
import java.util.List;

/** CL002: a capacity provider strategy that places every task on Spot capacity. */
public final class SpotOnlyCapacityRule extends AbstractRule<CapacityProviderStrategy> {

    private static final RuleMeta META = RuleMeta.builder("CL002", "spot-only-capacity")
            .title("Keep an on-demand base under Spot capacity")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.CLUSTER, DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("Spot capacity (FARGATE_SPOT, or an Auto Scaling group of Spot instances) can be reclaimed "
                    + "with two minutes' notice, often for many tasks at once. A strategy that puts every task on "
                    + "Spot can lose all of them together; an on-demand provider with a base (or a weight) keeps the "
                    + "service up while Spot tasks are replaced.")
            .fix("Add an on-demand provider that carries tasks, e.g. {\"capacityProvider\": \"FARGATE\", \"base\": 1, "
                    + "\"weight\": 1} next to FARGATE_SPOT.")
            .bad("cluster.json", """
                    {"capacityProviders": ["FARGATE", "FARGATE_SPOT"],
                     "defaultCapacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Cluster:
                        Type: AWS::ECS::Cluster
                      Providers:
                        Type: AWS::ECS::ClusterCapacityProviderAssociations
                        Properties:
                          Cluster: !Ref Cluster
                          CapacityProviders: [FARGATE_SPOT]
                          DefaultCapacityProviderStrategy:
                            - {CapacityProvider: FARGATE_SPOT, Weight: 1}
                    """)
            .good("cluster.json", """
                    {"capacityProviders": ["FARGATE", "FARGATE_SPOT"],
                     "defaultCapacityProviderStrategy": [{"capacityProvider": "FARGATE", "base": 1, "weight": 1},
                       {"capacityProvider": "FARGATE_SPOT", "weight": 3}]}
                    """)
            .references(ServiceDocs.CAPACITY_PROVIDERS)
            .message("spotOnly", "{strategy} places every task on Spot capacity ({spot}), which AWS can reclaim for "
                    + "all tasks at once; add an on-demand provider such as `FARGATE` with `\"base\": 1`")
            .build();

    public SpotOnlyCapacityRule() {
        super(META, CapacityProviderStrategy.class);
    }

    @Override
    public void check(CapacityProviderStrategy strategy, RuleContext ctx) {
        List<Item> items = strategy.items();
        if (items.isEmpty() || items.stream().anyMatch(i -> i.provider().isEmpty())) {
            return; // a provider chosen at deploy time is unknown
        }
        if (items.stream().noneMatch(Item::isSpot) || items.stream().anyMatch(i -> !i.isSpot() && i.carriesTasks())) {
            return;
        }
        List<String> spot = items.stream().filter(Item::isSpot).map(i -> i.provider().get()).distinct().toList();
        ctx.report(strategy, META.message("spotOnly").phrase("strategy", strategy.name()).codes("spot", spot));
    }
}
