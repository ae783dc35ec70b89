package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT007: a container with no memory bound at all. */
public final class MissingResourceLimitsRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT007", "missing-resource-limits")
            .title("Bound the memory a container may use")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("With no container `memory`/`memoryReservation` and no task-level `memory`, the "
                    + "scheduler cannot place the task sensibly and one leaking container can starve every other "
                    + "process on the instance (AWS rejects such an ECS task definition outright). A compose service "
                    + "runs alone on a developer's machine and is not asked for limits.")
            .fix("Set a task-level \"memory\" (required on Fargate), or a container \"memoryReservation\" (soft) "
                    + "and/or \"memory\" (hard limit) in MiB.")
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
                      {"name": "app", "image": "nginx:1.27", "memoryReservation": 256, "memory": 512}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS)
            .message("noMemoryLimit", "{container} has neither `memory` nor `memoryReservation` and the task sets no "
                    + "`memory`, so nothing bounds what it may use; set a task-level `memory` or a container "
                    + "`memoryReservation` in MiB")
            .build();

    public MissingResourceLimitsRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        boolean containerBound = container.memory().isPresent() || container.memoryReservation().isPresent();
        // a compose service runs on the developer's machine: no task shares memory, no limit is demanded
        boolean taskBound = !container.task().isEcs() || !container.task().taskKnown()
                || container.task().memory().isPresent();
        if (!containerBound && !taskBound) {
            ctx.report(container.anchor(), META.message("noMemoryLimit").phrase("container", container.label()));
        }
    }
}
