package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.HashSet;
import java.util.Set;

/** TD009: two containers with the same name. */
public final class DuplicateContainerNameRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD009", "duplicate-container-name")
            .title("Give every container a unique name")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Container names identify containers in dependsOn, links, load balancer settings and logs; "
                    + "ECS rejects a task definition in which two containers share a name.")
            .fix("Rename one of the containers (and the references to it).")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0"},
                      {"name": "app", "image": "proxy:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - {Name: app, Image: app:1.0}
                            - {Name: app, Image: app:2.0}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0"},
                      {"name": "proxy", "image": "proxy:1.0"}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#container_definition_name")
            .message("duplicate", "another container of this task is already named {name}, which ECS rejects; give "
                    + "each container a unique name")
            .build();

    public DuplicateContainerNameRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        Set<String> seen = new HashSet<>();
        for (ContainerSpec c : task.containers()) {
            if (c.name().isEmpty()) {
                continue;
            }
            Sourced<String> name = c.name().get();
            if (name.value() != null && !name.unresolved() && !seen.add(name.value())) {
                ctx.report(name, META.message("duplicate").code("name", name.value()));
            }
        }
    }
}
