package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;

/** TD003: a task sharing the host's network stack. */
public final class HostNetworkModeRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD003", "host-network-mode")
            .title("Avoid the host network mode")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("In host mode the containers share the instance's network stack: they can reach every "
                    + "service bound on the host, only one task per port fits on an instance, and security groups "
                    + "cannot tell tasks apart.")
            .fix("Use \"networkMode\": \"awsvpc\" (one network interface and security group per task) or bridge "
                    + "with dynamic host ports.")
            .bad("task-definition.json", """
                    {"family": "web", "networkMode": "host",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          NetworkMode: host
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "networkMode": "awsvpc",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.NETWORKING, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("ECS.17")
            .message("hostMode", "the task uses the `host` network mode, so its containers share the instance's "
                    + "network stack and ports; use `awsvpc` to give each task its own network interface and "
                    + "security group")
            .build();

    public HostNetworkModeRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        task.networkMode().filter(m -> m.is("host"))
                .ifPresent(m -> ctx.report(m, META.message("hostMode")));
    }
}
