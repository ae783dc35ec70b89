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

/** TD018: container memory settings that contradict each other or are too small. */
public final class ReservationExceedsLimitRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD018", "reservation-exceeds-limit")
            .title("Keep memoryReservation below memory, and memory at least 6 MiB")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("`memoryReservation` is the soft limit ECS reserves and `memory` the hard limit at which "
                    + "the container is killed; the soft limit must be lower than the hard one, and Docker needs "
                    + "at least 6 MiB. ECS rejects other values.")
            .fix("Set memoryReservation below memory (e.g. 256 and 512), and memory to at least 6 MiB.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "memoryReservation": 1024, "memory": 512}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - {Name: app, Image: app:1.0, Memory: 256, MemoryReservation: 512}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "memoryReservation": 256, "memory": 512}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#container_definition_memory")
            .message("tooSmall", "{container} sets `memory` to {memory} MiB, but Docker needs at least 6 MiB, so ECS "
                    + "rejects it; raise it")
            .message("reservation", "{container} reserves {reservation} MiB (`memoryReservation`), not less than its "
                    + "hard limit `memory` of {memory} MiB, which ECS rejects; lower `memoryReservation` or raise "
                    + "`memory`")
            .build();

    public ReservationExceedsLimitRule() {
        super(META);
    }

    /** The Docker daemon reserves a minimum of 6 MiB of memory for a container (ECS developer guide). */
    private static final int MIN_MEMORY_MIB = 6;

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        for (ContainerSpec c : task.containers()) {
            Integer memory = c.memory().map(Sourced::value).orElse(null);
            if (memory != null && memory < MIN_MEMORY_MIB) {
                ctx.report(c.memory().get(), META.message("tooSmall").phrase("container", c.label()).number("memory", memory));
            }
            c.memoryReservation().filter(r -> r.value() != null && memory != null && r.value() >= memory)
                    .ifPresent(r -> ctx.report(r, META.message("reservation").phrase("container", c.label())
                            .number("reservation", r.value()).number("memory", memory)));
        }
    }
}
