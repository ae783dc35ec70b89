package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV005: Give load-balanced services a health check grace period. */
public final class MissingGracePeriodRule extends AbstractServiceRule {

    private static final RuleMeta META = RuleMeta.builder("SV005", "missing-grace-period")
            .title("Give load-balanced services a health check grace period")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("Without healthCheckGracePeriodSeconds the scheduler counts load balancer health checks from the moment a task starts; an application that needs longer to boot than the target group allows is killed and replaced in a loop.")
            .fix("Set healthCheckGracePeriodSeconds to a little more than the application's start-up time (for example 60).")
            .bad("service.json", """
                    {"serviceName": "web", "desiredCount": 2,
                      "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                        "containerName": "web", "containerPort": 8080}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          DesiredCount: 2
                          LoadBalancers:
                            - {ContainerName: app, ContainerPort: 80, TargetGroupArn: !Ref TargetGroup}
                    """)
            .good("service.json", """
                    {"serviceName": "web", "desiredCount": 2, "healthCheckGracePeriodSeconds": 60,
                      "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                        "containerName": "web", "containerPort": 8080}]}
                    """)
            .references(ServiceDocs.CREATE_SERVICE, ServiceDocs.LOAD_BALANCING)
            .message("noGracePeriod", "{service} is behind a load balancer but sets no "
                    + "`healthCheckGracePeriodSeconds`, so a slow-starting task can fail its first health checks and "
                    + "be replaced in a loop; set it to a little more than the start-up time")
            .build();

    public MissingGracePeriodRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        if (!service.loadBalancers().isEmpty() && !service.has("healthCheckGracePeriodSeconds")) {
            ctx.report(service.at("loadBalancers"), META.message("noGracePeriod").phrase("service", service.label()));
        }
    }
}
