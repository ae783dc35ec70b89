package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV007: a deployment allowed to stop every running task before new ones are healthy. */
public final class DeploymentDowntimeRule extends AbstractServiceRule {

    private static final String MINIMUM = "deploymentConfiguration/minimumHealthyPercent";

    private static final RuleMeta META = RuleMeta.builder("SV007", "deployment-downtime")
            .title("Keep healthy tasks running during deployments")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("minimumHealthyPercent 0 lets a rolling update stop every running task before the new ones "
                    + "are healthy: each deployment is an outage, and a broken release leaves nothing running.")
            .fix("Set minimumHealthyPercent to 100 (or at least 50) and keep maximumPercent at 200 so new tasks start "
                    + "before old ones stop.")
            .bad("service.json", """
                    {"serviceName": "web", "desiredCount": 2,
                      "deploymentConfiguration": {"maximumPercent": 100, "minimumHealthyPercent": 0}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          DesiredCount: 2
                          DeploymentConfiguration:
                            MinimumHealthyPercent: 0
                    """)
            .good("service.json", """
                    {"serviceName": "web", "desiredCount": 2,
                      "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100}}
                    """)
            .references(ServiceDocs.ROLLING_UPDATE)
            .message("zeroMinimum", "{service} allows `minimumHealthyPercent` 0 with {desired} desired "
                    + "{desired|task|tasks}, so a deployment may stop every task before new ones are healthy; set it "
                    + "to 100 (or at least 50)")
            .build();

    public DeploymentDowntimeRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        if (service.isDaemon()) {
            return;
        }
        long desired = service.integer("desiredCount").orElse(0);
        if (desired >= 1 && service.integer(MINIMUM).orElse(-1) == 0) {
            ctx.report(service.at(MINIMUM), META.message("zeroMinimum").phrase("service", service.label())
                    .number("desired", desired));
        }
    }
}
