package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV003: Do not give service tasks public IP addresses. */
public final class PublicIpRule extends AbstractServiceRule {

    private static final RuleMeta META = RuleMeta.builder("SV003", "public-ip")
            .title("Do not give service tasks public IP addresses")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("With assignPublicIp ENABLED every task gets an internet-routable address: a single security group mistake exposes the containers directly, bypassing the load balancer. Tasks belong in private subnets, reaching the internet through a NAT gateway and AWS services through VPC endpoints.")
            .fix("Set assignPublicIp to DISABLED, run the tasks in private subnets with a NAT gateway or VPC endpoints (ECR, S3, CloudWatch Logs), and expose them through a load balancer.")
            .bad("service.json", """
                    {"serviceName": "web", "networkConfiguration": {"awsvpcConfiguration":
                      {"subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], "assignPublicIp": "ENABLED"}}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          NetworkConfiguration:
                            AwsvpcConfiguration:
                              AssignPublicIp: ENABLED
                              Subnets: [!Ref SubnetA, !Ref SubnetB]
                    """)
            .good("service.json", """
                    {"serviceName": "web", "networkConfiguration": {"awsvpcConfiguration":
                      {"subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], "assignPublicIp": "DISABLED"}}}
                    """)
            .references(ServiceDocs.AWSVPC, ServiceDocs.SECURITY_HUB_ECS)
            .equivalents("CKV_AWS_333", "ECS.2", "ECS.16")
            .message("publicIp", "{service} gives every task a public IP address (`assignPublicIp` is `ENABLED`), so "
                    + "the containers are reachable from the internet whenever a security group allows it; set "
                    + "`DISABLED` and use private subnets with a NAT gateway or VPC endpoints")
            .build();

    public PublicIpRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        String path = "networkConfiguration/awsvpcConfiguration/assignPublicIp";
        service.text(path).filter("ENABLED"::equals).ifPresent(v -> ctx.report(service.at(path),
                META.message("publicIp").phrase("service", service.label())));
    }
}
