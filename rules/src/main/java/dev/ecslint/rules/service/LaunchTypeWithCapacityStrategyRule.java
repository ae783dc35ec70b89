package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;

/** SV009: Give a service a launch type or a capacity provider strategy, not both. */
public final class LaunchTypeWithCapacityStrategyRule extends AbstractServiceRule {

    private static final RuleMeta META = RuleMeta.builder("SV009", "launch-type-with-capacity-strategy")
            .title("Give a service a launch type or a capacity provider strategy, not both")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("CreateService and UpdateService reject a request that sets both launchType and capacityProviderStrategy: a capacity provider strategy replaces the launch type.")
            .fix("Remove launchType when you use capacity providers (FARGATE and FARGATE_SPOT are providers), or remove capacityProviderStrategy.")
            .bad("service.json", """
                    {"serviceName": "web", "launchType": "FARGATE",
                      "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "base": 1, "weight": 1}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          LaunchType: FARGATE
                          CapacityProviderStrategy:
                            - {CapacityProvider: FARGATE_SPOT, Weight: 1}
                    """)
            .good("service.json", """
                    {"serviceName": "web",
                      "capacityProviderStrategy": [{"capacityProvider": "FARGATE", "base": 1, "weight": 1}]}
                    """)
            .references(ServiceDocs.CREATE_SERVICE, ServiceDocs.CAPACITY_PROVIDERS)
            .message("both", "{service} sets both `launchType` and a `capacityProviderStrategy`, and ECS rejects the "
                    + "request; remove `launchType` (`FARGATE` and `FARGATE_SPOT` are capacity providers) or the "
                    + "strategy")
            .build();

    public LaunchTypeWithCapacityStrategyRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        boolean strategy = !service.value("capacityProviderStrategy").map(JsonValue::elements).orElse(List.of()).isEmpty();
        if (strategy && service.has("launchType")) {
            ctx.report(service.at("launchType"), META.message("both").phrase("service", service.label()));
        }
    }
}
