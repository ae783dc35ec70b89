package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT006: an ECS container whose output goes nowhere. */
public final class MissingLogConfigurationRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT006", "missing-log-configuration")
            .title("Send container logs somewhere")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Without `logConfiguration` an ECS container's stdout and stderr stay on the instance "
                    + "(or are lost on Fargate): when a task fails there is nothing to read. The awslogs driver "
                    + "sends them to CloudWatch Logs.")
            .fix("Add \"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": {\"awslogs-group\": "
                    + "\"/ecs/my-app\", \"awslogs-region\": \"us-east-1\", \"awslogs-stream-prefix\": \"app\"}}.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27",
                       "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/web",
                         "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web"}}}]}
                    """)
            .references(EcsDocs.AWSLOGS, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("ECS.9")
            .message("noLogConfiguration", "{container} has no `logConfiguration`, so its output is not kept "
                    + "anywhere you can read it; add the `awslogs` log driver with `awslogs-group`, `awslogs-region` "
                    + "and `awslogs-stream-prefix`")
            .build();

    public MissingLogConfigurationRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        if (container.task().isEcs() && container.logConfiguration().isEmpty()) {
            ctx.report(container.anchor(),
                    META.message("noLogConfiguration").phrase("container", container.label()));
        }
    }
}
