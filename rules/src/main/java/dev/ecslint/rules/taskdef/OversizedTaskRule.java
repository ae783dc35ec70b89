package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;

/** TD014: a very large task. */
public final class OversizedTaskRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD014", "oversized-task")
            .title("Prefer several small tasks to one very large task")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("A task above 4 vCPU or 30 GB is hard to place, slow to replace and a large blast radius "
                    + "when it fails; several smaller tasks scale in finer steps and survive the loss of one.")
            .fix("Split the work over more tasks of at most 4096 CPU units and 30720 MiB, scaled by the service.")
            .bad("task-definition.json", """
                    {"family": "batch", "cpu": "8192", "memory": "32768",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          Cpu: 8192
                          Memory: 16384
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "batch", "cpu": "4096", "memory": "16384",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.BEST_PRACTICES_SIZE)
            .message("cpu", "the task asks for {cpu} CPU units (more than 4 vCPU); split the work across several "
                    + "smaller tasks, which scale and fail better than one large one")
            .message("memory", "the task asks for {memory} MiB of memory (more than 30 GB); split the work across "
                    + "several smaller tasks, which scale and fail better than one large one")
            .build();

    public OversizedTaskRule() {
        super(META);
    }

    private static final int MAX_CPU_UNITS = 4096;
    private static final int MAX_MEMORY_MIB = 30720;

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        task.cpu().filter(c -> c.value() != null && c.value() > MAX_CPU_UNITS)
                .ifPresent(c -> ctx.report(c, META.message("cpu").number("cpu", c.value())));
        task.memory().filter(m -> m.value() != null && m.value() > MAX_MEMORY_MIB)
                .ifPresent(m -> ctx.report(m, META.message("memory").number("memory", m.value())));
    }
}
