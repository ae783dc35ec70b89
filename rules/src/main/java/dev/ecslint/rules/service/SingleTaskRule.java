package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV002: Run at least two tasks behind a load balancer. */
public final class SingleTaskRule extends AbstractServiceRule {

    private static final RuleMeta META = RuleMeta.builder("SV002", "single-task")
            .title("Run at least two tasks behind a load balancer")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("A load-balanced service with one task is down whenever that task is replaced, fails its health check or loses its host or zone: the load balancer has nowhere else to send traffic. Two or more tasks (in different zones) keep it serving.")
            .fix("Set desiredCount to 2 or more (and spread the tasks over zones).")
            .bad("service.json", """
                    {"serviceName": "web", "desiredCount": 1, "healthCheckGracePeriodSeconds": 60,
                      "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                        "containerName": "web", "containerPort": 8080}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          DesiredCount: 1
                          LoadBalancers:
                            - {ContainerName: app, ContainerPort: 80, TargetGroupArn: !Ref TargetGroup}
                    """)
            .good("service.json", """
                    {"serviceName": "web", "desiredCount": 2, "healthCheckGracePeriodSeconds": 60,
                      "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
                        "containerName": "web", "containerPort": 8080}]}
                    """)
            .references(ServiceDocs.RELIABILITY, ServiceDocs.LOAD_BALANCING)
            .message("tooFew", "{service} runs {count} {count|task|tasks} behind a load balancer, so one task "
                    + "failure or replacement takes it offline; set `desiredCount` to 2 or more")
            .build();

    public SingleTaskRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        if (service.isDaemon() || service.loadBalancers().isEmpty()) {
            return;
        }
        service.integer("desiredCount").stream().filter(n -> n < 2).forEach(n -> ctx.report(
                service.at("desiredCount"), META.message("tooFew").phrase("service", service.label()).number("count", n)));
    }
}
