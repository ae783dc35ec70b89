package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** SV008: Audit ECS Exec before production. */
public final class ExecEnabledRule extends AbstractServiceRule {

    private static final RuleMeta META = RuleMeta.builder("SV008", "exec-enabled")
            .title("Audit ECS Exec before production")
            .severity(Severity.INFO)
            .category(Category.SECURITY)
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("enableExecuteCommand lets anyone with the ecs:ExecuteCommand permission open a shell in running containers. It is invaluable for debugging, but in production it should be a deliberate, audited choice (IAM conditions, session logging).")
            .fix("Turn it off for production services, or restrict ecs:ExecuteCommand in IAM and log sessions to CloudWatch or S3.")
            .bad("service.json", """
                    {"serviceName": "web", "enableExecuteCommand": true}
                    """)
            .bad("template.yaml", """
                    Resources:
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          EnableExecuteCommand: true
                    """)
            .good("service.json", """
                    {"serviceName": "web", "enableExecuteCommand": false}
                    """)
            .references(ServiceDocs.EXEC)
            .message("execEnabled", "{service} enables ECS Exec, which opens shells into running containers; fine "
                    + "for debugging, but before production restrict `ecs:ExecuteCommand` and log sessions, or turn "
                    + "it off")
            .build();

    public ExecEnabledRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        service.bool("enableExecuteCommand").filter(Boolean::booleanValue).ifPresent(v -> ctx.report(
                service.at("enableExecuteCommand"), META.message("execEnabled").phrase("service", service.label())));
    }
}
