package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV004: a rolling-update service that does not roll back failed deployments. */
public final class NoDeploymentRollbackRule extends AbstractServiceRule {

    private static final String BREAKER = "deploymentConfiguration/deploymentCircuitBreaker";
    private static final String ALARMS = "deploymentConfiguration/alarms";

    private static final RuleMeta META = RuleMeta.builder("SV004", "no-deployment-rollback")
            .title("Roll back failed deployments automatically")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("Without the deployment circuit breaker (or CloudWatch deployment alarms) with rollback, a "
                    + "rolling update whose new tasks never become healthy keeps replacing them for hours and never "
                    + "returns to the last working revision; with it, ECS stops the deployment and rolls back.")
            .fix("Add \"deploymentCircuitBreaker\": {\"enable\": true, \"rollback\": true} to deploymentConfiguration "
                    + "(or deployment alarms with \"rollback\": true).")
            .bad("service.json", """
                    {"serviceName": "web", "desiredCount": 2,
                      "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          DeploymentConfiguration:
                            MaximumPercent: 200
                            MinimumHealthyPercent: 100
                    """)
            .good("service.json", """
                    {"serviceName": "web", "desiredCount": 2,
                      "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100,
                        "deploymentCircuitBreaker": {"enable": true, "rollback": true}}}
                    """)
            .references(ServiceDocs.CIRCUIT_BREAKER, ServiceDocs.DEPLOYMENT_ALARMS, ServiceDocs.ROLLING_UPDATE)
            .message("noBreaker", "{service} deploys by rolling update but has no deployment circuit breaker, so a "
                    + "release whose tasks never become healthy is retried endlessly instead of returning to the "
                    + "last working revision; set `\"deploymentCircuitBreaker\": {\"enable\": true, \"rollback\": "
                    + "true}`")
            .message("noRollback", "{service} deploys by rolling update but its deployment circuit breaker does not "
                    + "roll back, so a release whose tasks never become healthy is retried endlessly instead of "
                    + "returning to the last working revision; set `\"deploymentCircuitBreaker\": {\"enable\": true, "
                    + "\"rollback\": true}`")
            .build();

    public NoDeploymentRollbackRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        if (service.deploymentControllerType().filter("ECS"::equals).isEmpty()) {
            return; // CODE_DEPLOY and EXTERNAL deployments roll back by their own means
        }
        if (service.isPartial() && !service.has("deploymentConfiguration")) {
            return; // the update keeps the service's current deployment configuration
        }
        if (rollsBack(service, BREAKER) || rollsBack(service, ALARMS)) {
            return;
        }
        if (unknown(service, BREAKER) || unknown(service, ALARMS)) {
            return; // a placeholder: filled in at deploy time
        }
        Located at = service.has(BREAKER) ? service.at(BREAKER)
                : service.has("deploymentConfiguration") ? service.at("deploymentConfiguration") : service.anchor();
        ctx.report(at, META.message(service.has(BREAKER) ? "noRollback" : "noBreaker")
                .phrase("service", service.label()));
    }

    private static boolean unknown(Service service, String path) {
        return service.has(path + "/enable") && service.bool(path + "/enable").isEmpty()
                || service.has(path + "/rollback") && service.bool(path + "/rollback").isEmpty();
    }

    private static boolean rollsBack(Service service, String path) {
        return service.bool(path + "/enable").orElse(false) && service.bool(path + "/rollback").orElse(false);
    }
}
