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
import java.util.Optional;
import java.util.function.Function;

/** TD012: containers that together ask for more than the task has. */
public final class ContainerExceedsTaskRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD012", "container-exceeds-task")
            .title("Container limits must fit in the task's size")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("The task-level `cpu` and `memory` are what the task gets; the containers share them. "
                    + "When the containers' hard memory limits or CPU units add up to more, ECS rejects the task "
                    + "definition.")
            .fix("Lower the container memory/cpu values, or raise the task-level size (on Fargate, to a "
                    + "supported pair).")
            .bad("task-definition.json", """
                    {"family": "web", "cpu": "256", "memory": "512", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "memory": 512},
                      {"name": "proxy", "image": "proxy:1.0", "memory": 128}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          Memory: 512
                          ContainerDefinitions:
                            - {Name: app, Image: app:1.0, Memory: 1024}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "cpu": "256", "memory": "512", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "memory": 384},
                      {"name": "proxy", "image": "proxy:1.0", "memory": 128}]}
                    """)
            .references(EcsDocs.TASK_SIZE)
            .message("memory", "the containers ask for {sum} MiB of hard memory limits in total, more than the "
                    + "task-level `memory` of {limit} MiB, which ECS rejects; lower the containers' `memory` or "
                    + "raise the task's")
            .message("cpu", "the containers ask for {sum} CPU units in total, more than the task-level `cpu` of "
                    + "{limit}, which ECS rejects; lower the containers' `cpu` or raise the task's")
            .build();

    public ContainerExceedsTaskRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        compare(task, task.memory(), ContainerSpec::memory, "memory", ctx);
        compare(task, task.cpu(), ContainerSpec::cpu, "cpu", ctx);
    }

    private static void compare(TaskDefinition task, Optional<Sourced<Integer>> taskValue,
                                Function<ContainerSpec, Optional<Sourced<Integer>>> containerValue, String key,
                                RuleContext ctx) {
        if (taskValue.isEmpty() || taskValue.get().value() == null) {
            return;
        }
        long sum = 0;
        for (ContainerSpec c : task.containers()) {
            sum += containerValue.apply(c).map(Sourced::value).orElse(0);
        }
        int limit = taskValue.get().value();
        if (sum > limit) {
            ctx.report(taskValue.get(), META.message(key).number("sum", sum).number("limit", limit));
        }
    }
}
