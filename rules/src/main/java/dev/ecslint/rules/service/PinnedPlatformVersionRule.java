package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV006: Let Fargate services use the LATEST platform version. */
public final class PinnedPlatformVersionRule extends AbstractServiceRule {

    private static final RuleMeta META = RuleMeta.builder("SV006", "pinned-platform-version")
            .title("Let Fargate services use the LATEST platform version")
            .severity(Severity.INFO)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("A pinned Fargate platform version stops receiving the kernel, runtime and security updates that LATEST brings, and old versions are retired on AWS's schedule, forcing an unplanned migration.")
            .fix("Remove platformVersion or set it to LATEST; pin only while a specific version is known to be needed, and note why.")
            .bad("service.json", """
                    {"serviceName": "web", "launchType": "FARGATE", "platformVersion": "1.3.0"}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          LaunchType: FARGATE
                          PlatformVersion: 1.3.0
                    """)
            .good("service.json", """
                    {"serviceName": "web", "launchType": "FARGATE", "platformVersion": "LATEST"}
                    """)
            .references(ServiceDocs.PLATFORM_VERSIONS, ServiceDocs.SECURITY_HUB_ECS)
            .equivalents("CKV_AWS_332", "ECS.10")
            .message("pinned", "{service} pins Fargate platform version {version}, so it misses the security and "
                    + "runtime updates of newer versions; use `LATEST`")
            .build();

    public PinnedPlatformVersionRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        boolean notFargate = service.text("launchType").filter(t -> !"FARGATE".equals(t)).isPresent();
        service.text("platformVersion").filter(v -> !"LATEST".equals(v) && !notFargate).ifPresent(v -> ctx.report(
                service.at("platformVersion"), META.message("pinned").phrase("service", service.label())
                        .code("version", v)));
    }
}
