package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT003: an essential container without a health check. */
public final class MissingHealthCheckRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT003", "missing-health-check")
            .title("Give essential containers a health check")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("ECS ignores the Dockerfile's HEALTHCHECK; only the task definition's `healthCheck` tells "
                    + "it that a running container has stopped working. Without one, a hung process keeps its task "
                    + "alive and ECS never replaces it. (Docker Compose runs the image's HEALTHCHECK, so a compose "
                    + "service is not asked for one.)")
            .fix("Add \"healthCheck\": {\"command\": [\"CMD-SHELL\", \"curl -f http://localhost/health || exit 1\"], "
                    + "\"interval\": 30, \"timeout\": 5, \"retries\": 3} (the tool must exist in the image).")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27", "essential": true}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: nginx:1.27
                              Essential: true
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27",
                       "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}}]}
                    """)
            .references(EcsDocs.HEALTH_CHECK, EcsDocs.TASK_DEFINITION_PARAMETERS)
            .message("noHealthCheck", "{container} is essential but has no `healthCheck`, so ECS cannot tell when it "
                    + "stops working; add a health check such as `[\"CMD-SHELL\", \"curl -f http://localhost/ || "
                    + "exit 1\"]`")
            .build();

    public MissingHealthCheckRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        if (container.task().isEcs() && container.isEssential() && container.healthCheck().isEmpty()) {
            ctx.report(container.anchor(), META.message("noHealthCheck").phrase("container", container.label()));
        }
    }
}
