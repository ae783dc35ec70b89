package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;

/** TD007: a task in which no container is essential. */
public final class NoEssentialContainerRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD007", "no-essential-container")
            .title("Mark at least one container essential")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("A task stops when an essential container stops. ECS requires at least one essential "
                    + "container and rejects a task definition in which every container has `essential: false`.")
            .fix("Set \"essential\": true on the main application container (or remove \"essential\": false, "
                    + "since true is the default).")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "essential": false}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - {Name: app, Image: app:1.0, Essential: false}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0"},
                      {"name": "sidecar", "image": "sidecar:1.0", "essential": false}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#container_definition_essential")
            .message("noneEssential", "no container of this task is essential (every one sets `\"essential\": "
                    + "false`), which ECS rejects; make the main container essential")
            .build();

    public NoEssentialContainerRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        if (task.containers().isEmpty() || task.containers().stream().anyMatch(ContainerSpec::isEssential)) {
            return;
        }
        ContainerSpec first = task.containers().get(0);
        ctx.report(first.essential().get(), META.message("noneEssential"));
    }
}
