package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TD001: a Fargate task whose cpu/memory pair Fargate does not offer. */
public final class FargateInvalidSizeRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD001", "fargate-invalid-size")
            .title("Use a CPU and memory pair that Fargate supports")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Fargate runs tasks only in fixed sizes: the task-level `cpu` and `memory` are required "
                    + "and each CPU value allows a fixed range of memory. Any other pair is rejected when the task "
                    + "definition is registered.")
            .fix("Set task-level cpu and memory to a supported pair: 256 with 512/1024/2048; 512 with 1024–4096; "
                    + "1024 with 2048–8192; 2048 with 4096–16384; 4096 with 8192–30720 (steps of 1024); 8192 with "
                    + "16384–61440 (steps of 4096); 16384 with 32768–122880 (steps of 8192).")
            .bad("task-definition.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                     "cpu": "256", "memory": "4096",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          RequiresCompatibilities: [FARGATE]
                          NetworkMode: awsvpc
                          Cpu: 512
                          Memory: 512
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                     "cpu": "1 vCPU", "memory": "2 GB",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.TASK_SIZE, EcsDocs.FARGATE_TASK_DEFINITIONS)
            .message("missingSize", "this Fargate task definition has no task-level {missing}, which Fargate "
                    + "requires; set a supported pair such as `\"cpu\": \"256\", \"memory\": \"512\"`")
            .message("cpu", "`cpu` {cpu} is not a Fargate size; use 256, 512, 1024, 2048, 4096, 8192 or 16384 CPU "
                    + "units (0.25 to 16 vCPU)")
            .message("memory", "`memory` {memory} is not valid with {cpu} CPU units on Fargate, which rejects the "
                    + "task definition; use {allowed}")
            .message("allowedFor256", "512, 1024 or 2048 MiB")
            .message("allowedRange", "{first} to {last} MiB in steps of {step}")
            .build();

    public FargateInvalidSizeRule() {
        super(META);
    }

    /** CPU units → allowed memory in MiB: first, last, step (ECS developer guide, Task size). */
    private static final Map<Integer, int[]> MEMORY_BY_CPU = Map.of(
            512, new int[] {1024, 4096, 1024},
            1024, new int[] {2048, 8192, 1024},
            2048, new int[] {4096, 16384, 1024},
            4096, new int[] {8192, 30720, 1024},
            8192, new int[] {16384, 61440, 4096},
            16384, new int[] {32768, 122880, 8192});
    private static final List<Integer> MEMORY_FOR_256 = List.of(512, 1024, 2048);

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        Optional<Sourced<String>> fargate = task.fargate();
        if (!task.hasTaskLevel() || fargate.isEmpty()) {
            return;
        }
        if (task.cpu().map(Sourced::unresolved).orElse(false) || task.memory().map(Sourced::unresolved).orElse(false)) {
            return;
        }
        if (task.cpu().isEmpty() || task.memory().isEmpty()) {
            List<String> missing = task.cpu().isEmpty() && task.memory().isEmpty() ? List.of("cpu", "memory")
                    : task.cpu().isEmpty() ? List.of("cpu") : List.of("memory");
            ctx.report(fargate.get(), META.message("missingSize").codes("missing", missing));
            return;
        }
        Sourced<Integer> cpu = task.cpu().get();
        Sourced<Integer> memory = task.memory().get();
        if (cpu.value() == null || !(cpu.value() == 256 || MEMORY_BY_CPU.containsKey(cpu.value()))) {
            ctx.report(cpu, META.message("cpu").code("cpu", cpu.text()));
            return;
        }
        List<Integer> allowed = allowedMemory(cpu.value());
        if (memory.value() == null || !allowed.contains(memory.value())) {
            ctx.report(memory, META.message("memory").code("memory", memory.text()).number("cpu", cpu.value())
                    .phrase("allowed", describe(cpu.value())));
        }
    }

    private static List<Integer> allowedMemory(int cpu) {
        if (cpu == 256) {
            return MEMORY_FOR_256;
        }
        int[] range = MEMORY_BY_CPU.get(cpu);
        List<Integer> values = new ArrayList<>();
        for (int m = range[0]; m <= range[1]; m += range[2]) {
            values.add(m);
        }
        return values;
    }

    private static Message describe(int cpu) {
        if (cpu == 256) {
            return META.message("allowedFor256");
        }
        int[] range = MEMORY_BY_CPU.get(cpu);
        return META.message("allowedRange").number("first", range[0]).number("last", range[1])
                .number("step", range[2]);
    }
}
