package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;

/** TD002: a Fargate task in a network mode other than awsvpc. */
public final class FargateRequiresAwsvpcRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD002", "fargate-requires-awsvpc")
            .title("Fargate tasks must use the awsvpc network mode")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Every Fargate task gets its own network interface, so awsvpc is the only network mode "
                    + "Fargate supports. Without `networkMode` the default is bridge, which Fargate rejects.")
            .fix("Set \"networkMode\": \"awsvpc\" and give the service or run-task call a network configuration "
                    + "(subnets, security groups).")
            .bad("task-definition.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          RequiresCompatibilities: [FARGATE]
                          NetworkMode: bridge
                          Cpu: 256
                          Memory: 512
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                     "cpu": "256", "memory": "512",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.FARGATE_TASK_DEFINITIONS, EcsDocs.AWSVPC)
            .message("noNetworkMode", "this Fargate task definition has no `networkMode`, so it defaults to "
                    + "`bridge`, which Fargate rejects; add `\"networkMode\": \"awsvpc\"`")
            .message("networkMode", "network mode {mode} is not supported on Fargate, which rejects the task "
                    + "definition; use `\"networkMode\": \"awsvpc\"`")
            .build();

    public FargateRequiresAwsvpcRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        if (!task.hasTaskLevel() || !task.isFargate()) {
            return;
        }
        if (task.networkMode().isEmpty()) {
            ctx.report(task.fargate().get(), META.message("noNetworkMode"));
            return;
        }
        task.networkMode().filter(m -> m.value() != null && !m.unresolved() && !m.is("awsvpc"))
                .ifPresent(m -> ctx.report(m, META.message("networkMode").code("mode", m.value())));
    }
}
